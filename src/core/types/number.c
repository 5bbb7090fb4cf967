/*
 * number.c
 *		The number scanner: a sign, then an Arabic number (digits.c), a
 *		Chinese numeral (cnnumber.c) or a fraction word (百分之五); plus
 *		plain ASCII decimals in and out.
 *
 * The scanner reads running text as well as type input, so it never reads
 * past len and stops quietly where a number ends; only a number too long
 * for the representation is an error.
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
			*neg = true;
			return (flags & SHR_NUM_CHINESE) ? n : 0;
		default:
			return 0;
	}
}

/* 百分之 or 千分之 at s: its length and which, or 0. */
static size_t
fraction_word_at(const char *s, size_t len, bool *permille)
{
	static const char pct[] = "百分之";
	static const char pml[] = "千分之";
	size_t		n = sizeof(pct) - 1;

	*permille = false;
	if (len >= n && memcmp(s, pct, n) == 0)
		return n;
	if (len >= n && memcmp(s, pml, n) == 0)
	{
		*permille = true;
		return n;
	}
	return 0;
}

/*
 * 百分之X or 千分之X (X Arabic or Chinese, or 百分之百): the value is X and
 * out says percent or per mille.  Bytes consumed, 0 if none.
 */
static size_t
scan_fraction_word(const char *s, size_t len, ShrNumber *out, DigitAcc *a)
{
	bool		permille;
	size_t		w = fraction_word_at(s, len, &permille);
	size_t		m;
	int			mag = SHR_MAG_NONE;

	if (w == 0)
		return 0;
	m = shr_arabic_scan(s + w, len - w, a, true);
	if (m == 0)
	{
		m = shr_cn_scan(s + w, len - w, a, &mag);
		if (m > 0 && mag != SHR_MAG_NONE)
		{
			/* 百分之五万 makes no sense, but keep the value exact */
			a->exp += shr_magnitude(mag)->exp;
			shr_acc_end(a, false, true);
		}
	}
	if (m == 0)
	{
		/* 百分之百 */
		if (shr_cp_at(s, len, w, &m) != (permille ? SHR_CP_QIAN : SHR_CP_BAI))
			return 0;
		memset(a, 0, sizeof(*a));
		a->coef = 1;
		a->nd = 1;
		a->exp = permille ? 3 : 2;
	}
	out->chinese = true;
	out->percent = !permille;
	out->permille = permille;
	return w + m;
}

/* Scan an unsigned Arabic or Chinese number at s into out. */
static size_t
scan_unsigned(const char *s, size_t len, unsigned flags, ShrNumber *out,
			  DigitAcc *a)
{
	size_t		n;
	int			mag = SHR_MAG_NONE;

	n = shr_arabic_scan(s, len, a, true);
	if (n > 0 || !(flags & SHR_NUM_CHINESE))
		return n;
	n = shr_cn_scan(s, len, a, &mag);
	if (n > 0)
	{
		out->chinese = true;
		out->mag = mag;
		return n;
	}
	return scan_fraction_word(s, len, out, a);
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

	memset(out, 0, sizeof(*out));
	out->mag = SHR_MAG_NONE;
	if (s == NULL)
		return 0;
	if (flags & SHR_NUM_SIGN)
		sign = sign_at(s, len, flags, &neg);
	n = scan_unsigned(s + sign, len - sign, flags, out, &a);
	if (n == 0)
	{
		memset(out, 0, sizeof(*out));
		return 0;
	}
	out->value.coef = neg ? -(int64_t) a.coef : (int64_t) a.coef;
	out->value.exp = a.exp;
	if (a.over_digits)
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
