/*
 * number.c
 *		The number scanner: Arabic numbers (ASCII or full-width, with
 *		thousands separators and a point) and Chinese numerals, plus plain
 *		ASCII decimals in and out.
 *
 * The scanner reads running text as well as type input, so it never reads
 * past len and stops quietly where a number ends; only a number too long
 * for the representation is an error.
 */
#include <string.h>

#include "types/exact.h"
#include "types/number.h"
#include "text/chars.h"
#include "vocab/units.h"

/* Decoders keep counters bounded on absurd input (a million zeros). */
#define COUNT_CAP 100000

/* Full-width and typographic forms of ASCII signs and separators. */
#define CP_FW_PLUS		0xFF0B	/* ＋ */
#define CP_FW_COMMA		0xFF0C	/* ， */
#define CP_FW_MINUS		0xFF0D	/* － */
#define CP_FW_POINT		0xFF0E	/* ． */
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

/* The code point at s[pos] (SHR_UTF8_BAD at the end) and its length. */
static uint32_t
peek(const char *s, size_t len, size_t pos, size_t *n)
{
	uint32_t	cp = SHR_UTF8_BAD;

	*n = pos < len ? shr_utf8_decode(s + pos, len - pos, &cp) : 0;
	return cp;
}

/*
 * Digits collected one at a time.  Leading zeros are not significant;
 * trailing zeros of the integer part wait in ipend (they become exponent
 * unless a fraction digit follows), trailing zeros of the fraction in fpend
 * (they are written precision, 5.0%, kept when the caller wants them).
 */
typedef struct DigitAcc
{
	uint64_t	coef;
	int			nd;				/* significant digits in coef */
	int			ipend;
	int			fpend;
	int			exp;
	bool		over_digits;	/* more than SHR_MAX_DIGITS */
	bool		over_range;		/* exponent beyond SHR_MAX_EXP */
} DigitAcc;

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
static void
acc_int(DigitAcc *a, int d)
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
static void
acc_frac(DigitAcc *a, int d)
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
static void
acc_end(DigitAcc *a, bool had_point, bool strict)
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

/* A thousands separator (ASCII or full-width comma) at pos: its length or 0. */
static size_t
separator_at(const char *s, size_t len, size_t pos)
{
	size_t		n;
	uint32_t	cp = peek(s, len, pos, &n);

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
		if (shr_digit_value(peek(s, len, pos, &n)) < 0)
			return false;
		pos += n;
	}
	return shr_digit_value(peek(s, len, pos, &n)) < 0;
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
	uint32_t	cp = peek(s, len, pos, &n);

	if ((cp != '.' && cp != CP_FW_POINT) ||
		shr_digit_value(peek(s, len, pos + n, &m)) < 0)
		return 0;
	for (pos += n; (d = shr_digit_value(peek(s, len, pos, &n))) >= 0; pos += n)
		acc_frac(a, d);
	return pos;
}

/* Scan an Arabic number (no sign); bytes consumed, 0 if none. */
static size_t
scan_arabic(const char *s, size_t len, DigitAcc *a, bool strict)
{
	size_t		pos = 0;
	size_t		n;
	size_t		end;
	int			group = 0;
	bool		grouped = false;

	memset(a, 0, sizeof(*a));
	if (shr_digit_value(peek(s, len, 0, &n)) < 0)
		return 0;
	for (;;)
	{
		int			d = shr_digit_value(peek(s, len, pos, &n));
		size_t		sep;

		if (d >= 0)
		{
			acc_int(a, d);
			group++;
			pos += n;
			continue;
		}
		sep = separator_at(s, len, pos);
		if (sep > 0 && (grouped ? group == 3 : group <= 3) &&
			group_follows(s, len, pos + sep))
		{
			grouped = true;
			group = 0;
			pos += sep;
			continue;
		}
		break;
	}
	end = scan_arabic_fraction(s, len, pos, a);
	acc_end(a, end > 0, strict);
	return end > 0 ? end : pos;
}

/* Token kinds of a Chinese numeral. */
typedef enum
{
	T_OTHER,
	T_DIGIT,					/* 〇 零 一 ... 九 */
	T_LIANG,					/* 两 */
	T_SMALL,					/* 十 百 千 */
	T_WAN,
	T_YI,
	T_DIAN
} ChTok;

