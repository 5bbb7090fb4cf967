/*
 * quantity.c
 *		The quantity type's semantics: building and checking a value,
 *		printing, the total order and hash key, arithmetic and conversion
 *		(reading one from text is amount.c's).
 *
 * Values are exact.  Comparison and hashing work on the value in the
 * dimension's base unit, an integer times a power of ten (every unit factor
 * is an integer), in 128-bit arithmetic.  Arithmetic that cannot be exact
 * within SHR_MAX_DIGITS significant digits (a sum of very different
 * magnitudes, a product, a quotient, a conversion from 亩 to 平方米, which
 * divides by 15) rounds half to even to that many digits, once, from the
 * exact result.
 */
#include <string.h>

#include "types/amount.h"
#include "types/exact.h"
#include "types/quantity.h"

#define MAX_COEF INT64_C(999999999999999999)	/* SHR_MAX_DIGITS nines */

/* The unit of q; a corrupt id falls back to the empty unit so that ordering never fails. */
static const ShrUnitDef *
unit_of(const ShrQuantity *q)
{
	const ShrUnitDef *u = shr_unit(q->unit);

	return u != NULL ? u : shr_unit(SHR_UNIT_NONE);
}

/* The power of ten of a magnitude id (0 for a bad one). */
static int
mag_exp(int mag)
{
	const ShrMagnitudeDef *m = shr_magnitude(mag);

	return m != NULL ? m->exp : 0;
}

/* The magnitude of v, defined for INT64_MIN too. */
static uint64_t
abs64(int64_t v)
{
	return v < 0 ? (uint64_t) 0 - (uint64_t) v : (uint64_t) v;
}

/* Name both units and their dimensions, as the SQL layer does. */
ShrStatus
shr_dimension_mismatch(ShrError *err, int unit_a, int unit_b)
{
	const ShrUnitDef *a = shr_unit(unit_a);
	const ShrUnitDef *b = shr_unit(unit_b);

	if (a == NULL || b == NULL)
		return shr_fail(err, SHR_EVALUE, "A unit id is not in the catalogue.");
	if (a->name[0] == '\0')
		return shr_fail(err, SHR_EDIMENSION,
						"A bare number is %s and \"%s\" is %s.",
						shr_dimension_name(a->dim), b->name,
						shr_dimension_name(b->dim));
	if (b->name[0] == '\0')
		return shr_fail(err, SHR_EDIMENSION,
						"\"%s\" is %s and a bare number is %s.",
						a->name, shr_dimension_name(a->dim),
						shr_dimension_name(b->dim));
	return shr_fail(err, SHR_EDIMENSION, "\"%s\" is %s and \"%s\" is %s.",
					a->name, shr_dimension_name(a->dim),
					b->name, shr_dimension_name(b->dim));
}

/*
 * Bring coef * 10^exp into the exponent range, using spare digits or
 * trailing zeros; false when it cannot be done.  Zero just clamps.
 */
static bool
fit_exp(int64_t *coef, int64_t *exp)
{
	if (*coef == 0)
	{
		if (*exp > SHR_MAX_EXP)
			*exp = SHR_MAX_EXP;
		if (*exp < -SHR_MAX_EXP)
			*exp = -SHR_MAX_EXP;
		return true;
	}
	while (*exp > SHR_MAX_EXP && abs64(*coef) <= (uint64_t) MAX_COEF / 10)
	{
		*coef *= 10;
		(*exp)--;
	}
	while (*exp < -SHR_MAX_EXP && *coef % 10 == 0)
	{
		*coef /= 10;
		(*exp)++;
	}
	return *exp >= -SHR_MAX_EXP && *exp <= SHR_MAX_EXP;
}

/* The overflow every operation reports when the exponent does not fit. */
static ShrStatus
out_of_range(ShrError *err)
{
	return shr_fail(err, SHR_EOVERFLOW,
					"The value is out of the range a quantity can hold.");
}

