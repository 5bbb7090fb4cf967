/*
 * figcount.c
 *		Counts that no measure word of the catalogue marks: a number before
 *		the noun or place it counts, and a Chinese numeral before a measure
 *		word.
 *
 * A number without a unit may count the noun after it (16万儿童, 39.8万
 * 农业转移人口): a counted noun of the lexicon says the unit (人, 户, 家),
 * and after 万 or 亿 any noun makes a dimensionless count.  A place counts
 * like a measure word (16市全覆盖).  A Chinese numeral before a measure
 * word is mostly part of a name or a slogan (两个确立, 三个一批, 一批), so
 * it is a count only where no row of not_counted finds a name and a row of
 * governed finds what it counts for (建成两个, 推出三批, 分三批).  Each
 * rule is a row with its example, so a new case is a new row.
 */
#include <string.h>

#include "reader/extract_int.h"

/* The unit a counted noun's role stands for, as the catalogue spells it. */
static const struct
{
	unsigned	role;
	const char *unit;
}			noun_units[] = {
	{SHR_LX_PERSON, "人"},
	{SHR_LX_HOUSEHOLD, "户"},
	{SHR_LX_FIRM, "家"},
};

/*
 * How many words after 万 or 亿 the counted noun may start (39.8万 农业
 * 转移 人口, 1.52万 离校未就业高校 毕业生); nearer a bare number it must
 * stand right after it.
 */
#define EX_NOUN_REACH 8

/* How many characters a name of a list may have (济南、青岛两个). */
#define EX_NAME_CHARS 3

/* What the count rules see of a Chinese numeral and its measure word. */
typedef struct CountSite
{
	size_t		s;				/* the numeral */
	size_t		u;				/* its measure word */
	size_t		e;				/* the end of both (四批次) */
	uint32_t	prev;			/* the character before, 0 at the start */
	const char *unit;			/* the measure word as the catalogue spells it */
} CountSite;

/* A rule: does it find a name (not_counted) or what governs (governed)? */
typedef bool (*CountRuleFn) (ExState *x, const CountSite *c);

typedef struct CountRule
{
	CountRuleFn test;
	const char *example;		/* what it finds */
} CountRule;

/* A character of a Chinese word, not a numeral. */
static bool
is_word_char(uint32_t cp)
{
	return cp >= EX_CP_CJK_FIRST && cp <= EX_CP_CJK_LAST && !shr_is_cn_numeral(cp);
}

/* The longest word of the lexicon at clean[p], whatever its role, or NULL. */
static const ShrLexEntry *
word_at(const ExState *x, size_t p, size_t *nb)
{
	return shr_lex_match(x->lex, x->clean + p, x->n - p, ~0u, nb);
}

/*
 * Does a noun end at clean[p]: a break, a separator, a verb, an adverbial?
 * A verb that is one only right before a number (服务) may go on the noun:
 * 12345市民服务热线.
 */
static bool
noun_ends_at(const ExState *x, size_t p)
{
	size_t		nb;
	uint32_t	cp = ex_cp(x, p, &nb);
	const ShrLexEntry *lx;

	if (nb == 0 || shr_is_clause_break(cp) || shr_is_space(cp) ||
		ex_is_list_sep(cp) || ex_cp_in(cp, "）)”"))
		return true;
	lx = shr_lex_match(x->lex, x->clean + p, x->n - p,
					   SHR_LX_PRED | SHR_LX_STOP, &nb);
	return lx != NULL && (!(lx->flags & SHR_LX_ADJ) || (lx->flags & SHR_LX_STOP));
}

/* Does a verb end right before clean[s] (建成两个, 打造8市州)? */
static bool
verb_before(const ExState *x, size_t s)
{
	size_t		nb;

	return shr_lex_match_end(x->lex, x->clean, s, SHR_LX_PRED, &nb) != NULL;
}

/*
 * Does a list of short names end right before clean[s], so that the number
 * totals it (卓尼、临潭2县)?  With verb, a verb must also take the list (建成
 * 济南、青岛两个): a list of long phrases (风险隐患源头治理、排查调处三个环节)
 * or one that is a subject (养老、失业、工伤三项社会保险参保…) names kinds,
 * and its number counts nothing a coder records.
 */
static bool
names_before(const ExState *x, size_t s, bool verb)
{
	size_t		p = s;
	int			names = 0,
				len = 0;

	for (;;)
	{
		size_t		nb;
		uint32_t	cp;

		if (names > 0 && len > 0 && (!verb || verb_before(x, p)))
			return true;
		cp = ex_cp_before(x, p, &nb);
		if (cp == SHR_CP_DUN && len > 0)
		{
			names++;
			len = 0;
		}
		else if (!is_word_char(cp) || ++len > EX_NAME_CHARS)
			return false;
		p -= nb;
	}
}

