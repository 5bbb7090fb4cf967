/*
 * target.c
 *		The target type's semantics: a value as a report qualifies it,
 *		parsed from qualifiers around an amount, printed canonically,
 *		ordered, hashed, and tested against an actual quantity.
 */
#include <string.h>

#include "types/amount.h"
#include "types/exact.h"
#include "types/target.h"

#define MAX_QUALS 8

static const char expect_target[] =
"Expected an amount with optional qualifiers, such as 5%以上, 约3%, 5%-5.5% or 力争突破20亿吨.";

/* Which bounds have a lower and an upper end. */
static bool
has_lower(int bound)
{
	return bound != SHR_BOUND_LE && bound != SHR_BOUND_LT;
}

static bool
has_upper(int bound)
{
	return bound != SHR_BOUND_GE && bound != SHR_BOUND_GT;
}

/* A range needs ends of one dimension, low end first. */
static ShrStatus
check_range(const ShrQuantity *lo, const ShrQuantity *hi, ShrError *err)
{
	char		a[SHR_QUANTITY_BUFLEN];
	char		b[SHR_QUANTITY_BUFLEN];

	if (shr_quantity_dim(lo) != shr_quantity_dim(hi))
		return shr_dimension_mismatch(err, lo->unit, hi->unit);
	if (shr_quantity_cmp(lo, hi) > 0)
	{
		shr_quantity_format(lo, a, sizeof(a));
		shr_quantity_format(hi, b, sizeof(b));
		return shr_fail(err, SHR_EVALUE,
						"The low end of the range, %s, is above its high end, %s.",
						a, b);
	}
	return SHR_OK;
}

/*
 * A rank's target is a place, a ceiling or a range of places.  A smaller
 * rank is the better one, so a floor (第5位以上, 超过第5位) would read the
 * opposite of what a report means by it: the fifth place or better.  The
 * places a rank moves by (提升3个位次以上) are plain amounts.
 */
static ShrStatus
check_rank_bound(const ShrQuantity *lo, int bound, ShrError *err)
{
	const ShrUnitDef *u = shr_unit(lo->unit);

	if (u == NULL || !u->ordinal ||
		bound == SHR_BOUND_EQ || bound == SHR_BOUND_LE || bound == SHR_BOUND_RANGE)
		return SHR_OK;
	return shr_fail(err, SHR_EVALUE,
					"A rank's target is a place, a ceiling or a range, such as "
					"第3位, 前10位 or 第3位-第5位: a smaller rank is the better one, "
					"so a floor or \"about\" would read backwards.");
}

/* Build a target from parts, checking them as text input would. */
ShrStatus
shr_target_make(const ShrQuantity *lo, const ShrQuantity *hi, int bound,
				int commitment, ShrTarget *out, ShrError *err)
{
	ShrStatus	st;

	memset(out, 0, sizeof(*out));
	if (bound < SHR_BOUND_EQ || bound > SHR_BOUND_RANGE)
		return shr_fail(err, SHR_EVALUE, "The bound %d is not one of eq, ge, gt, le, lt, approx, range.", bound);
	if (commitment < SHR_COMMIT_NONE || commitment > SHR_COMMIT_ZHENGQU)
		return shr_fail(err, SHR_EVALUE, "The commitment %d is not 力争, 确保 or 争取.", commitment);
	if (lo == NULL || (bound == SHR_BOUND_RANGE && hi == NULL))
		return shr_fail(err, SHR_EVALUE, "A target needs its value, and a range both ends.");
	if ((st = shr_quantity_validate(lo, err)) != SHR_OK ||
		(st = check_rank_bound(lo, bound, err)) != SHR_OK)
		return st;
	if (bound == SHR_BOUND_RANGE)
	{
		if ((st = shr_quantity_validate(hi, err)) != SHR_OK)
			return st;
		if ((st = check_range(lo, hi, err)) != SHR_OK)
			return st;
		out->hi = *hi;
	}
	out->lo = *lo;
	out->bound = (uint8_t) bound;
	out->commitment = (uint8_t) commitment;
	return SHR_OK;
}

