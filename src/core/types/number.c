/*
 * number.c
 *		The number scanner: a sign, then an Arabic number (digits.c), a
 *		Chinese numeral (cnnumber.c) or a fraction word (百分之五); plus
 *		plain ASCII decimals in and out.
 *
 * The scanner reads running text as well as type input, so it never reads
 * past len and stops quietly where a number ends.  Only what cannot be a
 * number at all is an error: one too long for the representation, Chinese
 * digits side by side (三五千, 十四五), a fraction over zero.
 */
#include <string.h>

#include "types/cnnumber.h"
#include "types/exact.h"
#include "text/chars.h"
#include "vocab/units.h"

/* Full-width and typographic forms of the ASCII signs. */
#define CP_FW_PLUS		0xFF0B	/* ＋ */
#define CP_FW_MINUS		0xFF0D	/* － */
#define CP_MINUS_SIGN	0x2212	/* − */

/* Skip white space (shr_is_space) and line ends: a typed value may wrap. */
size_t
shr_skip_spaces(const char *s, size_t len)
{
	size_t		pos = 0;

	while (pos < len)
	{
		uint32_t	cp;
		size_t		n = shr_utf8_decode(s + pos, len - pos, &cp);

		if (shr_is_space(cp) || cp == '\n')
			pos += n;
		else
			break;
	}
	return pos;
}

/* A sign at the start of s: its length (0 if none) and whether it is minus. */
static size_t
sign_at(const char *s, size_t len, unsigned flags, bool *neg)
{
	size_t		n;
	uint32_t	cp = shr_cp_at(s, len, 0, &n);

	*neg = false;
	switch (cp)
	{
		case '-':
		case CP_FW_MINUS:
		case CP_MINUS_SIGN:
			*neg = true;
			return n;
		case '+':
		case CP_FW_PLUS:
			return n;
		case SHR_CP_FU:
		case SHR_CP_FU_T:
			*neg = true;
			return (flags & SHR_NUM_CHINESE) ? n : 0;
		default:
			return 0;
	}
}

/*
 * Words that open a fraction of a power of ten, one row each: the value is
 * the number after the word times 10^exp, and the word may name the unit.
 */
static const struct
{
	const char *word;
	int			exp;			/* of the value: 万分之五 is 5 * 10^-4 */
	bool		percent;
	bool		permille;
	uint32_t	whole;			/* the place word after it that makes the */
	int			whole_exp;		/* whole, as a power of ten: 百分之百 */
}			fraction_words[] = {
	{"百分之", 0, true, false, SHR_CP_BAI, 2},	/* 百分之五: 5% */
	{"千分之", 0, false, true, SHR_CP_QIAN, 3},	/* 千分之三: 3‰ */
	{"万分之", -4, false, false, SHR_CP_WAN, 4},	/* 万分之五: 0.0005 */
};

#define NFRACTION_WORDS (sizeof(fraction_words) / sizeof(fraction_words[0]))

/* "分之" after the denominator of a fraction (三分之一). */
static const char fen_zhi[] = "分之";

/*
 * The number after a fraction word: Arabic or a Chinese numeral, whose
 * magnitude word becomes part of the value (百分之五万 makes no sense, but
 * the value stays exact).  Bytes consumed, 0 if none.
 */
static size_t
scan_numerator(const char *s, size_t len, DigitAcc *a, ShrError *err)
{
	size_t		m = shr_arabic_scan(s, len, a, true);
	int			mag = SHR_MAG_NONE;

	if (m > 0)
		return m;
	m = shr_cn_scan(s, len, 0, false, a, &mag, err);
	if (m > 0 && mag != SHR_MAG_NONE)
	{
		a->exp += shr_magnitude(mag)->exp;
		shr_acc_end(a, false, true);
	}
	return m;
}

/*
 * 百分之X, 千分之X or 万分之X (X Arabic or Chinese, or 百分之百): out says
 * percent or per mille where the word names a unit.  Bytes consumed, 0 if
 * none.
 */
static size_t
scan_fraction_word(const char *s, size_t len, ShrNumber *out, DigitAcc *a,
				   ShrError *err)
{
	size_t		i;
	size_t		w = 0;
	size_t		m;

	for (i = 0; i < NFRACTION_WORDS; i++)
	{
		w = strlen(fraction_words[i].word);
		if (len >= w && memcmp(s, fraction_words[i].word, w) == 0)
			break;
	}
	if (i == NFRACTION_WORDS)
		return 0;
	if ((m = scan_numerator(s + w, len - w, a, err)) == 0)
	{
		if (shr_cp_at(s, len, w, &m) != fraction_words[i].whole)
			return 0;
		memset(a, 0, sizeof(*a));
		a->coef = 1;
		a->nd = 1;
		a->exp = fraction_words[i].whole_exp;
	}
	if (fraction_words[i].exp != 0)
	{
		a->exp += fraction_words[i].exp;
		shr_acc_end(a, false, true);
	}
	out->chinese = true;
	out->percent = fraction_words[i].percent;
	out->permille = fraction_words[i].permille;
	return w + m;
}