/* Store a finished value: sign, fit the exponent, zero the padding. */
static ShrStatus
store(bool negative, uint64_t coef, int64_t exp, int unit, int mag,
	  ShrQuantity *out, ShrError *err)
{
	int64_t		c = negative ? -(int64_t) coef : (int64_t) coef;

	if (coef > (uint64_t) MAX_COEF || !fit_exp(&c, &exp))
		return out_of_range(err);
	/* the number printed before the word must read back: 1e-130万亿 does not */
	if (exp - mag_exp(mag) < -SHR_MAX_EXP)
		mag = SHR_MAG_NONE;
	memset(out, 0, sizeof(*out));
	out->coef = c;
	out->exp = (int16_t) exp;
	out->unit = (uint16_t) unit;
	out->mag = (uint8_t) mag;
	return SHR_OK;
}

/* Build a quantity from parts, rounding a 19-digit coefficient to 18. */
ShrStatus
shr_quantity_make(ShrDecimal value, int unit, int mag, ShrQuantity *out,
				  ShrError *err)
{
	uint64_t	c = abs64(value.coef);
	int64_t		e = value.exp;

	if (shr_unit(unit) == NULL)
		return shr_fail(err, SHR_EVALUE, "The unit id %d is not in the catalogue.", unit);
	if (shr_magnitude(mag) == NULL)
		return shr_fail(err, SHR_EVALUE, "The magnitude id %d is not in the catalogue.", mag);
	if (c > (uint64_t) MAX_COEF)
	{
		/* a 19-digit coefficient: round half to even to 18 digits */
		ShrBig		b;
		uint64_t	rc;
		int			re;

		shr_big_set_u128(&b, c);
		shr_exact_ratio(&b, 0, 1, &rc, &re);
		c = rc;
		e += re;
	}
	return store(value.coef < 0, c, e, unit, mag, out, err);
}

/* Check binary input as strictly as text input. */
ShrStatus
shr_quantity_validate(const ShrQuantity *q, ShrError *err)
{
	if (q->pad[0] != 0 || q->pad[1] != 0 || q->pad[2] != 0)
		return shr_fail(err, SHR_EVALUE, "The padding of the quantity is not zero.");
	if (shr_unit(q->unit) == NULL)
		return shr_fail(err, SHR_EVALUE, "The unit id %d is not in the catalogue.", q->unit);
	if (shr_magnitude(q->mag) == NULL)
		return shr_fail(err, SHR_EVALUE, "The magnitude id %d is not in the catalogue.", q->mag);
	if (abs64(q->coef) > (uint64_t) MAX_COEF)
		return shr_fail(err, SHR_EOVERFLOW,
						"The number has more than %d significant digits.", SHR_MAX_DIGITS);
	if (q->exp > SHR_MAX_EXP || q->exp < -SHR_MAX_EXP)
		return out_of_range(err);
	/* text cannot write the number before the word any smaller */
	if (q->exp - mag_exp(q->mag) < -SHR_MAX_EXP)
		return out_of_range(err);
	return SHR_OK;
}

/* The dimension id of q's unit. */
int
shr_quantity_dim(const ShrQuantity *q)
{
	return unit_of(q)->dim;
}

/* The digits of v, most significant first; returns how many. */
static int
u128_to_digits(shr_u128 v, char *digits)
{
	char		tmp[48];
	int			n = 0;
	int			i;

	do
	{
		tmp[n++] = (char) ('0' + (int) (v % 10));
		v /= 10;
	} while (v != 0);
	for (i = 0; i < n; i++)
		digits[i] = tmp[n - 1 - i];
	return n;
}

/* Append word to buf[len..size), keeping the terminating NUL. */
static size_t
append(char *buf, size_t size, size_t len, const char *word)
{
	size_t		n = strlen(word);

	if (len + n + 1 > size)
		return len;				/* never cut a UTF-8 word in half */
	memcpy(buf + len, word, n + 1);
	return len + n;
}

/*
 * Canonical text: 第 before a rank, ASCII digits, the magnitude word as
 * written, the unit.
 */