/* Check binary input as strictly as text input. */
ShrStatus
shr_target_validate(const ShrTarget *t, ShrError *err)
{
	static const ShrQuantity zero;
	ShrStatus	st;
	int			i;

	for (i = 0; i < (int) sizeof(t->pad); i++)
		if (t->pad[i] != 0)
			return shr_fail(err, SHR_EVALUE, "The padding of the target is not zero.");
	if (t->bound > SHR_BOUND_RANGE)
		return shr_fail(err, SHR_EVALUE, "The bound %d is not one of eq, ge, gt, le, lt, approx, range.", t->bound);
	if (t->commitment > SHR_COMMIT_ZHENGQU)
		return shr_fail(err, SHR_EVALUE, "The commitment %d is not 力争, 确保 or 争取.", t->commitment);
	if ((st = shr_quantity_validate(&t->lo, err)) != SHR_OK ||
		(st = check_rank_bound(&t->lo, t->bound, err)) != SHR_OK)
		return st;
	if (t->bound != SHR_BOUND_RANGE)
	{
		if (memcmp(&t->hi, &zero, sizeof(zero)) != 0)
			return shr_fail(err, SHR_EVALUE, "Only a range has a high end.");
		return SHR_OK;
	}
	if ((st = shr_quantity_validate(&t->hi, err)) != SHR_OK)
		return st;
	if ((st = check_range(&t->lo, &t->hi, err)) != SHR_OK)
		return st;

	/*
	 * Text gives a bare low end the high end's magnitude word (3000-5000万),
	 * and does not read 5万-60000 as a range at all, so neither prints as
	 * a range that reads back.
	 */
	if (t->lo.unit == SHR_UNIT_NONE &&
		(t->lo.mag == SHR_MAG_NONE) != (t->hi.mag == SHR_MAG_NONE))
		return shr_fail(err, SHR_EVALUE,
						"A range of bare numbers has a magnitude word on both ends or on neither.");
	return SHR_OK;
}

/* Append s to buf[len..size), never cutting a character. */
static size_t
append(char *buf, size_t size, size_t len, const char *s)
{
	size_t		n = strlen(s);

	if (len + n + 1 > size)
		return len;
	memcpy(buf + len, s, n + 1);
	return len + n;
}

/* Is t a ceiling of ranks, which reports write 前10位? */
static bool
rank_ceiling(const ShrTarget *t)
{
	const ShrUnitDef *u = shr_unit(t->lo.unit);

	return t->bound == SHR_BOUND_LE && u != NULL && u->ordinal;
}

/*
 * Canonical text; every form re-parses to an equal target.  A ceiling of
 * ranks prints as reports write it, 前10位 for 第10位以内.
 */
size_t
shr_target_format(const ShrTarget *t, char *buf, size_t size)
{
	char		q[SHR_QUANTITY_BUFLEN];
	const char *commit = shr_commitment_word(t->commitment);
	size_t		len = 0;

	if (size == 0)
		return 0;
	buf[0] = '\0';
	if (commit != NULL)
		len = append(buf, size, len, commit);
	if (t->bound == SHR_BOUND_GT)
		len = append(buf, size, len, "超过");
	else if (t->bound == SHR_BOUND_LT)
		len = append(buf, size, len, "低于");
	shr_quantity_format(&t->lo, q, sizeof(q));
	if (rank_ceiling(t))
	{
		/* the printed rank opens with 第, which 前 replaces */
		len = append(buf, size, len, "前");
		return append(buf, size, len, q + strlen("第"));
	}
	len = append(buf, size, len, q);
	switch (t->bound)
	{
		case SHR_BOUND_GE:
			len = append(buf, size, len, "以上");
			break;
		case SHR_BOUND_LE:
			len = append(buf, size, len, "以内");
			break;
		case SHR_BOUND_APPROX:
			len = append(buf, size, len, "左右");
			break;
		case SHR_BOUND_RANGE:
			len = append(buf, size, len, "-");
			shr_quantity_format(&t->hi, q, sizeof(q));
			len = append(buf, size, len, q);
			break;
		default:
			break;
	}
	return len;
}

