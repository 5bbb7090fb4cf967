/*
 * figrules.c
 *		The numbers of a sentence that are no figures: dates, ordinals, list
 *		markers, codes, names and the ranks figrank.c does not read, each
 *		recognised by a rule of a table.
 *
 * A figure is a number that states an amount, count, rate or share.  The
 * rules look at what stands around a number (a 年/月/日 after it, 第 before
 * it, a Latin letter or a classifier of names such as 号/级/类 next to it,
 * quotation marks around a short name), never at the words of a particular
 * report.  Each row of not_figure names one rule and an example of what it
 * rejects; the rows are tried in order and the first that matches rejects
 * the number, so a new kind of non-figure is a new row.
 */
#include <string.h>

#include "reader/extract_int.h"

/* What the rules see of a number: where it stands and what surrounds it. */
typedef struct FigSite
{
	size_t		s;				/* the number, magnitude and unit */
	size_t		e;
	uint32_t	prev;			/* the character before it, 0 at the start */
	uint32_t	next;			/* the character after it, 0 at the end */
	size_t		next_len;
	uint32_t	next2;			/* the character after next */
	const ShrScan *sc;
	const char *unit;			/* its unit as spelled, "" without one */
	ExNamed		named;			/* what a word after it says */
} FigSite;

/* A rule: does it reject the number at f? */
typedef bool (*FigRuleFn) (ExState *x, const FigSite *f);

typedef struct FigRule
{
	FigRuleFn	rejects;
	const char *example;		/* what it rejects */
} FigRule;

const char *
ex_unit_name(const ShrScan *sc)
{
	const ShrUnitDef *u;

	if (!sc->has_unit)
		return "";
	u = shr_unit(sc->q.unit);
	return u ? u->name : "";
}

/* Is the integer value of q a plausible calendar year (a bare 2024)? */
static bool
looks_like_year(const ShrQuantity *q)
{
	int64_t		v = q->coef;

	if (q->exp != 0 || q->mag != SHR_MAG_NONE)
		return false;
	return v >= 1900 && v <= 2100;
}

/* Significant size of q: the power of ten of its leading digit. */
static int
magnitude_of(const ShrQuantity *q)
{
	int64_t		c = q->coef < 0 ? -q->coef : q->coef;
	int			d = 0;

	while (c >= 10)
	{
		c /= 10;
		d++;
	}
	return d + q->exp;
}

/* Is the unit of f spelled as one of the words? */
static bool
unit_is(const FigSite *f, const char *w1, const char *w2)
{
	return strcmp(f->unit, w1) == 0 || (w2 != NULL && strcmp(f->unit, w2) == 0);
}

/* Is a unit one a date ends with (2023年, 24日)? */
static bool
is_date_unit(const char *unit)
{
	return strcmp(unit, "年") == 0 || strcmp(unit, "日") == 0;
}

/* The rules; each is described by its row of not_figure below. */

static bool
ordinal(ExState *x, const FigSite *f)
{
	return f->prev == EX_CH("第");
}

/*
 * 1343个52.54万户, 3.2万户14.9万人: a count right before a second amount
 * of another dimension counts the same things; a rate's base before it
 * (每10万人45台) counts nothing.
 */
static bool
count_before_count(ExState *x, const FigSite *f)
{
	size_t		k,
				nb;
	ShrScan		sc;
	ShrError	err;
	const ShrUnitDef *u;
	uint32_t	after;

	if (!f->sc->has_unit || !ex_is_digit(f->next) || f->prev == EX_CH("每"))
		return false;
	memset(&sc, 0, sizeof(sc));
	err.status = SHR_OK;
	k = shr_amount_scan(x->clean + f->e, x->n - f->e, SHR_SCAN_RANGE, &sc, &err);
	u = shr_unit(sc.q.unit);
	if (k == 0 || err.status != SHR_OK || !sc.has_unit || u == NULL ||
		u->dim == shr_unit(f->sc->q.unit)->dim || is_date_unit(u->name))
		return false;
	after = ex_cp(x, f->e + k, &nb);
	return !ex_is_letter(after) && !ex_is_digit(after);
}

