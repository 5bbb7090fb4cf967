/*
 * figcount.c
 *		Counts that no measure word of the catalogue marks: a number before
 *		the noun or place it counts.
 *
 * A number without a unit may count the noun after it (16万儿童, 39.8万
 * 农业转移人口): a counted noun of the lexicon says the unit (人, 户, 家),
 * and after 万 or 亿 any noun makes a dimensionless count.  A place counts
 * like a measure word (16市全覆盖) where a break or a verb follows it, a
 * verb stands before the number or the places are named.
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
 * longer word that is no place (12345市民) hides it.  Its length, or 0.
 */
static size_t
place_after(ExState *x, size_t s, size_t e)
{
	size_t		nb;
	const ShrLexEntry *lx = word_at(x, e, &nb);

	if (lx == NULL || !(lx->flags & SHR_LX_PLACE))
		return 0;
	if (noun_ends_at(x, e + nb) || verb_before(x, s) || names_before(x, s, false))
		return nb;
	return 0;
}

bool
ex_count_after(ExState *x, size_t s, size_t e, const ShrScan *sc, ExCount *out)
{
	const ShrMagnitudeDef *m = shr_magnitude(sc->q.mag);
	bool		large = m != NULL && m->exp >= 4;
	unsigned	role = 0;
	size_t		end = e,
				nb;

	const ShrLexEntry *lx;

	memset(out, 0, sizeof(*out));
	out->unit = SHR_UNIT_NONE;
	if (sc->has_unit || sc->is_range || !is_word_char(ex_cp(x, e, &nb)))
		return false;
	/* 370亿方: a measure word the catalogue lacks; 超50万县: a kind of place */
	lx = word_at(x, e, &nb);
	if (lx != NULL && ((lx->flags & SHR_LX_MEASURE) ||
					   (large && (lx->flags & SHR_LX_PLACE))))
		return false;
	/* 16万儿童, 惠及300儿童: a counted noun, next to a bare number */
	if (counted_noun(x, e, large ? EX_NOUN_REACH : 1, &role, &end) &&
		(large || noun_ends_at(x, end)))
	{
		out->noun.s = e;
		out->noun.e = end;
		out->unit = unit_of_role(role);
		return true;
	}
	/* 1200亿台阶, 5万关口: a dimensionless count of the noun */
	if (large)
		return true;
	out->place_len = place_after(x, s, e);
	return out->place_len > 0;
}