/*
 * Dimension first; then the lower end (none sorts first), the upper end
 * (none sorts last), the bound and the commitment.  Two targets compare
 * equal only when all of these do, which is what the hash key encodes.
 */
int
shr_target_cmp(const ShrTarget *a, const ShrTarget *b)
{
	int			da = shr_quantity_dim(&a->lo);
	int			db = shr_quantity_dim(&b->lo);
	bool		la = has_lower(a->bound);
	bool		lb = has_lower(b->bound);
	bool		ua = has_upper(a->bound);
	bool		ub = has_upper(b->bound);
	int			c;

	if (da != db)
		return da < db ? -1 : 1;
	if (la != lb)
		return la ? 1 : -1;
	if (la && (c = shr_quantity_cmp(&a->lo, &b->lo)) != 0)
		return c;
	if (ua != ub)
		return ua ? -1 : 1;
	if (ua)
	{
		const ShrQuantity *xa = a->bound == SHR_BOUND_RANGE ? &a->hi : &a->lo;
		const ShrQuantity *xb = b->bound == SHR_BOUND_RANGE ? &b->hi : &b->lo;

		if ((c = shr_quantity_cmp(xa, xb)) != 0)
			return c;
	}
	if (a->bound != b->bound)
		return a->bound < b->bound ? -1 : 1;
	if (a->commitment != b->commitment)
		return a->commitment < b->commitment ? -1 : 1;
	return 0;
}

/*
 * keys[0] is the stated value's key, keys[1] the high end's (zero unless a
 * range) with the bound and commitment in its dim field: equal targets
 * have the same bound, commitment and end values.
 */
void
shr_target_hash_key(const ShrTarget *t, ShrHashKey keys[2])
{
	shr_quantity_hash_key(&t->lo, &keys[0]);
	memset(&keys[1], 0, sizeof(keys[1]));
	if (t->bound == SHR_BOUND_RANGE)
		shr_quantity_hash_key(&t->hi, &keys[1]);
	keys[1].dim = (int32_t) ((t->bound << 8) | t->commitment);
}

/* The lower end; ceilings have none. */
bool
shr_target_lower(const ShrTarget *t, ShrQuantity *out)
{
	if (!has_lower(t->bound))
		return false;
	*out = t->lo;
	return true;
}

/* The upper end; floors have none. */
bool
shr_target_upper(const ShrTarget *t, ShrQuantity *out)
{
	if (!has_upper(t->bound))
		return false;
	*out = t->bound == SHR_BOUND_RANGE ? t->hi : t->lo;
	return true;
}

/* |q| in base units, as a big integer and an exponent. */
static void
base_big(const ShrQuantity *q, ShrBig *b, int *exp)
{
	const ShrUnitDef *u = shr_unit(q->unit);
	uint64_t	c = q->coef < 0 ? (uint64_t) 0 - (uint64_t) q->coef : (uint64_t) q->coef;

	*exp = q->exp + u->factor_exp;
	shr_big_set_u128(b, (shr_u128) c * (uint64_t) u->factor);
}

/*
 * |q - v| <= tol * |v|, exactly: both sides are integers times powers of
 * ten in base units, compared without rounding, so 2.7% is within 10% of
 * 3% and 2.69% is not.
 */
