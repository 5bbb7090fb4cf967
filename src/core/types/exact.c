/*
 * exact.c
 *		Exact integer helpers of the core: 128-bit digit counting and scaled
 *		comparison, a small base-10^9 big integer, and the rounding of an
 *		exact ratio to SHR_MAX_DIGITS significant digits.
 */
#include <string.h>

#include "types/exact.h"
#include "types/number.h"

/* Powers of ten that fit in an unsigned 128-bit integer. */
shr_u128
shr_u128_pow10(int k)
{
	shr_u128	p = 1;

	while (k-- > 0)
		p *= 10;
	return p;
}

/* Decimal digits of v; zero has one. */
int
shr_u128_digits(shr_u128 v)
{
	int			n = 1;

	while (v >= 10)
	{
		v /= 10;
		n++;
	}
	return n;
}

/*
 * Compare a * 10^ea and b * 10^eb.  The orders of magnitude decide first, so
 * the scaling that follows only bridges the difference in digit counts and
 * cannot overflow for operands below 10^30.
 */
int
shr_u128_cmp_scaled(shr_u128 a, int ea, shr_u128 b, int eb)
{
	int			ma;
	int			mb;

	if (a == 0 || b == 0)
		return (a != 0) - (b != 0);
	ma = shr_u128_digits(a) + ea;
	mb = shr_u128_digits(b) + eb;
	if (ma != mb)
		return ma < mb ? -1 : 1;
	if (ea > eb)
		a *= shr_u128_pow10(ea - eb);
	else if (eb > ea)
		b *= shr_u128_pow10(eb - ea);
	return (a > b) - (a < b);
}

/* Set b to v. */
void
shr_big_set_u128(ShrBig *b, shr_u128 v)
{
	b->n = 0;
	while (v != 0)
	{
		b->d[b->n++] = (uint32_t) (v % SHR_BIG_BASE);
		v /= SHR_BIG_BASE;
	}
}

/* Is b zero? */
bool
shr_big_is_zero(const ShrBig *b)
{
	return b->n == 0;
}

/* Decimal digits of b; zero has one. */
int
shr_big_digits(const ShrBig *b)
{
	uint32_t	top;
	int			n = 1;

	if (b->n == 0)
		return 1;
	top = b->d[b->n - 1];
	while (top >= 10)
	{
		top /= 10;
		n++;
	}
	return (b->n - 1) * 9 + n;
}

/* Compare two big integers. */
int
shr_big_cmp(const ShrBig *a, const ShrBig *b)
{
	int			i;

	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (i = a->n - 1; i >= 0; i--)
		if (a->d[i] != b->d[i])
			return a->d[i] < b->d[i] ? -1 : 1;
	return 0;
}

/* b *= m. */
bool
shr_big_mul_small(ShrBig *b, uint32_t m)
{
	uint64_t	carry = 0;
	int			i;

	if (m == 0)
	{
		b->n = 0;
		return true;
	}
	for (i = 0; i < b->n; i++)
	{
		uint64_t	t = (uint64_t) b->d[i] * m + carry;

		b->d[i] = (uint32_t) (t % SHR_BIG_BASE);
		carry = t / SHR_BIG_BASE;
	}
	while (carry != 0)
	{
		if (b->n == SHR_BIG_LIMBS)
			return false;
		b->d[b->n++] = (uint32_t) (carry % SHR_BIG_BASE);
		carry /= SHR_BIG_BASE;
	}
	return true;
}

/* b *= 10^k, k >= 0: whole limbs move, the rest is a small multiplication. */
bool
shr_big_mul_pow10(ShrBig *b, int k)
{
	static const uint32_t p10[9] = {1, 10, 100, 1000, 10000, 100000,
	1000000, 10000000, 100000000};
	int			limbs = k / 9;

	if (k < 0)
		return false;
	if (b->n == 0)
		return true;
	if (limbs > 0)
	{
		if (b->n + limbs > SHR_BIG_LIMBS)
			return false;
		memmove(b->d + limbs, b->d, sizeof(uint32_t) * b->n);
		memset(b->d, 0, sizeof(uint32_t) * limbs);
		b->n += limbs;
	}
	return shr_big_mul_small(b, p10[k % 9]);
}

/* r = a + b; r may alias either operand. */
bool
shr_big_add(ShrBig *r, const ShrBig *a, const ShrBig *b)
{
	int			n = a->n > b->n ? a->n : b->n;
	uint32_t	carry = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		uint32_t	t = carry;

		if (i < a->n)
			t += a->d[i];
		if (i < b->n)
			t += b->d[i];
		carry = t >= SHR_BIG_BASE;
		r->d[i] = carry ? t - SHR_BIG_BASE : t;
	}
	r->n = n;
	if (carry)
	{
		if (n == SHR_BIG_LIMBS)
			return false;
		r->d[r->n++] = 1;
	}
	return true;
}

/* r = a - b for a >= b; r may alias either operand. */
void
shr_big_sub(ShrBig *r, const ShrBig *a, const ShrBig *b)
{
	int			borrow = 0;
	int			i;

	for (i = 0; i < a->n; i++)
	{
		int64_t		t = (int64_t) a->d[i] - borrow - (i < b->n ? b->d[i] : 0);

		borrow = t < 0;
		r->d[i] = (uint32_t) (borrow ? t + SHR_BIG_BASE : t);
	}
	r->n = a->n;
	while (r->n > 0 && r->d[r->n - 1] == 0)
		r->n--;
}

