/*
 * cnnumber.c
 *		The grammar of Chinese numerals: sections of 千百十 below 万, a 万
 *		group below 亿, one 亿 above them, a decimal fraction after 点, and
 *		runs of plain digits read positionally (二〇二四).  The same grammar
 *		reads financial capitals (壹仟贰佰), traditional forms (三萬五千) and
 *		Arabic digits between place words (3万4000, 1千零20).
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
	T_DIGIT,					/* 〇 零 一 ... 九, 壹 ... 玖, or one Arabic digit */
	T_LIANG,					/* 两 兩 */
	T_SMALL,					/* 十 百 千, 拾 佰 仟 */
	T_WAN,						/* 万 萬 */
	T_YI,						/* 亿 億 */
	T_DIAN,						/* 点 點 */
	T_ARABIC					/* two or more Arabic digits: 3万4000 */
} ChTok;

/*
 * Which numerals a character may stand in: plain ones (三千), capitals
 * (叁仟), or both (零, 万, 亿, 点).  A numeral is written in one case, so
 * that 一万陆续 is 一万 and then a word, not 16000.
 */
typedef enum
{
	K_ANY,
	K_PLAIN,
	K_CAPITAL
} CnCase;

/* The place words and marks of a numeral besides its digits, one row each. */
static const struct
{
	uint32_t	cp;
	ChTok		kind;
	int			val;
	CnCase		kase;
}			cn_words[] = {
	{SHR_CP_LIANG, T_LIANG, 2, K_PLAIN},	/* 两万 */
	{SHR_CP_LIANG_T, T_LIANG, 2, K_PLAIN},	/* 兩萬 */
	{SHR_CP_SHI, T_SMALL, 10, K_PLAIN}, /* 十二 */
	{SHR_CP_BAI, T_SMALL, 100, K_PLAIN},	/* 三百 */
	{SHR_CP_QIAN, T_SMALL, 1000, K_PLAIN},	/* 三千 */
	{SHR_CP_SHI_CAP, T_SMALL, 10, K_CAPITAL},	/* 叁拾伍 */
	{SHR_CP_BAI_CAP, T_SMALL, 100, K_CAPITAL},	/* 贰佰 */
	{SHR_CP_QIAN_CAP, T_SMALL, 1000, K_CAPITAL},	/* 壹仟 */
	{SHR_CP_WAN, T_WAN, 10000, K_ANY},	/* 三万 */
	{SHR_CP_WAN_T, T_WAN, 10000, K_ANY},	/* 三萬 */
	{SHR_CP_YI, T_YI, 100000000, K_ANY},	/* 三亿 */
	{SHR_CP_YI_T, T_YI, 100000000, K_ANY},	/* 三億 */
	{SHR_CP_DIAN, T_DIAN, 0, K_ANY},	/* 三点五 */
	{SHR_CP_DIAN_T, T_DIAN, 0, K_ANY},	/* 三點五 */
};

/* An Arabic run longer than this fills no section (3万40000 is no numeral). */
#define ARABIC_SECTION_DIGITS 4

/* The text a numeral is read from, and how. */
typedef struct CnInput
{
	const char *s;
	size_t		len;
	bool		spaces;			/* white space may stand between characters */
	bool		arabic;			/* digits are Arabic: 3万4000, 25万6千 */
	bool		whole;			/* no lone last digit after a place (40万3) */
} CnInput;

/* One token: its kind, value and case, and its bytes. */
typedef struct CnTok
{
	ChTok		kind;
	int			val;			/* digit, place value, or an Arabic run's value */
	int			ndigits;		/* digits of an Arabic run */
	CnCase		kase;
	size_t		n;				/* bytes, with the white space before it */
} CnTok;

/* Classify a run of Arabic digits at pos: one digit, or a run of several. */
static void
arabic_token(const CnInput *in, size_t pos, CnTok *t)
{
	size_t		n;
	int			d;

	t->kind = T_OTHER;
	while ((d = shr_digit_value(shr_cp_at(in->s, in->len, pos + t->n, &n))) >= 0)
	{
		if (++t->ndigits > ARABIC_SECTION_DIGITS)
		{
			t->kind = T_OTHER;
			return;
		}
		t->val = t->val * 10 + d;
		t->n += n;
		t->kind = t->ndigits == 1 ? T_DIGIT : T_ARABIC;
	}
}