static ShrStatus
within(const ShrQuantity *q, const ShrQuantity *v, ShrDecimal tol, bool *result,
	   ShrError *err)
{
	ShrBig		Q;
	ShrBig		V;
	ShrBig		D;
	ShrBig		T;
	ShrBig		R;
	int			eq;
	int			ev;
	int			emin;
	bool		nq = q->coef < 0;
	bool		nv = v->coef < 0;

	if (tol.coef < 0)
		return shr_fail(err, SHR_EVALUE, "The tolerance must not be negative.");
	if (tol.coef == 0 || tol.exp < -100000)
	{
		*result = shr_quantity_cmp(q, v) == 0;
		return SHR_OK;
	}
	if (tol.exp > 100000)
	{
		*result = v->coef != 0 || q->coef == 0;
		return SHR_OK;
	}
	base_big(q, &Q, &eq);
	base_big(v, &V, &ev);
	emin = eq < ev ? eq : ev;
	D = Q;
	if (!shr_big_mul_pow10(&D, eq - emin) || !shr_big_mul_pow10(&V, ev - emin))
		return shr_fail(err, SHR_EOVERFLOW, "The values are too far apart to compare.");
	if (nq != nv)
	{
		if (!shr_big_add(&D, &D, &V))
			return shr_fail(err, SHR_EOVERFLOW, "The values are too far apart to compare.");
	}
	else if (shr_big_cmp(&D, &V) >= 0)
		shr_big_sub(&D, &D, &V);
	else
		shr_big_sub(&D, &V, &D);
	/* V is now scaled to emin; R = tol * |v| at exponent tol.exp + emin */
	shr_big_set_u128(&T, (shr_u128) (uint64_t) tol.coef);
	if (!shr_big_mul(&R, &T, &V))
		return shr_fail(err, SHR_EOVERFLOW, "The values are too far apart to compare.");
	*result = shr_big_cmp_scaled(&D, emin, &R, emin + tol.exp) <= 0;
	return SHR_OK;
}

/* Does q meet t?  Mixing dimensions is an error, not false. */
ShrStatus
shr_target_contains(const ShrTarget *t, const ShrQuantity *q, ShrDecimal tolerance,
					bool *result, ShrError *err)
{
	int			lo;

	*result = false;
	if (shr_quantity_dim(&t->lo) != shr_quantity_dim(q))
		return shr_dimension_mismatch(err, t->lo.unit, q->unit);
	lo = shr_quantity_cmp(q, &t->lo);
	switch (t->bound)
	{
		case SHR_BOUND_EQ:
			*result = lo == 0;
			break;
		case SHR_BOUND_GE:
			*result = lo >= 0;
			break;
		case SHR_BOUND_GT:
			*result = lo > 0;
			break;
		case SHR_BOUND_LE:
			*result = lo <= 0;
			break;
		case SHR_BOUND_LT:
			*result = lo < 0;
			break;
		case SHR_BOUND_RANGE:
			*result = lo >= 0 && shr_quantity_cmp(q, &t->hi) <= 0;
			break;
		case SHR_BOUND_APPROX:
			return within(q, &t->lo, tolerance, result, err);
		default:
			return shr_fail(err, SHR_EVALUE, "The bound %d is not one of eq, ge, gt, le, lt, approx, range.", t->bound);
	}
	return SHR_OK;
}

/*
 * q minus the nearest bound, in the unit and magnitude word of the target's
 * stated value, so that the gap reads like the target ('超过0.5%').
 */
ShrStatus
shr_target_gap(const ShrTarget *t, const ShrQuantity *q, ShrQuantity *out,
			   ShrError *err)
{
	const ShrQuantity *b = &t->lo;
	const ShrUnitDef *u = shr_unit(t->lo.unit);
	int			unit = t->lo.unit;
	int64_t		want;

	memset(out, 0, sizeof(*out));
	if (shr_quantity_dim(&t->lo) != shr_quantity_dim(q))
		return shr_dimension_mismatch(err, t->lo.unit, q->unit);
	/* the distance between two places is a number of places (2位次) */
	if (u != NULL && u->ordinal)
		unit = shr_unit_find("位次", strlen("位次"));
	if (t->bound == SHR_BOUND_RANGE && shr_quantity_cmp(q, &t->lo) >= 0)
	{
		if (shr_quantity_cmp(q, &t->hi) <= 0)
		{
			out->exp = t->lo.exp;
			out->unit = unit;
			out->mag = t->lo.mag;
			return SHR_OK;
		}
		b = &t->hi;
	}
	want = b->unit == t->lo.unit ? b->exp : t->lo.exp;
	if (q->unit == t->lo.unit && q->exp < want)
		want = q->exp;
	return shr_quantity_diff_in(q, b, false, unit, t->lo.mag, want, out, err);
}