/*
 * 3个A类飞行服务站, 957个50户以上农村木质房屋, 40万3岁以下婴幼儿: a count
 * before the class of what it counts (figclass.c), or before a second
 * count of the same things (count_before_count), is no code.
 */
static bool
counts_what_follows(ExState *x, const FigSite *f)
{
	if (f->named == EX_COUNTED)
		return true;
	return f->sc->has_unit &&
		(ex_class_name(x, f->e) > 0 || count_before_count(x, f));
}

static bool
code_or_label(ExState *x, const FigSite *f)
{
	return (ex_is_letter(f->next) || ex_is_digit(f->next) ||
			ex_cp_in(f->next, "+＋_#")) && !counts_what_follows(x, f);
}

static bool
age_of_group(ExState *x, const FigSite *f)
{
	return unit_is(f, "岁", NULL) && ex_class_name(x, f->s) > 0;
}

static bool
class_of_count(ExState *x, const FigSite *f)
{
	return x->ncands > 0 && x->cands[x->ncands - 1].e == f->s &&
		ex_class_name(x, f->s) > 0;
}

static bool
date_or_time(ExState *x, const FigSite *f)
{
	return ex_cp_in(f->next, "/:.：／-—–∶~～") && ex_is_digit(f->next2);
}

static bool
date_unit(ExState *x, const FigSite *f)
{
	return is_date_unit(f->unit);
}

static bool
date_word(ExState *x, const FigSite *f)
{
	return !f->sc->has_unit && ex_cp_in(f->next, "年月日时号");
}

/*
 * 类 names a class and counts kinds: 11类民生支出 are eleven kinds, but
 * 1类创新药 is a drug of class one (a count of one kind is no figure a
 * report writes).
 */
static bool
counts_kinds(const FigSite *f)
{
	const ShrQuantity *q = &f->sc->q;

	return unit_is(f, "类", NULL) &&
		(f->sc->is_range || q->coef != 1 || q->exp != 0 || q->mag != SHR_MAG_NONE);
}

static bool
name_or_grade(ExState *x, const FigSite *f)
{
	size_t		n;

	if (counts_kinds(f))
		return false;
	if (!f->sc->has_unit)
		return shr_lex_match(x->lex, x->clean + f->e, x->n - f->e,
							 SHR_LX_LABEL, &n) != NULL;
	return shr_lex_match(x->lex, f->unit, strlen(f->unit), SHR_LX_LABEL, &n) != NULL &&
		n == strlen(f->unit);
}

static bool
rank_after_qian(ExState *x, const FigSite *f)
{
	return f->prev == EX_CH("前") && unit_is(f, "位", "名");
}

static bool
bracketed_marker(ExState *x, const FigSite *f)
{
	return ex_cp_in(f->prev, "（(") && ex_cp_in(f->next, "）)");
}

/* Does only white space stand before clean[s]? */
static bool
opens_sentence(const ExState *x, size_t s)
{
	size_t		i = 0,
				nb;

	while (i < s)
	{
		uint32_t	cp = ex_cp(x, i, &nb);

		if (!shr_is_space(cp))
			break;
		i += nb;
	}
	return i == s;
}

static bool
opening_marker(ExState *x, const FigSite *f)
{
	return !f->sc->has_unit && ex_cp_in(f->next, "、.．") &&
		opens_sentence(x, f->s);
}

static bool
quoted_name(ExState *x, const FigSite *f)
{
	return ex_in_quoted_name(x, f->s);
}

static bool
rank_after_paiming(ExState *x, const FigSite *f)
{
	return unit_is(f, "位", NULL) &&
		((f->s >= 6 && memcmp(x->clean + f->s - 6, "排名", 6) == 0) ||
		 f->prev == EX_CH("居"));
}

static bool
bare_year(ExState *x, const FigSite *f)
{
	return !f->sc->has_unit && looks_like_year(&f->sc->q);
}

/* Does what follows a bare number let it stand alone: an end, 、, 和, 左右? */
static bool
ends_bare_number(ExState *x, const FigSite *f)
{
	size_t		qn;

	return f->next == 0 || shr_is_clause_break(f->next) ||
		shr_is_space(f->next) || ex_cp_in(f->next, "、）)”和") ||
		shr_qualifier_match(x->clean + f->e, x->n - f->e, SHR_QUAL_SUFFIX, &qn);
}