size_t
shr_quantity_format(const ShrQuantity *q, char *buf, size_t size)
{
	char		digits[48];
	int			nd = u128_to_digits(abs64(q->coef), digits);
	size_t		len = 0;
	const ShrMagnitudeDef *m = shr_magnitude(q->mag);

	if (size == 0)
		return 0;
	buf[0] = '\0';
	if (unit_of(q)->ordinal)
		len = append(buf, size, len, "第");
	len += shr_format_plain(q->coef < 0, digits, nd, q->exp - mag_exp(q->mag),
							buf + len, size - len);
	if (m != NULL)
		len = append(buf, size, len, m->word);
	return append(buf, size, len, unit_of(q)->name);
}

/* The exact value in base units, for numeric ratios in the SQL layer. */
size_t
shr_quantity_base_string(const ShrQuantity *q, char *buf, size_t size)
{
	const ShrUnitDef *u = unit_of(q);
	char		digits[48];
	shr_u128	v = (shr_u128) abs64(q->coef) * (uint64_t) u->factor;
	int			nd = u128_to_digits(v, digits);

	return shr_format_plain(q->coef < 0, digits, nd, q->exp + u->factor_exp,
							buf, size);
}

/* The value in q's own unit, magnitude applied (the stored exponent has it). */
ShrDecimal
shr_quantity_value(const ShrQuantity *q)
{
	ShrDecimal	d;

	d.coef = q->coef;
	d.exp = q->exp;
	return d;
}

/* |q| in base units as mantissa and exponent. */
static shr_u128
base_value(const ShrQuantity *q, int *exp)
{
	const ShrUnitDef *u = unit_of(q);

	*exp = q->exp + u->factor_exp;
	return (shr_u128) abs64(q->coef) * (uint64_t) u->factor;
}

/* Compare values of one dimension in base units. */
static int
value_cmp(const ShrQuantity *a, const ShrQuantity *b)
{
	int			sa = (a->coef > 0) - (a->coef < 0);
	int			sb = (b->coef > 0) - (b->coef < 0);
	int			ea;
	int			eb;
	shr_u128	va;
	shr_u128	vb;
	int			c;

	if (sa != sb)
		return sa < sb ? -1 : 1;
	if (sa == 0)
		return 0;
	va = base_value(a, &ea);
	vb = base_value(b, &eb);
	c = shr_u128_cmp_scaled(va, ea, vb, eb);
	return sa > 0 ? c : -c;
}

/*
 * Different dimensions sort by dimension id, a documented choice that makes
 * the order total over a column that mixes units.
 */
int
shr_quantity_cmp(const ShrQuantity *a, const ShrQuantity *b)
{
	int			da = shr_quantity_dim(a);
	int			db = shr_quantity_dim(b);

	if (da != db)
		return da < db ? -1 : 1;
	return value_cmp(a, b);
}

/* Compare within one dimension; mixing dimensions is an error here. */
ShrStatus
shr_quantity_compare(const ShrQuantity *a, const ShrQuantity *b, int *result,
					 ShrError *err)
{
	if (shr_quantity_dim(a) != shr_quantity_dim(b))
		return shr_dimension_mismatch(err, a->unit, b->unit);
	*result = value_cmp(a, b);
	return SHR_OK;
}

/*
 * The base-unit value with trailing zeros moved into the exponent is the
 * same for every spelling of one amount ('1吨', '2000斤', '1.000吨').
 */
void
shr_quantity_hash_key(const ShrQuantity *q, ShrHashKey *key)
{
	int			exp;
	shr_u128	v = base_value(q, &exp);
	shr_i128	sv;

	memset(key, 0, sizeof(*key));
	if (v == 0)
		exp = 0;
	else
		while (v % 10 == 0)
		{
			v /= 10;
			exp++;
		}
	sv = q->coef < 0 ? -(shr_i128) v : (shr_i128) v;
	key->hi = (uint64_t) ((shr_u128) sv >> 64);
	key->lo = (uint64_t) (shr_u128) sv;
	key->exp = exp;
	key->dim = shr_quantity_dim(q);
}