/*
 * The counted noun of the phrase at clean[e]: a word with a counted role
 * that starts within reach characters, before any break or adverbial of
 * two characters or more (农村居民 落户), and the counted words that go on
 * from it (异地务工人员, not 工人; 儿童家庭).  Its role and end go to *role
 * and *end; false when none.
 */
static bool
counted_noun(ExState *x, size_t e, int reach, unsigned *role, size_t *end)
{
	size_t		p = e;
	bool		found = false;

	for (int k = 0; k < reach; k++)
	{
		size_t		nb,
					wn;
		uint32_t	cp = ex_cp(x, p, &nb);
		const ShrLexEntry *lx;

		if (!is_word_char(cp) || (found && p > *end))
			break;
		lx = word_at(x, p, &wn);
		if (lx != NULL && (lx->flags & SHR_LX_COUNTED) && p + wn >= *end)
		{
			*role = lx->flags & SHR_LX_COUNTED;
			*end = p + wn;
			found = true;
		}
		else if (lx != NULL && (lx->flags & SHR_LX_STOP) && wn > nb)
			break;
		/* a longer word of another role is passed whole: 户籍 holds no 户 */
		p += lx != NULL && !(lx->flags & SHR_LX_COUNTED) ? wn : nb;
	}
	return found;
}

/* The catalogue's unit for a counted noun's role, or SHR_UNIT_NONE. */
static int
unit_of_role(unsigned role)
{
	for (size_t i = 0; i < sizeof(noun_units) / sizeof(noun_units[0]); i++)
		if (role & noun_units[i].role)
		{
			int			u = shr_unit_find(noun_units[i].unit,
										  strlen(noun_units[i].unit));

			return u >= 0 ? u : SHR_UNIT_NONE;
		}
	return SHR_UNIT_NONE;
}

/*
 * A place at clean[e] counted like a measure word, with what makes the
 * number count it: a break or verb after it (16市全覆盖, 3县区完成), a verb
 * before the number (打造8市州) or the places' names (卓尼、临潭2县).  A
 * longer word that is no place (12345市民) hides it.  Its length, or 0;
 * its unit goes to *unit, the catalogue's place unit of the word (市, 县)
 * or none (县区 and 市州 count places of two kinds).  The catalogue gives
 * a place unit only when asked by name, so only here is 市 a unit.
 */
static size_t
place_after(ExState *x, size_t s, size_t e, int *unit)
{
	size_t		nb,
				ul;
	const ShrLexEntry *lx = word_at(x, e, &nb);
	int			u;

	if (lx == NULL || !(lx->flags & SHR_LX_PLACE))
		return 0;
	if (!noun_ends_at(x, e + nb) && !verb_before(x, s) && !names_before(x, s, false))
		return 0;
	u = shr_unit_place_match(x->clean + e, nb, &ul);
	*unit = u >= 0 && ul == nb ? u : SHR_UNIT_NONE;
	return nb;
}

bool
ex_count_after(ExState *x, size_t s, size_t e, const ShrScan *sc, ExCount *out)
{
	const ShrMagnitudeDef *m = shr_magnitude(sc->q.mag);
	bool		large = m != NULL && m->exp >= 4;
	unsigned	role = 0;
	size_t		cls,
				end,
				nb;

	const ShrLexEntry *lx;

	memset(out, 0, sizeof(*out));
	out->unit = SHR_UNIT_NONE;
	if (sc->has_unit || sc->is_range)
		return false;
	/* 40万3岁以下婴幼儿: the noun comes after the class of what is counted */
	cls = ex_class_name(x, e);
	end = e + cls;
	if (!is_word_char(ex_cp(x, end, &nb)))
		return false;
	/* 超50万县: a kind of place */
	lx = word_at(x, end, &nb);
	if (lx != NULL && large && (lx->flags & SHR_LX_PLACE))
		return false;
	/* 16万儿童, 惠及300儿童: a counted noun, next to a bare number */
	if (counted_noun(x, end, large ? EX_NOUN_REACH : 1, &role, &end) &&
		(large || noun_ends_at(x, end)))
	{
		out->noun.s = e;
		out->noun.e = end;
		out->unit = unit_of_role(role);
		return true;
	}
	/* 1200亿台阶, 5万关口: a dimensionless count of the noun */
	if (large || cls > 0)
		return large;
	out->place_len = place_after(x, s, e, &out->unit);
	return out->place_len > 0;
}

/* ---- counts in Chinese numerals ---- */

/* The rules; each is described by its row of not_counted or governed. */

static bool
article_one(ExState *x, const CountSite *c)
{
	size_t		nb;

	return c->u - c->s == 3 && ex_cp(x, c->s, &nb) == EX_CH("一");
}

static bool
ordinal_two(ExState *x, const CountSite *c)
{
	size_t		nb;

	return c->u - c->s == 3 && ex_cp(x, c->s, &nb) == EX_CH("二");
}

static bool
after_ordinal(ExState *x, const CountSite *c)
{
	return ex_cp_in(c->prev, "第届前") || ex_is_digit(c->prev) || ex_is_letter(c->prev);
}