/* Classify the character at pos for the Chinese numeral grammar. */
static ChTok
chinese_token(const char *s, size_t len, size_t pos, int *val, size_t *n)
{
	uint32_t	cp = peek(s, len, pos, n);
	int			d = shr_cn_digit(cp);

	*val = d;
	if (d >= 0)
		return T_DIGIT;
	switch (cp)
	{
		case SHR_CP_LIANG:
			*val = 2;
			return T_LIANG;
		case SHR_CP_SHI:
			*val = 10;
			return T_SMALL;
		case SHR_CP_BAI:
			*val = 100;
			return T_SMALL;
		case SHR_CP_QIAN:
			*val = 1000;
			return T_SMALL;
		case SHR_CP_WAN:
			return T_WAN;
		case SHR_CP_YI:
			return T_YI;
		case SHR_CP_DIAN:
			return T_DIAN;
		default:
			return T_OTHER;
	}
}

/*
 * A trailing 万, 亿 or 万亿 at pos (the magnitude of a decimal Chinese
 * numeral, 三点五万): its magnitude id and length, or SHR_MAG_NONE.
 */
static int
chinese_trailing_mag(const char *s, size_t len, size_t pos, size_t *n)
{
	size_t		a;
	size_t		b;
	uint32_t	c1 = peek(s, len, pos, &a);
	uint32_t	c2 = peek(s, len, pos + a, &b);

	if (c1 == SHR_CP_WAN && c2 == SHR_CP_YI)
	{
		*n = a + b;
		return shr_magnitude_for_exp(12);
	}
	*n = a;
	if (c1 == SHR_CP_YI)
		return shr_magnitude_for_exp(8);
	if (c1 == SHR_CP_WAN)
		return shr_magnitude_for_exp(4);
	*n = 0;
	return SHR_MAG_NONE;
}

/*
 * A run of two or more plain digits not followed by a place word or 点
 * (二〇二四, 一九九八) reads positionally; bytes consumed, 0 if s holds no
 * such run.
 */
static size_t
scan_cn_digit_run(const char *s, size_t len, DigitAcc *a)
{
	size_t		end = 0;
	size_t		pos;
	size_t		n;
	int			val;
	int			run = 0;
	ChTok		t;

	while ((t = chinese_token(s, len, end, &val, &n)) == T_DIGIT)
	{
		run++;
		end += n;
	}
	if (run < 2 || t == T_SMALL || t == T_WAN || t == T_YI || t == T_DIAN)
		return 0;
	for (pos = 0; pos < end; pos += n)
	{
		chinese_token(s, len, pos, &val, &n);
		acc_int(a, val);
	}
	acc_end(a, false, true);
	return end;
}

/*
 * A Chinese numeral read so far, place by place: a section of 千百十 below
 * 万, a group of one 万 and a section below 亿, one 亿 above them.
 */
typedef struct CnNumeral
{
	size_t		pos;			/* next byte to read */
	size_t		good;			/* end of the longest valid numeral so far */
	ChTok		prev;			/* previous token consumed */
	ChTok		last;			/* the token that ends the numeral at good */
	int			prev_unit;		/* value of the last place word */
	int			pending;		/* a digit waiting for its place word, or -1 */
	int			last_small;		/* the last of 十百千 in the section, or 10000 */
	bool		after_zero;		/* a 零 filled an empty place since the last word */
	uint64_t	section;		/* the part below 万 */
	uint64_t	wan;			/* the 万 part of the current group, scaled */
	uint64_t	total;			/* the part above 亿, already scaled */
	bool		group_has_wan;
	int			nwan;
	int			nyi;
	uint64_t	at_wan;			/* the multiplier of the last 万 */
	uint64_t	at_yi;			/* the multiplier of the 亿 */
	bool		wan_yi;			/* the 亿 came right after the only 万 */
} CnNumeral;

/* Consume a token of n bytes that may end the numeral. */
static void
cn_took(CnNumeral *c, ChTok t, size_t n)
{
	c->prev = c->last = t;
	c->pos += n;
	c->good = c->pos;
}

/* The digit waiting for a place word, 0 if none. */
static uint64_t
cn_pending(const CnNumeral *c)
{
	return c->pending > 0 ? (uint64_t) c->pending : 0;
}

/*
 * 两 counts as 2 at the start, or after 百, 千, 万 or 亿 right before a
 * further place word (一万两千); never after a digit.  next is the token
 * after it.
 */
static bool
cn_liang_is_digit(const CnNumeral *c, ChTok next)
{
	if (c->pos == 0)
		return true;
	return c->prev != T_DIGIT && c->prev_unit > 10 &&
		(next == T_SMALL || next == T_WAN || next == T_YI) && c->pending < 0;
}