/*
 * An exact result carries no more digits than it needs, but at least the
 * precision want asks for (1.5 + 1.5 is 3.0, as numeric would say).
 */
static void
settle(uint64_t *coef, int64_t *exp, int64_t want)
{
	if (*coef == 0)
	{
		*exp = want;
		return;
	}
	while (*coef % 10 == 0)
	{
		*coef /= 10;
		(*exp)++;
	}
	while (*exp > want && *coef <= (uint64_t) MAX_COEF / 10)
	{
		*coef *= 10;
		(*exp)--;
	}
}

/*
 * a - b (or a + b), exact in base units, then rounded once into unit with
 * magnitude word mag, keeping at least the precision 10^want.
 */
ShrStatus
shr_quantity_diff_in(const ShrQuantity *a, const ShrQuantity *b, bool add,
					 int unit, int mag, int64_t want, ShrQuantity *out,
					 ShrError *err)
{
	const ShrUnitDef *ua = unit_of(a);
	const ShrUnitDef *ub = unit_of(b);
	const ShrUnitDef *ur = shr_unit(unit);
	ShrBig		A;
	ShrBig		B;
	ShrBig		S;
	int			ea;
	int			eb;
	int			emin;
	bool		nega = a->coef < 0;
	bool		negb = (b->coef < 0) == add;	/* sign of the addend, +b or -b */
	bool		neg;
	uint64_t	c;
	int			e;
	int64_t		e64;

	if (ua->dim != ub->dim)
		return shr_dimension_mismatch(err, a->unit, b->unit);
	if (ur == NULL || ur->dim != ua->dim)
		return shr_dimension_mismatch(err, a->unit, unit);
	shr_big_set_u128(&A, base_value(a, &ea));
	shr_big_set_u128(&B, base_value(b, &eb));
	emin = ea < eb ? ea : eb;
	if (!shr_big_mul_pow10(&A, ea - emin) || !shr_big_mul_pow10(&B, eb - emin))
		return out_of_range(err);
	if (nega == negb)
	{
		if (!shr_big_add(&S, &A, &B))
			return out_of_range(err);
		neg = nega;
	}
	else if (shr_big_cmp(&A, &B) >= 0)
	{
		shr_big_sub(&S, &A, &B);
		neg = nega;
	}
	else
	{
		shr_big_sub(&S, &B, &A);
		neg = negb;
	}
	if (!shr_exact_ratio(&S, emin - ur->factor_exp, (uint64_t) ur->factor, &c, &e))
		return out_of_range(err);
	e64 = e;
	settle(&c, &e64, want);
	return store(neg && c != 0, c, e64, unit, mag, out, err);
}

/* a + b in a's unit and magnitude word. */
ShrStatus
shr_quantity_add(const ShrQuantity *a, const ShrQuantity *b, ShrQuantity *out,
				 ShrError *err)
{
	int64_t		want = a->unit == b->unit && b->exp < a->exp ? b->exp : a->exp;

	return shr_quantity_diff_in(a, b, true, a->unit, a->mag, want, out, err);
}

/* a - b in a's unit and magnitude word. */
ShrStatus
shr_quantity_sub(const ShrQuantity *a, const ShrQuantity *b, ShrQuantity *out,
				 ShrError *err)
{
	int64_t		want = a->unit == b->unit && b->exp < a->exp ? b->exp : a->exp;

	return shr_quantity_diff_in(a, b, false, a->unit, a->mag, want, out, err);
}

/* Exponents of a caller's decimal beyond this cannot give a value in range. */
#define EXP_SANE 100000

