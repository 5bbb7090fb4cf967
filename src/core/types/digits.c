/*
 * digits.c
 *		Digits into exact decimals: the accumulator every number scanner
 *		feeds, and the scanner of Arabic numbers (ASCII or full-width, with
 *		thousands separators and a point).
 */
#include <string.h>

#include "types/digits.h"
#include "types/exact.h"
#include "text/chars.h"

/* Decoders keep counters bounded on absurd input (a million zeros). */
#define COUNT_CAP 100000

/* Full-width forms of the separator and the point. */
#define CP_FW_COMMA		0xFF0C	/* ， */
#define CP_FW_POINT		0xFF0E	/* ． */

/* The code point at s[pos] (SHR_UTF8_BAD at the end) and its length. */
uint32_t
shr_cp_at(const char *s, size_t len, size_t pos, size_t *n)
{
	uint32_t	cp = SHR_UTF8_BAD;

	*n = pos < len ? shr_utf8_decode(s + pos, len - pos, &cp) : 0;
	return cp;
}

/* Append a significant digit, noting when there are too many. */
static void
acc_push(DigitAcc *a, int d)
{
	if (a->nd >= SHR_MAX_DIGITS)
	{
		a->over_digits = true;
		return;
	}
	a->coef = a->coef * 10 + (uint64_t) d;
	a->nd++;
}

/* Make the waiting integer zeros significant (a fraction follows). */
static void
acc_flush_int(DigitAcc *a)
{
	for (; a->ipend > 0; a->ipend--)
		acc_push(a, 0);
}

/* Take one digit of the integer part. */
void
shr_acc_int(DigitAcc *a, int d)
{
	if (a->nd == 0 && d == 0)
		return;
	if (d == 0)
	{
		if (a->ipend < COUNT_CAP)
			a->ipend++;
		else
			a->over_range = true;
		return;
	}
	acc_flush_int(a);
	acc_push(a, d);
}

/* Take one digit of the fraction. */
void
shr_acc_frac(DigitAcc *a, int d)
{
	if (a->nd == 0 && a->ipend == 0 && d == 0)
	{
		if (a->exp > -COUNT_CAP)
			a->exp--;
		return;
	}
	if (d == 0)
	{
		if (a->fpend < COUNT_CAP)
			a->fpend++;
		else
			a->over_digits = true;
		return;
	}
	acc_flush_int(a);
	for (; a->fpend > 0; a->fpend--)
	{
		acc_push(a, 0);
		a->exp--;
	}
	acc_push(a, d);
	a->exp--;
}

/*
 * Finish: integer zeros become exponent unless a fraction was written;
 * fraction zeros are kept if strict (they are precision) or if they fit.
 */
void
shr_acc_end(DigitAcc *a, bool had_point, bool strict)
{
	if (had_point && (strict || a->nd + a->ipend + a->fpend <= SHR_MAX_DIGITS))
	{
		acc_flush_int(a);
		for (; a->fpend > 0; a->fpend--)
		{
			acc_push(a, 0);
			a->exp--;
		}
	}
	a->exp += a->ipend;
	a->ipend = 0;
	a->fpend = 0;
	if (a->nd == 0)
		a->coef = 0;

	/*
	 * Spare digits hold an exponent beyond the range, as in a stored value
	 * (10^130 is 10^10 * 10^120), so that every stored value reads back.
	 */
	while (a->exp > SHR_MAX_EXP && a->nd > 0 && a->nd < SHR_MAX_DIGITS)
	{
		a->coef *= 10;
		a->nd++;
		a->exp--;
	}
	if (a->exp > SHR_MAX_EXP || a->exp < -SHR_MAX_EXP)
		a->over_range = true;
}

/* An integer into a, its trailing zeros as exponent, as for Arabic numbers. */
void
shr_acc_set_integer(DigitAcc *a, uint64_t value)
{
	a->coef = value;
	a->exp = 0;
	while (value != 0 && a->coef % 10 == 0)
	{
		a->coef /= 10;
		a->exp++;
	}
	a->nd = value == 0 ? 0 : shr_u128_digits(a->coef);
	shr_acc_end(a, false, true);
}

/* A thousands separator (ASCII or full-width comma) at pos: its length or 0. */
static size_t
separator_at(const char *s, size_t len, size_t pos)
{
	size_t		n;
	uint32_t	cp = shr_cp_at(s, len, pos, &n);

	return (cp == ',' || cp == CP_FW_COMMA) ? n : 0;
}