/* Classify the code point cp of n bytes for the numeral grammar. */
static void
char_token(const CnInput *in, uint32_t cp, size_t n, CnTok *t)
{
	int			d = shr_cn_digit(cp);
	size_t		i;

	t->n = n;
	t->kase = K_ANY;
	if (d >= 0)
	{
		t->kind = (d == 0 || !in->arabic) ? T_DIGIT : T_OTHER;
		t->val = d;
		t->kase = d == 0 ? K_ANY : K_PLAIN;
		return;
	}
	if ((d = shr_cn_capital_digit(cp)) >= 0)
	{
		t->kind = in->arabic ? T_OTHER : T_DIGIT;
		t->val = d;
		t->kase = K_CAPITAL;
		return;
	}
	for (i = 0; i < sizeof(cn_words) / sizeof(cn_words[0]); i++)
		if (cn_words[i].cp == cp)
		{
			t->kind = cn_words[i].kind;
			t->val = cn_words[i].val;
			t->kase = cn_words[i].kase;
			if (in->arabic && t->kind == T_LIANG)
				t->kind = T_OTHER;
			return;
		}
	t->kind = T_OTHER;
}

/*
 * The token at pos.  Where the input allows it, white space before a token
 * inside the numeral (pos > 0) belongs to that token (一百 五 十 二).
 */
static ChTok
cn_token(const CnInput *in, size_t pos, CnTok *t)
{
	size_t		sp = 0;
	size_t		n;
	uint32_t	cp;

	memset(t, 0, sizeof(*t));
	if (in->spaces && pos > 0)
		while (shr_is_space(cp = shr_cp_at(in->s, in->len, pos + sp, &n)))
			sp += n;
	if (in->arabic && shr_digit_value(shr_cp_at(in->s, in->len, pos + sp, &n)) >= 0)
		arabic_token(in, pos + sp, t);
	else
	{
		cp = shr_cp_at(in->s, in->len, pos + sp, &n);
		char_token(in, cp, n, t);
	}
	t->n += sp;
	return t->kind;
}

/*
 * A trailing 万, 亿 or 万亿 at pos (the magnitude of a decimal Chinese
 * numeral, 三点五万): its magnitude id and length, or SHR_MAG_NONE.
 */
static int
cn_trailing_mag(const CnInput *in, size_t pos, size_t *n)
{
	CnTok		t1;
	CnTok		t2;

	*n = 0;
	if (cn_token(in, pos, &t1) == T_WAN &&
		cn_token(in, pos + t1.n, &t2) == T_YI)
	{
		*n = t1.n + t2.n;
		return shr_magnitude_for_exp(12);
	}
	if (t1.kind != T_WAN && t1.kind != T_YI)
		return SHR_MAG_NONE;
	*n = t1.n;
	return shr_magnitude_for_exp(t1.kind == T_YI ? 8 : 4);
}

/* End of the run of digits and place words from pos, for quoting it. */
static size_t
numeral_extent(const CnInput *in, size_t pos)
{
	CnTok		t;

	while (cn_token(in, pos, &t) != T_OTHER && t.kind != T_DIAN)
		pos += t.n;
	return pos;
}

/*
 * Fail on Chinese digits side by side where no numeral has them: 三五千 and
 * 两千五六百 are rough ranges (three to five thousand), 十四五 a label (the
 * 14th Five-Year Plan).  Reading their first digits as the number would
 * misstate it.  Returns the bytes of the whole run, which err quotes.
 */
static size_t
side_by_side(const CnInput *in, ShrError *err)
{
	size_t		end = numeral_extent(in, 0);
	size_t		q = end;
	CnTok		t;

	/* quote at most some 20 characters, cut between two of them */
	if (q > 60)
		for (q = 0; cn_token(in, q, &t) != T_OTHER && q + t.n <= 60;)
			q += t.n;
	shr_fail(err, SHR_ESYNTAX,
			 "Chinese digits stand side by side in \"%.*s%s\": a rough range "
			 "such as 三五千 or a label such as 十四五 is not a number.",
			 (int) q, in->s, q < end ? "..." : "");
	return end;
}

/* Does a token of case t agree with the numeral's, *kase?  The first one sets it. */
static bool
case_agrees(CnCase *kase, CnCase t)
{
	if (t == K_ANY || *kase == t)
		return true;
	if (*kase != K_ANY)
		return false;
	*kase = t;
	return true;
}