/* A digit: it waits for its place word; 零 fills an empty place (一千零五). */
static bool
cn_digit(CnNumeral *c, int val, size_t n)
{
	if (c->pending >= 0)
		return false;
	if (val == 0 && c->pos > 0)
	{
		if (c->prev == T_DIGIT || c->after_zero)
			return false;
		c->after_zero = true;
		c->prev = T_DIGIT;
		c->pos += n;
		return true;
	}
	c->pending = val;
	cn_took(c, T_DIGIT, n);
	return true;
}

/* 十, 百 or 千 (val 10, 100, 1000): below the last one, after its digit. */
static bool
cn_small(CnNumeral *c, int val, size_t n)
{
	int			m;

	if (val >= c->last_small)
		return false;
	if (c->pending >= 0)
		m = c->pending;
	else if (val == 10 && c->section == 0 && c->prev != T_SMALL)
		m = 1;					/* 十二, 一万十 */
	else
		return false;
	c->section += (uint64_t) m * (uint64_t) val;
	c->last_small = val;
	c->pending = -1;
	c->after_zero = false;
	c->prev_unit = val;
	cn_took(c, T_SMALL, n);
	return true;
}

/* After 万 or 亿 (t, worth unit): a new section of 千百十 starts. */
static void
cn_new_section(CnNumeral *c, ChTok t, int unit, size_t n)
{
	c->section = 0;
	c->pending = -1;
	c->last_small = 10000;
	c->after_zero = false;
	c->prev_unit = unit;
	cn_took(c, t, n);
}

/* 万: once per group, scaling a section that is not empty. */
static bool
cn_wan(CnNumeral *c, size_t n)
{
	uint64_t	cur = c->section + cn_pending(c);

	if (c->group_has_wan || cur == 0)
		return false;
	c->at_wan = cur;
	c->wan = cur * 10000;
	c->group_has_wan = true;
	c->nwan++;
	cn_new_section(c, T_WAN, 10000, n);
	return true;
}

/* 亿: once, scaling the group before it, which must not be empty. */
static bool
cn_yi(CnNumeral *c, size_t n)
{
	uint64_t	grp = c->wan + c->section + cn_pending(c);

	if (c->nyi > 0 || grp == 0)
		return false;
	c->wan_yi = c->prev == T_WAN && c->nwan == 1;
	c->at_yi = grp;
	c->total = grp * UINT64_C(100000000);
	c->wan = 0;
	c->group_has_wan = false;
	c->nyi++;
	cn_new_section(c, T_YI, 100000000, n);
	return true;
}

/* Read digits and place words from the start of s while the grammar allows. */
static void
cn_read(CnNumeral *c, const char *s, size_t len)
{
	memset(c, 0, sizeof(*c));
	c->prev = c->last = T_OTHER;
	c->pending = -1;
	c->last_small = 10000;
	for (;;)
	{
		int			val;
		size_t		n;
		ChTok		t = chinese_token(s, len, c->pos, &val, &n);
		bool		ok;

		if (t == T_LIANG)
		{
			int			v2;
			size_t		n2;
			ChTok		next = chinese_token(s, len, c->pos + n, &v2, &n2);

			t = cn_liang_is_digit(c, next) ? T_DIGIT : T_OTHER;
		}
		if (t == T_DIGIT)
			ok = cn_digit(c, val, n);
		else if (t == T_SMALL)
			ok = cn_small(c, val, n);
		else if (t == T_WAN)
			ok = cn_wan(c, n);
		else if (t == T_YI)
			ok = cn_yi(c, n);
		else
			ok = false;
		if (!ok)
			break;
	}
}

/* 一万二, 三千五: a last digit after 百/千/万/亿 takes the next place down. */
static bool
cn_next_place_down(const CnNumeral *c)
{
	return c->pending > 0 && c->prev_unit > 10 && !c->after_zero &&
		c->last == T_DIGIT;
}

/*
 * The numeral's value; a 万, 亿 or 万亿 that ends it and scales the whole
 * becomes its magnitude word instead (三千五百万 is 3500 with 万).
 */
static uint64_t
cn_value(const CnNumeral *c, int *mag)
{
	if (cn_next_place_down(c))
		return c->total + c->wan + c->section +
			(uint64_t) c->pending * (uint64_t) (c->prev_unit / 10);
	if (c->last == T_YI && c->nyi == 1 && c->wan_yi)
	{
		*mag = shr_magnitude_for_exp(12);
		return c->at_wan;
	}
	if (c->last == T_YI && c->nyi == 1)
	{
		*mag = shr_magnitude_for_exp(8);
		return c->at_yi;
	}
	if (c->last == T_WAN && c->nwan == 1 && c->nyi == 0)
	{
		*mag = shr_magnitude_for_exp(4);
		return c->at_wan;
	}
	return c->total + c->wan + c->section + cn_pending(c);
}