static bool
fixed_phrase(ExState *x, const CountSite *c)
{
	size_t		nb;

	return shr_lex_match(x->lex, x->clean + c->s, x->n - c->s, SHR_LX_FIXED,
						 &nb) != NULL;
}

static bool
duration(ExState *x, const CountSite *c)
{
	size_t		ul = strlen(c->unit);
	uint32_t	n;

	return ul >= 3 &&
		ex_cp_in(shr_utf8_before(c->unit, ul, &n), "年月天日时钟秒");
}

static bool
label_word(ExState *x, const CountSite *c)
{
	size_t		ul = strlen(c->unit),
				nb;

	/* 劣五类, 五件事: the measure word is, or opens, a classifier */
	if (shr_lex_match(x->lex, x->clean + c->u, x->n - c->u, SHR_LX_LABEL,
					  &nb) != NULL && nb >= ul)
		return true;
	/* one-character labels (大, 线) also open nouns: 两座大桥 */
	return shr_lex_match(x->lex, x->clean + c->e, x->n - c->e, SHR_LX_LABEL,
						 &nb) != NULL && nb > 3;
}

static bool
sides(ExState *x, const CountSite *c)
{
	return strcmp(c->unit, "方") == 0;
}

static bool
slogan(ExState *x, const CountSite *c)
{
	size_t		nb,
				n2;
	uint32_t	next = ex_cp(x, c->e, &nb);

	if (next == EX_CH("“"))
		next = ex_cp(x, c->e + nb, &n2);
	return shr_is_cn_numeral(next);
}

static bool
quoted(ExState *x, const CountSite *c)
{
	return ex_in_quoted_name(x, c->s);
}

static bool
verb_governs(ExState *x, const CountSite *c)
{
	return verb_before(x, c->s);
}

static bool
split_into(ExState *x, const CountSite *c)
{
	size_t		nb;

	return shr_lex_match_end(x->lex, x->clean, c->s, SHR_LX_SPLIT, &nb) != NULL;
}

static bool
totals_names(ExState *x, const CountSite *c)
{
	return names_before(x, c->s, true);
}

static bool
count_after(ExState *x, const CountSite *c)
{
	size_t		nb;

	return ex_is_digit(ex_cp(x, c->e, &nb));
}

static bool
bounded_tenths(ExState *x, const CountSite *c)
{
	size_t		nb;

	return strcmp(c->unit, "成") == 0 &&
		(shr_qualifier_match_end(x->clean, c->s, SHR_QUAL_PREFIX, &nb) != NULL ||
		 shr_qualifier_match(x->clean + c->e, x->n - c->e, SHR_QUAL_SUFFIX,
							 &nb) != NULL);
}

/* The rules that find a name or an article, tried first. */
static const CountRule not_counted[] = {
	{article_one, "一批, 一个, 一项: 一 is the article"},
	{ordinal_two, "二轮, 二次: 二 before a measure word numbers"},
	{after_ordinal, "第三批, 十二届五次, 前三位: an ordinal, a session, a rank"},
	{fixed_phrase, "两个确立, 十四五, 两位数: a fixed phrase of the lexicon"},
	{duration, "三年行动, 两个月: a duration, mostly in a programme's name"},
	{label_word, "十二个方面, 劣五类, 五件事: a name's classifier"},
	{sides, "吸引八方来客, 深化四方合作: sides or quarters, not cubic metres"},
	{slogan, "三个一批, 三个“一号工程”: the parts of a slogan"},
	{quoted, "“两个维护”: part of a quoted name"},
};

/* What makes a count of it: one row must find it. */
static const CountRule governed[] = {
	{verb_governs, "建成两个, 推出四批: a verb before it"},
	{split_into, "分三批: divided into"},
	{totals_names, "建成济南、青岛两个: the total of the names a verb takes"},
	{count_after, "两批21件: batches of an amount"},
	{bounded_tenths, "超过四成, 八成以上: a share in tenths with its bound"},
};

bool
ex_is_chinese_count(ExState *x, size_t s, size_t k, const ShrScan *sc)
{
	CountSite	c;
	size_t		nb;

	if (!sc->has_unit || sc->is_range || sc->q.mag != SHR_MAG_NONE)
		return false;
	c.s = s;
	c.e = s + k;
	c.u = s;
	while (c.u < c.e && shr_is_cn_numeral(ex_cp(x, c.u, &nb)))
		c.u += nb;
	c.prev = ex_cp_before(x, s, &nb);
	c.unit = ex_unit_name(sc);
	for (size_t i = 0; i < sizeof(not_counted) / sizeof(not_counted[0]); i++)
		if (not_counted[i].test(x, &c))
			return false;
	for (size_t i = 0; i < sizeof(governed) / sizeof(governed[0]); i++)
		if (governed[i].test(x, &c))
			return true;
	return false;
}
