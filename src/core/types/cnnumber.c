/*
 * cnnumber.c
 *		The grammar of Chinese numerals: sections of 千百十 below 万, a 万
 *		group below 亿, one 亿 above them, a decimal fraction after 点, and
 *		runs of plain digits read positionally (二〇二四).
 */
#include <string.h>

#include "types/cnnumber.h"
#include "types/exact.h"
#include "text/chars.h"
#include "vocab/units.h"

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
	uint32_t	cp = shr_cp_at(s, len, pos, n);
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
	uint32_t	c1 = shr_cp_at(s, len, pos, &a);
	uint32_t	c2 = shr_cp_at(s, len, pos + a, &b);

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
		shr_acc_int(a, val);
	}
	shr_acc_end(a, false, true);
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
		shr_acc_frac(a, val);
	*mag = chinese_trailing_mag(s, len, pos, &n);
	shr_acc_end(a, true, true);
	return pos + n;
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
size_t
shr_cn_scan(const char *s, size_t len, DigitAcc *a, int *mag)
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
	shr_acc_set_integer(a, value);
	return c.good;
}