/*
 * N分之M after the denominator den, which ends at s: M / N, exact when it
 * terminates, else rounded to SHR_FRACTION_DIGITS significant digits (the
 * rounding of shr_exact_ratio).  Bytes after s, 0 if no 分之 and number
 * follow.
 */
static size_t
scan_over(const char *s, size_t len, const DigitAcc *den, DigitAcc *a,
		  ShrError *err)
{
	size_t		w = strlen(fen_zhi);
	size_t		m;
	DigitAcc	num;
	ShrBig		big;
	uint64_t	coef;
	int			exp;

	if (len < w || memcmp(s, fen_zhi, w) != 0 ||
		(m = scan_numerator(s + w, len - w, &num, err)) == 0)
		return 0;
	memset(a, 0, sizeof(*a));
	if (den->coef == 0)
	{
		shr_fail(err, SHR_EVALUE, "The denominator of a fraction is zero.");
		return w + m;
	}
	shr_big_set_u128(&big, num.coef);
	a->over_digits = num.over_digits || den->over_digits;
	a->over_range = num.over_range || den->over_range;
	if (!a->over_digits && !a->over_range &&
		shr_exact_ratio(&big, num.exp - den->exp, den->coef, &coef, &exp))
	{
		a->coef = coef;
		a->exp = exp;
		a->nd = coef == 0 ? 0 : shr_u128_digits(coef);
		shr_acc_end(a, false, true);
	}
	else
		a->over_range |= !a->over_digits;
	return w + m;
}

/*
 * A Chinese numeral at s, or a fraction whose denominator it is
 * (三分之一); bytes consumed, 0 if none.
 */
static size_t
scan_chinese(const char *s, size_t len, unsigned flags, ShrNumber *out,
			 DigitAcc *a, ShrError *err)
{
	int			mag = SHR_MAG_NONE;
	size_t		n = shr_cn_scan(s, len, flags, false, a, &mag, err);
	size_t		m;
	DigitAcc	den;

	if (n == 0 || (err != NULL && err->status != SHR_OK))
		return n;
	out->chinese = true;
	den = *a;
	if (mag != SHR_MAG_NONE)
	{
		/* 三万分之一 */
		den.exp += shr_magnitude(mag)->exp;
		shr_acc_end(&den, false, true);
	}
	if ((m = scan_over(s + n, len - n, &den, a, err)) > 0)
		return n + m;
	out->mag = mag;
	return n;
}

/*
 * Scan an unsigned number at s into out: Arabic digits with Chinese place
 * words (3万4000, with SHR_NUM_CHINESE or SHR_NUM_MIXED), an Arabic number,
 * a Chinese numeral or fraction, or a fraction word (百分之五).
 */
static size_t
scan_unsigned(const char *s, size_t len, unsigned flags, ShrNumber *out,
			  DigitAcc *a, ShrError *err)
{
	size_t		n;
	int			mag = SHR_MAG_NONE;

	if ((flags & (SHR_NUM_CHINESE | SHR_NUM_MIXED)) &&
		(n = shr_cn_scan(s, len, flags, true, a, &mag, err)) > 0)
	{
		out->chinese = true;
		out->mag = mag;
		return n;
	}
	n = shr_arabic_scan(s, len, a, true);
	if (n > 0 || !(flags & SHR_NUM_CHINESE))
		return n;
	if ((n = scan_chinese(s, len, flags, out, a, err)) > 0)
		return n;
	return scan_fraction_word(s, len, out, a, err);
}