/*
 * A run of two or more plain digits (二〇二四, 一九九八) reads positionally,
 * with a fraction after 点 (二〇二四点五); before a place word it is a
 * rough range (三五千), an error.  Bytes consumed, 0 if s holds no such run.
 */
static size_t
scan_cn_digit_run(const CnInput *in, DigitAcc *a, ShrError *err)
{
	size_t		end = 0;
	size_t		pos;
	int			run = 0;
	CnCase		kase = K_ANY;
	CnTok		t;
	CnTok		u;

	while (cn_token(in, end, &t) == T_DIGIT && case_agrees(&kase, t.kase))
	{
		run++;
		end += t.n;
	}
	if (run < 2)
		return 0;
	if (t.kind == T_SMALL || t.kind == T_WAN || t.kind == T_YI)
		return side_by_side(in, err);
	for (pos = 0; pos < end; pos += t.n)
	{
		cn_token(in, pos, &t);
		shr_acc_int(a, t.val);
	}
	if (cn_token(in, end, &t) == T_DIAN &&
		cn_token(in, end + t.n, &u) == T_DIGIT && case_agrees(&kase, u.kase))
	{
		for (pos = end + t.n; cn_token(in, pos, &u) == T_DIGIT &&
			 case_agrees(&kase, u.kase); pos += u.n)
			shr_acc_frac(a, u.val);
		shr_acc_end(a, true, true);
		return pos;
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
	CnCase		kase;			/* plain or capitals, once a character says */
	int			prev_unit;		/* value of the last place word */
	int			pending;		/* a digit waiting for its place word, or -1 */
	int			last_small;		/* the last of 十百千 in the section, or 10000 */
	bool		after_zero;		/* a 零 filled an empty place since the last word */
	bool		mixed;			/* a digit follows a place word (3万4000) */
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
	c->mixed |= c->prev_unit > 0;
	c->pending = val;
	cn_took(c, T_DIGIT, n);
	return true;
}

/* The power of ten of a place value (1000 -> 3), at most that of 万. */
static int
places_below(int unit)
{
	int			k = 0;

	for (; unit >= 10 && k < ARABIC_SECTION_DIGITS; unit /= 10)
		k++;
	return k;
}

/*
 * Several Arabic digits: the whole of a section.  At the start before 万
 * or 亿 (25万); right after a place word they fill every place below it
 * (3万4000, 1千200, but not the unclear 3万400); after a 零 they stand
 * below the empty place (1千零20).
 */
static bool
cn_arabic(CnNumeral *c, const CnTok *t)
{
	int			k = places_below(c->prev_unit);

	if (c->pending >= 0)
		return false;
	if (c->pos > 0 && !(c->after_zero ? t->ndigits < k : t->ndigits == k))
		return false;
	c->mixed |= c->pos > 0;
	c->section += (uint64_t) t->val;
	c->last_small = 1;			/* no 十百千 may follow it */
	c->after_zero = false;
	cn_took(c, T_ARABIC, t->n);
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
	else if (val == 10 && c->after_zero && c->last_small >= 1000)
		m = 1;					/* 一千零十二 */
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

/*
 * 百万, 千亿: a 百 or 千 that opens the numeral right before 万 or 亿 is one
 * hundred or one thousand of them, as reports write a round amount
 * (新增百万亩).  Alone (百人, 千年) it is no numeral: its 一 is not left out.
 */
static bool
cn_leads_magnitude(const CnNumeral *c, const CnInput *in, const CnTok *t)
{
	CnTok		next;

	if (c->pos != 0 || t->val < 100 || in->arabic)
		return false;
	cn_token(in, t->n, &next);
	return next.kind == T_WAN || next.kind == T_YI;
}

/* Take one token if the grammar allows it there; false ends the numeral. */
static bool
cn_step(CnNumeral *c, const CnInput *in, CnTok *t)
{
	if (t->kind == T_LIANG)
	{
		CnTok		next;

		cn_token(in, c->pos + t->n, &next);
		t->kind = cn_liang_is_digit(c, next.kind) ? T_DIGIT : T_OTHER;
	}
	if (t->kind == T_OTHER || t->kind == T_DIAN || !case_agrees(&c->kase, t->kase))
		return false;
	if (t->kind == T_SMALL && cn_leads_magnitude(c, in, t))
		c->pending = 1;
	switch (t->kind)
	{
		case T_DIGIT:
			return cn_digit(c, t->val, t->n);
		case T_ARABIC:
			return cn_arabic(c, t);
		case T_SMALL:
			return cn_small(c, t->val, t->n);
		case T_WAN:
			return cn_wan(c, t->n);
		default:
			return cn_yi(c, t->n);
	}
}

/* Read digits and place words from the start while the grammar allows. */
static void
cn_read(CnNumeral *c, const CnInput *in)
{
	CnTok		t;

	memset(c, 0, sizeof(*c));
	c->prev = c->last = T_OTHER;
	c->kase = in->arabic ? K_PLAIN : K_ANY;
	c->pending = -1;
	c->last_small = 10000;
	do
		cn_token(in, c->pos, &t);
	while (cn_step(c, in, &t));
}

/*
 * Does a digit follow the numeral's last digit (十四五, 两千五六百, and
 * 一两万 where 两 is no unit)?  Then no numeral stands there.
 */
static bool
cn_digit_follows(const CnNumeral *c, const CnInput *in)
{
	CnTok		t;
	CnTok		next;

	if (c->last != T_DIGIT || c->pending < 0 ||
		cn_token(in, c->good, &t) == T_OTHER)
		return false;
	if (t.kind == T_DIGIT)
		return t.kase == K_ANY || t.kase == c->kase;
	cn_token(in, c->good + t.n, &next);
	return t.kind == T_LIANG &&
		(next.kind == T_SMALL || next.kind == T_WAN || next.kind == T_YI);
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
 * 三点五, 零点五, 三点五万 (then *mag is its magnitude word), 一万零五点五.  Its digits
 * are in the integer part's case.  Bytes up to its end, 0 if no 点 and
 * digit follow.
 */
static size_t
scan_cn_fraction(const CnInput *in, const CnNumeral *c, uint64_t value,
				 DigitAcc *a, int *mag)
{
	CnCase		kase = c->kase;
	CnTok		t;
	size_t		pos = c->good;
	size_t		n;

	if (cn_token(in, pos, &t) != T_DIAN)
		return 0;
	pos += t.n;
	if (cn_token(in, pos, &t) != T_DIGIT || !case_agrees(&kase, t.kase))
		return 0;
	a->coef = value;
	a->nd = value == 0 ? 0 : shr_u128_digits(value);
	for (; cn_token(in, pos, &t) == T_DIGIT && case_agrees(&kase, t.kase); pos += t.n)
		shr_acc_frac(a, t.val);
	/* 三点五万 takes a magnitude word; 一万零五点五万 does not */
	n = 0;
	if (c->nwan == 0 && c->nyi == 0)
		*mag = cn_trailing_mag(in, pos, &n);
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
 * (二〇二四) reads positionally.  Capitals, traditional characters and
 * Arabic digits go through the same grammar (cn_token).  Returns bytes
 * consumed, 0 if none.
 */
size_t
shr_cn_scan(const char *s, size_t len, unsigned flags, bool arabic,
			DigitAcc *a, int *mag, ShrError *err)
{
	bool		whole = (flags & SHR_NUM_MIXED) != 0;
	CnInput		in = {s, len, (flags & SHR_NUM_SPACES) != 0, arabic, whole};
	CnInput		tight = {s, len, false, arabic, whole};
	CnNumeral	c;
	uint64_t	value;
	size_t		n;

	memset(a, 0, sizeof(*a));
	*mag = SHR_MAG_NONE;
	if (!arabic && (n = scan_cn_digit_run(&tight, a, err)) > 0)
		return n;
	cn_read(&c, &in);
	if (c.good == 0 || (arabic && !c.mixed) ||
		(arabic && in.whole && cn_next_place_down(&c)))
		return 0;
	if (!arabic && cn_digit_follows(&c, &in))
		return side_by_side(&in, err);
	value = cn_value(&c, mag);
	/* 一万二千三百四十五点六七, but 三万点五 and 三千五点五 are unclear */
	if (!arabic && !cn_next_place_down(&c) && *mag == SHR_MAG_NONE &&
		(n = scan_cn_fraction(&in, &c, value, a, mag)) > 0)
		return n;
	shr_acc_set_integer(a, value);
	return c.good;
}
