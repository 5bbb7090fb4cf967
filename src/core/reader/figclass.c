/*
 * figclass.c
 *		The words that say which things a count counts, written between the
 *		count and its noun: a class code (3个 A类 飞行服务站, 2家 5A级 景区,
 *		7个 750千伏 输变电工程) or a bounded amount (957个 50户以上 农村木质
 *		房屋, 2.5万名 65岁及以上 失能老年人).
 *
 * Such a class holds a number that is no figure of its own, and it must
 * not cut the count from its noun: figrules.c keeps the count a figure and
 * the class none, figcount.c and phrase.c read the noun past it.
 */
#include <string.h>

#include "reader/extract_int.h"

/*
 * Bytes of a class code at clean[p]: digits, letters and points, with a
 * magnitude word, ended by a classifier of names (A类, 5A级, 400亿级,
 * 750千伏); 0 if none.
 */
static size_t
class_code(ExState *x, size_t p)
{
	size_t		i = p,
				nb;
	uint32_t	cp = ex_cp(x, i, &nb);

	while (nb > 0 && (ex_is_digit(cp) || ex_is_letter(cp) || cp == '.'))
	{
		i += nb;
		cp = ex_cp(x, i, &nb);
	}
	if (i == p)
		return 0;
	/* 750千伏 is a classifier, 400亿级 a magnitude before one */
	if (shr_lex_match(x->lex, x->clean + i, x->n - i, SHR_LX_LABEL, &nb) == NULL &&
		shr_magnitude_match(x->clean + i, x->n - i, &nb) >= 0)
		i += nb;
	if (shr_lex_match(x->lex, x->clean + i, x->n - i, SHR_LX_LABEL, &nb) == NULL)
		return 0;
	return i + nb - p;
}

/*
 * Bytes of a bounded amount at clean[p]: an amount with a unit and a bound
 * after it (50户以上, 65岁及以上, 3岁以下), or an age range (2-3岁); 0 if
 * none.  A range of another unit (1-2个示范工程) is a figure.
 */
static size_t
bounded_amount(ExState *x, size_t p)
{
	ShrScan		sc;
	ShrError	err;
	size_t		k,
				qn;
	const ShrQualifier *q;
	const ShrUnitDef *u;

	if (!ex_is_digit(ex_cp(x, p, &qn)))
		return 0;
	memset(&sc, 0, sizeof(sc));
	err.status = SHR_OK;
	k = shr_amount_scan(x->clean + p, x->n - p, SHR_SCAN_RANGE, &sc, &err);
	u = shr_unit(sc.q.unit);
	if (k == 0 || err.status != SHR_OK || !sc.has_unit || u == NULL)
		return 0;
	if (sc.is_range)
		return strcmp(u->name, "岁") == 0 ? k : 0;
	q = shr_qualifier_match(x->clean + p + k, x->n - p - k, SHR_QUAL_SUFFIX, &qn);
	if (q == NULL || !(q->bound == SHR_BOUND_GE || q->bound == SHR_BOUND_GT ||
					   q->bound == SHR_BOUND_LE || q->bound == SHR_BOUND_LT))
		return 0;
	return k + qn;
}

/*
 * Does a noun start at clean[p]: a word character, or 的 before one, that
 * opens no verb or adverbial?  A list separator before a digit starts the
 * noun of the next count (1个400亿级、3个100亿级产业名镇).
 */
static bool
noun_starts(ExState *x, size_t p)
{
	size_t		nb;
	uint32_t	cp = ex_cp(x, p, &nb);

	if (ex_is_list_sep(cp))
		return ex_is_digit(ex_cp(x, p + nb, &nb));

	if (cp == EX_CH("的"))
		cp = ex_cp(x, p += nb, &nb);
	if (cp < EX_CP_CJK_FIRST || cp > EX_CP_CJK_LAST || shr_is_cn_numeral(cp))
		return false;
	return shr_lex_match(x->lex, x->clean + p, x->n - p,
						 SHR_LX_PRED | SHR_LX_STOP, &nb) == NULL;
}

size_t
ex_class_name(ExState *x, size_t p)
{
	size_t		n = class_code(x, p);

	if (n == 0)
		n = bounded_amount(x, p);
	return n > 0 && noun_starts(x, p + n) ? n : 0;
}