/* Scan a signed Arabic or Chinese number; the caller handles what follows. */
size_t
shr_number_scan(const char *s, size_t len, unsigned flags, ShrNumber *out,
				ShrError *err)
{
	bool		neg = false;
	size_t		sign = 0;
	size_t		n;
	DigitAcc	a;
	ShrError	e;

	memset(out, 0, sizeof(*out));
	out->mag = SHR_MAG_NONE;
	if (s == NULL)
		return 0;
	if (flags & SHR_NUM_SIGN)
		sign = sign_at(s, len, flags, &neg);
	memset(&e, 0, sizeof(e));
	n = scan_unsigned(s + sign, len - sign, flags, out, &a, &e);
	if (n == 0)
	{
		memset(out, 0, sizeof(*out));
		return 0;
	}
	out->value.coef = neg ? -(int64_t) a.coef : (int64_t) a.coef;
	out->value.exp = a.exp;
	if (e.status != SHR_OK)
	{
		if (err != NULL)
			*err = e;
	}
	else if (a.over_digits)
		shr_fail(err, SHR_EOVERFLOW,
				 "The number has more than %d significant digits.",
				 SHR_MAX_DIGITS);
	else if (a.over_range)
		shr_fail(err, SHR_EOVERFLOW,
				 "The value is out of the range a quantity can hold.");
	return sign + n;
}

/* Read numeric_out text exactly (the SQL layer passes numerics this way). */
ShrStatus
shr_decimal_parse(const char *s, size_t len, ShrDecimal *out, ShrError *err)
{
	size_t		pos = 0;
	bool		neg = false;
	bool		point = false;
	DigitAcc	a;
	int			digits = 0;

	memset(out, 0, sizeof(*out));
	memset(&a, 0, sizeof(a));
	if (s == NULL)
		return shr_fail(err, SHR_ESYNTAX, "Expected a decimal number.");
	if (pos < len && (s[pos] == '-' || s[pos] == '+'))
		neg = s[pos++] == '-';
	for (; pos < len && s[pos] >= '0' && s[pos] <= '9'; pos++, digits++)
		shr_acc_int(&a, s[pos] - '0');
	if (pos < len && s[pos] == '.')
	{
		point = true;
		for (pos++; pos < len && s[pos] >= '0' && s[pos] <= '9'; pos++, digits++)
			shr_acc_frac(&a, s[pos] - '0');
	}
	if (digits == 0 || pos != len)
		return shr_fail(err, SHR_ESYNTAX,
						"Expected a plain decimal number such as -12.50.");
	shr_acc_end(&a, point, false);
	if (a.over_digits || a.over_range)
	{
		if (a.over_digits)
			return shr_fail(err, SHR_EOVERFLOW,
							"The number has more than %d significant digits.",
							SHR_MAX_DIGITS);
		return shr_fail(err, SHR_EOVERFLOW,
						"The value is out of the range a quantity can hold.");
	}
	out->coef = neg ? -(int64_t) a.coef : (int64_t) a.coef;
	out->exp = a.coef == 0 && a.exp > 0 ? 0 : a.exp;
	return SHR_OK;
}

/* Plain notation for a digit string and a power of ten; never scientific. */
size_t
shr_format_plain(bool negative, const char *digits, int ndigits, int exp,
				 char *buf, size_t size)
{
	size_t		len = 0;
	int			i;
	bool		zero = ndigits == 1 && digits[0] == '0';

#define PUT(c) do { if (len + 1 < size) buf[len] = (c); len++; } while (0)

	if (size == 0)
		return 0;
	if (negative && !zero)
		PUT('-');
	if (exp >= 0)
	{
		for (i = 0; i < ndigits; i++)
			PUT(digits[i]);
		if (!zero)
			for (i = 0; i < exp; i++)
				PUT('0');
	}
	else if (-exp >= ndigits)
	{
		PUT('0');
		PUT('.');
		for (i = 0; i < -exp - ndigits; i++)
			PUT('0');
		for (i = 0; i < ndigits; i++)
			PUT(digits[i]);
	}
	else
	{
		for (i = 0; i < ndigits + exp; i++)
			PUT(digits[i]);
		PUT('.');
		for (; i < ndigits; i++)
			PUT(digits[i]);
	}
#undef PUT
	if (len >= size)
		len = size - 1;
	buf[len] = '\0';
	return len;
}

/* Print a decimal so that numeric_in reads back the exact value. */
size_t
shr_decimal_format(ShrDecimal d, char *buf, size_t size)
{
	char		digits[24];
	int			nd = 0;
	uint64_t	mag;
	int			i;

	mag = d.coef < 0 ? (uint64_t) 0 - (uint64_t) d.coef : (uint64_t) d.coef;
	do
	{
		digits[nd++] = (char) ('0' + mag % 10);
		mag /= 10;
	} while (mag != 0);
	for (i = 0; i < nd / 2; i++)
	{
		char		t = digits[i];

		digits[i] = digits[nd - 1 - i];
		digits[nd - 1 - i] = t;
	}
	return shr_format_plain(d.coef < 0, digits, nd, d.exp, buf, size);
}