/* a * d, exact unless the product needs more than 18 digits. */
ShrStatus
shr_quantity_mul(const ShrQuantity *a, ShrDecimal d, ShrQuantity *out,
				 ShrError *err)
{
	ShrBig		p;
	uint64_t	c;
	int			e;

	if (d.exp > EXP_SANE || d.exp < -EXP_SANE)
	{
		if (d.coef != 0 && a->coef != 0)
			return out_of_range(err);
		d.exp = 0;
	}
	shr_big_set_u128(&p, (shr_u128) abs64(a->coef) * abs64(d.coef));
	if (!shr_exact_ratio(&p, a->exp + d.exp, 1, &c, &e))
		return out_of_range(err);
	return store((a->coef < 0) != (d.coef < 0) && c != 0, c, e,
				 a->unit, a->mag, out, err);
}

/* a / d, exact when the quotient terminates within 18 digits. */
ShrStatus
shr_quantity_div(const ShrQuantity *a, ShrDecimal d, ShrQuantity *out,
				 ShrError *err)
{
	ShrBig		n;
	uint64_t	c;
	int			e;

	if (d.coef == 0)
		return shr_fail(err, SHR_EVALUE, "Division by zero.");
	if (d.exp > EXP_SANE || d.exp < -EXP_SANE)
	{
		if (a->coef != 0)
			return out_of_range(err);
		d.exp = 0;
	}
	shr_big_set_u128(&n, abs64(a->coef));
	if (!shr_exact_ratio(&n, a->exp - d.exp, abs64(d.coef), &c, &e))
		return out_of_range(err);
	return store((a->coef < 0) != (d.coef < 0) && c != 0, c, e,
				 a->unit, a->mag, out, err);
}

ShrStatus
shr_quantity_round(const ShrQuantity *q, int exp, ShrQuantity *out,
				   ShrError *err)
{
	uint64_t	c = abs64(q->coef);
	int64_t		drop = (int64_t) exp - q->exp;
	uint64_t	p = 1;

	if (drop <= 0 || c == 0)
	{
		*out = *q;
		return SHR_OK;
	}
	/* a coefficient has at most 18 digits: dropping more leaves zero */
	if (drop > SHR_MAX_DIGITS)
		return store(false, 0, 0, q->unit, q->mag, out, err);
	for (int64_t i = 0; i < drop; i++)
		p *= 10;
	c = c / p + (c % p >= p / 2);
	if (c == 0)
		return store(false, 0, 0, q->unit, q->mag, out, err);
	return store(q->coef < 0, c, exp, q->unit, q->mag, out, err);
}

int
shr_quantity_mag_exp(const ShrQuantity *q)
{
	return mag_exp(q->mag);
}

/* Unary minus, keeping unit, magnitude word and precision. */
ShrStatus
shr_quantity_negate(const ShrQuantity *a, ShrQuantity *out, ShrError *err)
{
	ShrQuantity r = *a;

	(void) err;					/* a valid coefficient always negates */
	r.coef = -a->coef;
	*out = r;
	return SHR_OK;
}

/*
 * Conversions that do not terminate (亩 to 平方米 divides by 15) round half
 * to even to SHR_MAX_DIGITS significant digits; exact ones keep at least the
 * precision of the source ('1.5万吨' is '3000.0万斤').
 */
ShrStatus
shr_quantity_convert(const ShrQuantity *q, int unit, ShrQuantity *out,
					 ShrError *err)
{
	const ShrUnitDef *from = unit_of(q);
	const ShrUnitDef *to = shr_unit(unit);
	ShrBig		n;
	int			e;
	uint64_t	c;
	int64_t		e64;

	if (to == NULL)
		return shr_fail(err, SHR_EVALUE, "The unit id %d is not in the catalogue.", unit);
	if (from->dim != to->dim)
		return shr_dimension_mismatch(err, q->unit, unit);
	shr_big_set_u128(&n, base_value(q, &e));
	if (!shr_exact_ratio(&n, e - to->factor_exp, (uint64_t) to->factor, &c, &e))
		return out_of_range(err);
	e64 = e;
	settle(&c, &e64, q->exp);
	return store(q->coef < 0 && c != 0, c, e64, unit, q->mag, out, err);
}