/* The qualifier in quals that contradicts an earlier one (for the detail). */
static void
find_conflict(const ShrQualifier *const *quals, int n, const char **w1, const char **w2)
{
	int			i;
	int			j;

	*w1 = *w2 = "";
	for (j = 1; j < n; j++)
		for (i = 0; i < j; i++)
		{
			bool		c;
			const ShrQualifier *pair[2];

			pair[0] = quals[i];
			pair[1] = quals[j];
			shr_bound_combine(pair, 2, &c);
			if (c)
			{
				*w1 = quals[i]->word;
				*w2 = quals[j]->word;
				return;
			}
		}
}

/* The qualifiers of a target in the order written, and its commitment. */
typedef struct QualList
{
	const ShrQualifier *q[MAX_QUALS + 1];	/* room for the 多 of the amount */
	int			n;
	int			nsuffix;
	int			commitment;
} QualList;

/* Append a qualifier written in t, refusing more than MAX_QUALS. */
static ShrStatus
add_qualifier(QualList *ql, const ShrQualifier *q, const char *t, size_t tl,
			  ShrError *err)
{
	char		quote[SHR_QUOTE_LEN];

	if (ql->n == MAX_QUALS)
		return shr_fail(err, SHR_ESYNTAX, "Too many qualifiers in \"%s\".",
						shr_quote(t, tl, quote));
	ql->q[ql->n++] = q;
	return SHR_OK;
}

/* The words before the amount: a commitment, and words such as 不低于. */
static ShrStatus
read_prefixes(const char *t, size_t tl, size_t *pos, QualList *ql,
			  ShrError *err)
{
	const ShrQualifier *q;
	size_t		n;
	ShrStatus	st;

	while ((q = shr_qualifier_match(t + *pos, tl - *pos, SHR_QUAL_PREFIX, &n)) != NULL)
	{
		if (q->commitment != SHR_COMMIT_NONE)
		{
			if (ql->commitment != SHR_COMMIT_NONE)
				return shr_fail(err, SHR_ESYNTAX,
								"Only one commitment word (力争, 确保 or 争取) may stand before the amount.");
			ql->commitment = q->commitment;
		}
		if ((st = add_qualifier(ql, q, t, tl, err)) != SHR_OK)
			return st;
		*pos += n;
		*pos += shr_skip_spaces(t + *pos, tl - *pos);
	}
	return SHR_OK;
}

/* The amount or range at *pos, with where its unit starts in t. */
static ShrStatus
read_amount(const char *t, size_t tl, size_t *pos, ShrScan *sc,
			size_t *unit_start, ShrError *err)
{
	ShrError	e;
	size_t		n;

	memset(&e, 0, sizeof(e));
	n = shr_amount_scan_at(t + *pos, tl - *pos,
						   SHR_SCAN_CHINESE | SHR_SCAN_SIGN | SHR_SCAN_SPACES |
						   SHR_SCAN_RANGE | SHR_SCAN_RANK | SHR_SCAN_PLACE, sc,
						   unit_start, &e);
	if (n == 0)
		return shr_fail(err, SHR_ESYNTAX, "%s", expect_target);
	if (e.status != SHR_OK)
	{
		if (err != NULL)
			*err = e;
		return e.status;
	}
	*unit_start += *pos;
	*pos += n;
	return SHR_OK;
}