/*
 * A separator is one only if exactly three digits follow it (then no fourth),
 * so "1,200" is a number and "增长5%，2024年" is not misread.
 */
static bool
group_follows(const char *s, size_t len, size_t pos)
{
	int			i;
	size_t		n;

	for (i = 0; i < 3; i++)
	{
		if (shr_digit_value(shr_cp_at(s, len, pos, &n)) < 0)
			return false;
		pos += n;
	}
	return shr_digit_value(shr_cp_at(s, len, pos, &n)) < 0;
}

/*
 * The fraction of an Arabic number at pos: a point and at least one digit.
 * Bytes up to its end, or 0 (a point with no digit ends a sentence).
 */
static size_t
scan_arabic_fraction(const char *s, size_t len, size_t pos, DigitAcc *a)
{
	size_t		n;
	size_t		m;
	int			d;
	uint32_t	cp = shr_cp_at(s, len, pos, &n);

	if ((cp != '.' && cp != CP_FW_POINT) ||
		shr_digit_value(shr_cp_at(s, len, pos + n, &m)) < 0)
		return 0;
	for (pos += n; (d = shr_digit_value(shr_cp_at(s, len, pos, &n))) >= 0; pos += n)
		shr_acc_frac(a, d);
	return pos;
}

/*
 * The integer part of an Arabic number: digits, with thousands separators
 * between groups of three.  Bytes up to its end, 0 if no digit.
 */
static size_t
scan_arabic_integer(const char *s, size_t len, DigitAcc *a)
{
	size_t		pos = 0;
	size_t		n;
	int			group = 0;
	bool		grouped = false;

	for (;;)
	{
		int			d = shr_digit_value(shr_cp_at(s, len, pos, &n));
		size_t		sep;

		if (d >= 0)
		{
			shr_acc_int(a, d);
			group++;
			pos += n;
			continue;
		}
		sep = separator_at(s, len, pos);
		if (sep > 0 && pos > 0 && (grouped ? group == 3 : group <= 3) &&
			group_follows(s, len, pos + sep))
		{
			grouped = true;
			group = 0;
			pos += sep;
			continue;
		}
		return pos;
	}
}

/*
 * An exponent at pos (2e5, 1.5E+3, -1.2e-3): e or E, a sign, and at least
 * one digit, or it is no exponent ("2e" is 2 and a word).  It moves the
 * exponent of a (a zero's only as far as the range goes).  Bytes, 0 if none.
 */
static size_t
scan_exponent(const char *s, size_t len, size_t pos, DigitAcc *a)
{
	size_t		start = pos;
	size_t		n;
	uint32_t	cp = shr_cp_at(s, len, pos, &n);
	bool		neg = false;
	int			e = 0;
	int			d;

	if (cp != 'e' && cp != 'E')
		return 0;
	pos += n;
	cp = shr_cp_at(s, len, pos, &n);
	if (cp == '+' || cp == '-')
	{
		neg = cp == '-';
		pos += n;
	}
	if (shr_digit_value(shr_cp_at(s, len, pos, &n)) < 0)
		return 0;
	for (; (d = shr_digit_value(shr_cp_at(s, len, pos, &n))) >= 0; pos += n)
		if (e < COUNT_CAP)
			e = e * 10 + d;
	a->exp += neg ? -e : e;
	if (a->nd == 0 && a->exp > SHR_MAX_EXP)
		a->exp = SHR_MAX_EXP;
	if (a->nd == 0 && a->exp < -SHR_MAX_EXP)
		a->exp = -SHR_MAX_EXP;
	return pos - start;
}

/*
 * Scan an Arabic number (no sign): an integer part, a fraction, or both
 * (12, 12.5, .5), then an exponent; bytes consumed, 0 if none.
 */
size_t
shr_arabic_scan(const char *s, size_t len, DigitAcc *a, bool strict)
{
	size_t		pos;
	size_t		end;
	bool		point;

	memset(a, 0, sizeof(*a));
	pos = scan_arabic_integer(s, len, a);
	end = scan_arabic_fraction(s, len, pos, a);
	if (pos == 0 && end == 0)
		return 0;
	point = end > 0;
	if (!point)
		end = pos;
	end += scan_exponent(s, len, end, a);
	shr_acc_end(a, point, strict);
	return end;
}