/* r = a * b; r must not alias an operand. */
bool
shr_big_mul(ShrBig *r, const ShrBig *a, const ShrBig *b)
{
	int			i;
	int			j;

	if (a->n == 0 || b->n == 0)
	{
		r->n = 0;
		return true;
	}
	if (a->n + b->n > SHR_BIG_LIMBS)
		return false;
	memset(r->d, 0, sizeof(uint32_t) * (a->n + b->n));
	for (i = 0; i < a->n; i++)
	{
		uint64_t	carry = 0;

		for (j = 0; j < b->n; j++)
		{
			uint64_t	t = (uint64_t) a->d[i] * b->d[j] + r->d[i + j] + carry;

			r->d[i + j] = (uint32_t) (t % SHR_BIG_BASE);
			carry = t / SHR_BIG_BASE;
		}
		r->d[i + b->n] = (uint32_t) carry;
	}
	r->n = a->n + b->n;
	while (r->n > 0 && r->d[r->n - 1] == 0)
		r->n--;
	return true;
}

/* b /= d in place; returns the remainder. */
uint64_t
shr_big_divmod_u64(ShrBig *b, uint64_t d)
{
	shr_u128	rem = 0;
	int			i;

	for (i = b->n - 1; i >= 0; i--)
	{
		shr_u128	t = rem * SHR_BIG_BASE + b->d[i];

		b->d[i] = (uint32_t) (t / d);
		rem = t % d;
	}
	while (b->n > 0 && b->d[b->n - 1] == 0)
		b->n--;
	return (uint64_t) rem;
}

/*
 * Compare a * 10^ea and b * 10^eb.  As for 128-bit values, orders of
 * magnitude decide first, so the scaling is bounded by the digit counts.
 */
int
shr_big_cmp_scaled(const ShrBig *a, int ea, const ShrBig *b, int eb)
{
	ShrBig		x;
	int			ma;
	int			mb;

	if (a->n == 0 || b->n == 0)
		return (a->n != 0) - (b->n != 0);
	ma = shr_big_digits(a) + ea;
	mb = shr_big_digits(b) + eb;
	if (ma != mb)
		return ma < mb ? -1 : 1;
	if (ea > eb)
	{
		x = *a;
		if (!shr_big_mul_pow10(&x, ea - eb))
			return 1;			/* cannot happen: digit counts are bounded */
		return shr_big_cmp(&x, b);
	}
	if (eb > ea)
	{
		x = *b;
		if (!shr_big_mul_pow10(&x, eb - ea))
			return -1;
		return shr_big_cmp(a, &x);
	}
	return shr_big_cmp(a, b);
}

/* The value of a big integer known to be below 10^19. */
static uint64_t
big_to_u64(const ShrBig *b)
{
	uint64_t	v = 0;
	int			i;

	for (i = b->n - 1; i >= 0; i--)
		v = v * SHR_BIG_BASE + b->d[i];
	return v;
}

/*
 * Scale n by ten until the quotient is exact or has a digit to spare for
 * rounding, then round half to even.  Scaling one step at a time finds the
 * shortest exact form, which keeps the written precision of exact results
 * ('1.5吨' / 2 is '0.75吨', not '0.750000000000000000吨').
 */
bool
shr_exact_ratio(const ShrBig *n, int e, uint64_t d, uint64_t *coef, int *exp)
{
	ShrBig		q;
	uint64_t	r = 0;
	int			k;
	int			nd;
	int			extra;
	int			drop;
	int			first;
	bool		rest;
	uint64_t	c;

	if (n->n == 0)
	{
		*coef = 0;
		*exp = e;
		return true;
	}
	for (k = 0;; k++)
	{
		q = *n;
		if (!shr_big_mul_pow10(&q, k))
			return false;
		r = shr_big_divmod_u64(&q, d);
		nd = shr_big_digits(&q);
		if (r == 0 && nd <= SHR_MAX_DIGITS)
		{
			*coef = big_to_u64(&q);
			*exp = e - k;
			return true;
		}
		if (nd > SHR_MAX_DIGITS)
			break;
	}

	/* q has more digits than we keep: drop the extra ones, remembering them */
	extra = nd - SHR_MAX_DIGITS;
	rest = r != 0;
	drop = extra - 1;			/* digits below the first dropped one */
	while (drop >= 9)
	{
		rest |= shr_big_divmod_u64(&q, SHR_BIG_BASE) != 0;
		drop -= 9;
	}
	while (drop > 0)
	{
		rest |= shr_big_divmod_u64(&q, 10) != 0;
		drop--;
	}
	first = (int) shr_big_divmod_u64(&q, 10);
	e += extra;
	c = big_to_u64(&q);
	if (first > 5 || (first == 5 && (rest || (c & 1) != 0)))
		c++;
	if (c >= UINT64_C(1000000000000000000))
	{
		c /= 10;
		e++;
	}
	*coef = c;
	*exp = e - k;
	return true;
}