/*
 * A decimal fraction after the integer part value, which ends at pos:
 * 三点五, 零点五, 三点五万 (then *mag is its magnitude word).  Bytes up to
 * its end, 0 if no 点 and digit follow.
 */
static size_t
scan_cn_fraction(const char *s, size_t len, size_t pos, uint64_t value,
				 DigitAcc *a, int *mag)
{
	int			val;
	size_t		n;
	size_t		m;

	if (chinese_token(s, len, pos, &val, &n) != T_DIAN ||
		chinese_token(s, len, pos + n, &val, &m) != T_DIGIT)
		return 0;
	a->coef = value;
	a->nd = value == 0 ? 0 : shr_u128_digits(value);
	for (pos += n; chinese_token(s, len, pos, &val, &n) == T_DIGIT; pos += n)
		acc_frac(a, val);
	*mag = chinese_trailing_mag(s, len, pos, &n);
	acc_end(a, true, true);
	return pos + n;
}

/* An integer into a, its trailing zeros as exponent, as for Arabic numbers. */
static void
acc_set_integer(DigitAcc *a, uint64_t value)
{
	a->coef = value;
	a->exp = 0;
	while (value != 0 && a->coef % 10 == 0)
	{
		a->coef /= 10;
		a->exp++;
	}
	a->nd = value == 0 ? 0 : shr_u128_digits(a->coef);
	acc_end(a, false, true);
}

/*
 * Scan a Chinese numeral.  The grammar is the usual one (sections of
 * 千百十 below 万, a 万 group below 亿, one 亿 at most), read leniently where
 * usage is settled: a leading 十 (十二), 两 before a unit (两万, 一万两千),
 * and a digit right after 百/千/万/亿 as the next place down (一万二 is
 * 12000, 三千五 is 3500).  A 万, 亿 or 万亿 that scales the whole numeral
 * becomes its magnitude word (三千五百万 is 3500 with 万), so the text
 * prints back in the form it was written.  A run of plain digits
 * (二〇二四) reads positionally.  Returns bytes consumed, 0 if none.
 */
static size_t
scan_chinese(const char *s, size_t len, DigitAcc *a, int *mag)
{
	CnNumeral	c;
	uint64_t	value;
	size_t		n;

	memset(a, 0, sizeof(*a));
	*mag = SHR_MAG_NONE;
	if ((n = scan_cn_digit_run(s, len, a)) > 0)
		return n;
	cn_read(&c, s, len);
	if (c.good == 0)
		return 0;
	value = cn_value(&c, mag);
	if (!cn_next_place_down(&c) && c.nwan == 0 && c.nyi == 0 &&
		(n = scan_cn_fraction(s, len, c.good, value, a, mag)) > 0)
		return n;
	acc_set_integer(a, value);
	return c.good;
}

/* A sign at the start of s: its length (0 if none) and whether it is minus. */
static size_t
sign_at(const char *s, size_t len, unsigned flags, bool *neg)
{
	size_t		n;
	uint32_t	cp = peek(s, len, 0, &n);

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
	m = scan_arabic(s + w, len - w, a, true);
	if (m == 0)
	{
		m = scan_chinese(s + w, len - w, a, &mag);
		if (m > 0 && mag != SHR_MAG_NONE)
		{
			/* 百分之五万 makes no sense, but keep the value exact */
			a->exp += shr_magnitude(mag)->exp;
			acc_end(a, false, true);
		}
	}
	if (m == 0)
	{
		/* 百分之百 */
		if (peek(s, len, w, &m) != (permille ? SHR_CP_QIAN : SHR_CP_BAI))
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

	n = scan_arabic(s, len, a, true);
	if (n > 0 || !(flags & SHR_NUM_CHINESE))
		return n;
	n = scan_chinese(s, len, a, &mag);
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
		acc_int(&a, s[pos] - '0');
	if (pos < len && s[pos] == '.')
	{
		point = true;
		for (pos++; pos < len && s[pos] >= '0' && s[pos] <= '9'; pos++, digits++)
			acc_frac(&a, s[pos] - '0');
	}
	if (digits == 0 || pos != len)
		return shr_fail(err, SHR_ESYNTAX,
						"Expected a plain decimal number such as -12.50.");
	acc_end(&a, point, false);
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