/* The word after the amount (以上, 左右 ...): one at most. */
static ShrStatus
read_suffixes(const char *t, size_t tl, size_t *pos, QualList *ql,
			  ShrError *err)
{
	for (;;)
	{
		size_t		p = *pos + shr_skip_spaces(t + *pos, tl - *pos);
		size_t		n;
		const ShrQualifier *q = shr_qualifier_match(t + p, tl - p,
												   SHR_QUAL_SUFFIX, &n);
		ShrStatus	st;

		if (q == NULL)
			return SHR_OK;
		/* 5%以上以上 is a slip of the pen, not a stronger floor */
		if (ql->nsuffix > 0)
			return shr_fail(err, SHR_ESYNTAX,
							"Only one qualifier may follow the amount, but \"%s\" follows \"%s\".",
							q->word, ql->q[ql->n - 1]->word);
		if ((st = add_qualifier(ql, q, t, tl, err)) != SHR_OK)
			return st;
		ql->nsuffix++;
		*pos = p + n;
	}
}

/* Nothing but white space may follow; explain what does. */
static ShrStatus
check_end(const char *t, size_t tl, size_t pos, size_t unit_start,
		  const QualList *ql, ShrError *err)
{
	char		quote[SHR_QUOTE_LEN];

	pos += shr_skip_spaces(t + pos, tl - pos);
	if (pos == tl)
		return SHR_OK;
	if (ql->nsuffix == 0)
		return shr_trailing_error(t, tl, pos, unit_start, err);
	return shr_fail(err, SHR_ESYNTAX, "Unexpected \"%s\" after the amount.",
					shr_quote(t + pos, tl - pos, quote));
}

/*
 * The bound the qualifiers give, refusing two that contradict; a range
 * states its own bounds, so only "about" and weak words may go with it.
 */
static ShrStatus
combine_bounds(const QualList *ql, bool is_range, int *bound, ShrError *err)
{
	bool		conflict;
	int			i;

	*bound = shr_bound_combine(ql->q, ql->n, &conflict);
	if (conflict)
	{
		const char *w1;
		const char *w2;

		find_conflict(ql->q, ql->n, &w1, &w2);
		return shr_fail(err, SHR_ESYNTAX,
						"The qualifiers \"%s\" and \"%s\" contradict each other.", w1, w2);
	}
	if (!is_range)
	{
		if (*bound == SHR_BOUND_NONE)
			*bound = SHR_BOUND_EQ;
		return SHR_OK;
	}
	for (i = 0; i < ql->n; i++)
		if (ql->q[i]->bound != SHR_BOUND_NONE && !ql->q[i]->weak &&
			ql->q[i]->bound != SHR_BOUND_APPROX)
			return shr_fail(err, SHR_ESYNTAX,
							"A range cannot take the qualifier \"%s\".",
							ql->q[i]->word);
	*bound = SHR_BOUND_RANGE;
	return SHR_OK;
}

/* Type input: qualifiers, one amount or range, qualifiers. */
ShrStatus
shr_target_parse(const char *s, size_t len, ShrTarget *out, ShrError *err)
{
	QualList	ql;
	ShrStatus	st;
	const char *t;
	size_t		tl;
	size_t		pos = 0;
	size_t		unit_start;
	ShrScan		sc;
	int			bound;

	memset(out, 0, sizeof(*out));
	memset(&ql, 0, sizeof(ql));
	ql.commitment = SHR_COMMIT_NONE;
	st = shr_input_text(s, len, expect_target, &t, &tl, err);
	if (st != SHR_OK)
		return st;
	if ((st = read_prefixes(t, tl, &pos, &ql, err)) != SHR_OK ||
		(st = read_amount(t, tl, &pos, &sc, &unit_start, err)) != SHR_OK)
		return st;
	if (sc.more)
		ql.q[ql.n++] = shr_qualifier_more();
	else if (sc.top)
		ql.q[ql.n++] = shr_qualifier_top();
	if ((st = read_suffixes(t, tl, &pos, &ql, err)) != SHR_OK ||
		(st = check_end(t, tl, pos, unit_start, &ql, err)) != SHR_OK ||
		(st = combine_bounds(&ql, sc.is_range, &bound, err)) != SHR_OK)
		return st;
	return shr_target_make(&sc.q, sc.is_range ? &sc.hi : NULL, bound,
						   ql.commitment, out, err);
}