static bool
bare_before_word(ExState *x, const FigSite *f)
{
	return !f->sc->has_unit && f->named == EX_UNNAMED && !ends_bare_number(x, f);
}

static bool
first_of_names(ExState *x, const FigSite *f)
{
	size_t		i = f->e + f->next_len,
				nb,
				n;
	uint32_t	cp;

	if (f->sc->has_unit || (f->next != SHR_CP_DUN && f->next != EX_CH("和")))
		return false;
	cp = ex_cp(x, i, &nb);
	while (ex_is_digit(cp))
	{
		i += nb;
		cp = ex_cp(x, i, &nb);
	}
	return i > f->e + f->next_len &&
		shr_lex_match(x->lex, x->clean + i, x->n - i, SHR_LX_LABEL, &n) != NULL;
}

static bool
bare_without_verb(ExState *x, const FigSite *f)
{
	size_t		n;

	return !f->sc->has_unit && f->sc->q.mag == SHR_MAG_NONE &&
		f->named != EX_COUNTED &&
		!shr_lex_match_end(x->lex, x->clean, f->s, SHR_LX_PRED, &n) &&
		!shr_qualifier_match_end(x->clean, f->s, SHR_QUAL_PREFIX, &n) &&
		!ex_cp_in(f->prev, "从至到");
}

/*
 * The rules, in the order they are tried.  The last four are about a bare
 * number (no unit): it is a figure only where nothing names it.
 */
static const FigRule not_figure[] = {
	{ordinal, "第3个, 第二届: an ordinal"},
	{code_or_label, "5G, 4A级, 2+N: a code or label (not 1343个52.54万户, 3个A类)"},
	{date_or_time, "2024/11/25, 22:57: a date or a time"},
	{date_unit, "2023年, 9月24日: a date"},
	{date_word, "12月, 24时, 7号线: a date, an hour, a number that names"},
	{name_or_grade, "1类, 12英寸, 世界500强, 75周年: a name or grade (not 11类民生支出)"},
	{age_of_group, "65岁及以上老年人, 3岁以下婴幼儿, 0-6岁儿童: an age that names a group"},
	{class_of_count, "957个50户以上农村木质房屋: the class of what a count counts"},
	{rank_after_qian, "全省前10位企业: a rank no verb of ranking reads (figrank.c)"},
	{bracketed_marker, "（1）, (2): a list marker"},
	{opening_marker, "1. 推进改革, opening a sentence: a list marker"},
	{quoted_name, "“2115”, 《…》: part of a quoted name"},
	{rank_after_paiming, "居53位: a rank without 第 that figrank.c does not read"},
	{bare_year, "到2024: a year"},
	{bare_before_word, "推进2115工程: a number that a word names"},
	{first_of_names, "推进1、2号机组: the first of a list of names"},
	{bare_without_verb, "京东、360、科大讯飞; 边疆路331: no verb or bound before it"},
};

bool
ex_is_figure(ExState *x, size_t s, size_t k, const ShrScan *sc, ExNamed named)
{
	FigSite		f;
	size_t		pb,
				nb2;

	f.s = s;
	f.e = s + k;
	f.prev = ex_cp_before(x, s, &pb);
	f.next = ex_cp(x, f.e, &f.next_len);
	f.next2 = ex_cp(x, f.e + f.next_len, &nb2);
	f.sc = sc;
	f.unit = ex_unit_name(sc);
	f.named = named;
	for (size_t i = 0; i < sizeof(not_figure) / sizeof(not_figure[0]); i++)
		if (not_figure[i].rejects(x, &f))
			return false;
	return true;
}

bool
ex_is_chinese_figure(ExState *x, size_t s, size_t k, const ShrScan *sc)
{
	const char *unit = ex_unit_name(sc);

	/* 三千多家, 两万人: a size with a magnitude and a real unit */
	if (!sc->has_unit || strcmp(unit, "个") == 0 || strcmp(unit, "两") == 0)
		return false;
	if (magnitude_of(&sc->q) < 2)
		return false;
	return ex_is_figure(x, s, k, sc, EX_UNNAMED);
}
