/*
 * markers.c
 *		Heading markers: 一、 （一） 一是 第一， 1. （1） ① at the start of a
 *		line, and the numeral standing in for a marker not written.
 */
#include <string.h>

#include "reader/scan_int.h"

/* How a marker writes its number. */
enum
{
	NUMERAL_CN,					/* 一 .. 九十九: one to three Chinese digits */
	NUMERAL_AR,					/* 1 .. 99: one or two Arabic digits */
	NUMERAL_CIRCLED				/* ① .. ⑳: one circled number */
};

/* Rules some shapes add to their characters. */
#define MK_NOT_A_LIST	0x01	/* 一、二、三产业 lists numerals: no marker */
#define MK_TEXT_AFTER	0x02	/* the marker must not end the line */
#define MK_MAYBE_DECIMAL 0x04	/* 8.6个…: maybe a decimal (see scan_line) */
#define MK_CLOSER_WORD	0x08	/* the closer is a word, not a set of
								 * characters, and a colon or space may
								 * follow it */

/*
 * The shape of a heading marker: an opener, a number, a closer; the label
 * that stands for it in section paths is label_head, the number as
 * written, label_tail (so （一） and (一) are both "（一）").
 */
typedef struct MarkerShape
{
	const char *opener;			/* one of these characters first, or "" */
	uint8_t		numeral;		/* NUMERAL_* */
	const char *closer;			/* then one of these characters (or this
								 * word), or "" */
	uint8_t		kind;			/* SHR_NODE_PART, _SECTION or _ITEM */
	uint8_t		style;			/* STYLE_* of an item */
	uint8_t		rules;			/* MK_* */
	const char *label_head;
	const char *label_tail;
} MarkerShape;

/*
 * The markers of work reports, a row a shape; the first row that matches
 * the start of a line gives its marker.  Rows whose opener and number
 * start alike are tried from the most specific on.
 */
static const MarkerShape marker_shapes[] = {
	/* 一、 一． 一. a part */
	{"", NUMERAL_CN, "、．.", SHR_NODE_PART, STYLE_NONE, MK_NOT_A_LIST, "", ""},
	/* 第一部分 第一部分： a part */
	{"第", NUMERAL_CN, "部分", SHR_NODE_PART, STYLE_NONE, MK_CLOSER_WORD, "", ""},
	/* 一是 an item */
	{"", NUMERAL_CN, "是", SHR_NODE_ITEM, STYLE_SHI, 0, "", "是"},
	/* 第一， 第一、 第一： an item */
	{"第", NUMERAL_CN, "，,、：", SHR_NODE_ITEM, STYLE_DI, 0, "第", ""},
	/* （一） (一) a section */
	{"（(", NUMERAL_CN, "）)", SHR_NODE_SECTION, STYLE_NONE, 0, "（", "）"},
	/* （1） (1) an item */
	{"（(", NUMERAL_AR, "）)", SHR_NODE_ITEM, STYLE_PNUM, 0, "（", "）"},
	/* 1. 1． 1、 an item, unless it is the decimal 1.5万 */
	{"", NUMERAL_AR, ".．、", SHR_NODE_ITEM, STYLE_NUM,
	MK_TEXT_AFTER | MK_MAYBE_DECIMAL, "", "."},
	/* ① an item */
	{"", NUMERAL_CIRCLED, "", SHR_NODE_ITEM, STYLE_CIRCLE, MK_TEXT_AFTER, "", ""},
};

/* Bytes of a run of Chinese numeral digits at b (at most three). */
static uint32_t
cn_run(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	i = b,
				n;
	int			k = 0;

	while (k < 3 && cn_digit(cp_at(sc, i, e, &n)) >= 0)
	{
		i += n;
		k++;
	}
	return i - b;
}

/* Bytes of a run of one or two Arabic digits at b, not followed by a third. */
static uint32_t
ar_run(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	i = b,
				n;
	int			k = 0;

	while (shr_digit_value(cp_at(sc, i, e, &n)) >= 0)
	{
		if (++k > 2)
			return 0;
		i += n;
	}
	return i - b;
}

/* Is cp one of ① .. ⑳, which Unicode numbers in a row? */
static bool
circled_number(uint32_t cp)
{
	return cp >= 0x2460 && cp <= 0x2473;
}

/* Can a number written as numeral says start with cp? */
static bool
numeral_starts(int numeral, uint32_t cp)
{
	switch (numeral)
	{
		case NUMERAL_CN:
			return cn_digit(cp) >= 0;
		case NUMERAL_AR:
			return shr_digit_value(cp) >= 0;
		default:
			return circled_number(cp);
	}
}

/* Bytes of the number of a marker written as numeral says at b; 0: none. */
static uint32_t
numeral_run(const Scanner *sc, int numeral, uint32_t b, uint32_t e)
{
	uint32_t	n;

	switch (numeral)
	{
		case NUMERAL_CN:
			return cn_run(sc, b, e);
		case NUMERAL_AR:
			return ar_run(sc, b, e);
		default:
			return circled_number(cp_at(sc, b, e, &n)) ? n : 0;
	}
}

/* The value of the Arabic digits text[b..b+len). */
static int
arabic_value(const Scanner *sc, uint32_t b, uint32_t len)
{
	int			v = 0;
	uint32_t	n;

	for (uint32_t i = b; i < b + len; i += n)
		v = v * 10 + shr_digit_value(cp_at(sc, i, b + len, &n));
	return v;
}

/* The value of the Chinese numeral text[b..b+len): 一 1, 十一 11, 二十 20. */
static int
chinese_value(const Scanner *sc, uint32_t b, uint32_t len)
{
	int			v = 0,
				d;
	uint32_t	n;

	for (uint32_t i = b; i < b + len; i += n)
	{
		d = cn_digit(cp_at(sc, i, b + len, &n));
		v = d == 10 ? (v == 0 ? 1 : v) * 10 : v + d;
	}
	return v;
}

/* The value of the number text[b..b+len) of a marker written as numeral says. */
static int
numeral_value(const Scanner *sc, int numeral, uint32_t b, uint32_t len)
{
	uint32_t	n;

	switch (numeral)
	{
		case NUMERAL_CN:
			return chinese_value(sc, b, len);
		case NUMERAL_AR:
			return arabic_value(sc, b, len);
		default:
			/* ① .. ⑳ are U+2460 .. U+2473 (circled_number) */
			return (int) (cp_at(sc, b, b + len, &n) - 0x2460) + 1;
	}
}

/* Does a list of numerals (二、三产业) go on at b, after "一、"? */
static bool
lists_numerals(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	k = cn_run(sc, b, e),
				n;

	return k > 0 && cp_at(sc, b + k, e, &n) == SHR_CP_DUN;
}

/* Set the marker's label to head, text[b..b+n), tail. */
static void
set_label(const Scanner *sc, Marker *m, const char *head, uint32_t b, uint32_t n,
		  const char *tail)
{
	size_t		lh = strlen(head),
				lt = strlen(tail);

	if (lh + n + lt >= sizeof(m->label))
		n = 0;
	memcpy(m->label, head, lh);
	memcpy(m->label + lh, sc->text + b, n);
	memcpy(m->label + lh + n, tail, lt);
	m->label[lh + n + lt] = '\0';
}

/*
 * Bytes of the closer of shape s at i, 0 when it is not there; *cp gets
 * the closer's character.  A closer word may have a colon after it.
 */
static uint32_t
match_closer(const Scanner *sc, const MarkerShape *s, uint32_t i, uint32_t e,
			 uint32_t *cp)
{
	uint32_t	n,
				len = (uint32_t) strlen(s->closer);

	if ((s->rules & MK_CLOSER_WORD) == 0)
		return cp_in(*cp = cp_at(sc, i, e, &n), s->closer) ? n : 0;
	if (e - i < len || memcmp(sc->text + i, s->closer, len) != 0)
		return 0;
	if (cp_in(*cp = cp_at(sc, i + len, e, &n), "：:"))
		len += n;
	return len;
}

/* Does text[b..e) start with a marker of shape s?  Then *m is that marker. */
static bool
match_shape(const Scanner *sc, const MarkerShape *s, uint32_t b, uint32_t e,
			Marker *m)
{
	uint32_t	i = b,
				n,
				num_b,
				num_len,
				closer = 0;

	if (*s->opener != '\0')
	{
		if (!cp_in(cp_at(sc, i, e, &n), s->opener))
			return false;
		i += n;
	}
	num_b = i;
	if ((num_len = numeral_run(sc, s->numeral, i, e)) == 0)
		return false;
	i += num_len;
	if (*s->closer != '\0')
	{
		if ((n = match_closer(sc, s, i, e, &closer)) == 0)
			return false;
		i += n;
	}
	if (((s->rules & MK_TEXT_AFTER) && i >= e) ||
		((s->rules & MK_NOT_A_LIST) && lists_numerals(sc, i, e)))
		return false;

	m->kind = s->kind;
	m->style = s->style;
	m->len = i - b;
	m->num = numeral_value(sc, s->numeral, num_b, num_len);
	m->ambiguous = (s->rules & MK_MAYBE_DECIMAL) && cp_in(closer, ".．") &&
		shr_digit_value(cp_at(sc, i, e, &n)) >= 0;
	set_label(sc, m, s->label_head, num_b, num_len, s->label_tail);
	return true;
}

/*
 * The heading marker at the start of text[b..e), if any: 一、 (part), （一）
 * (一) (section), 一是 第一， 1. （1） ① (item).  Most lines start with
 * a character no shape starts with, and are told so by that character.
 */
Marker
sc_find_marker(const Scanner *sc, uint32_t b, uint32_t e)
{
	Marker		m;
	uint32_t	n,
				first = cp_at(sc, b, e, &n);

	memset(&m, 0, sizeof(m));
	for (size_t i = 0; i < lengthof(marker_shapes); i++)
	{
		const MarkerShape *s = &marker_shapes[i];

		if (*s->opener != '\0' ? cp_in(first, s->opener) :
			numeral_starts(s->numeral, first))
		{
			if (match_shape(sc, s, b, e, &m))
				break;
		}
	}
	return m;
}

/* Write n (1..99) as a Chinese numeral into buf (>= 10 bytes). */
void
sc_cn_numeral(int n, char *buf)
{
	static const char *const d[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

	buf[0] = '\0';
	if (n <= 0 || n > 99)
	{
		/* Beyond what reports number: fall back to Arabic digits. */
		int			k = 0;
		char		tmp[12];

		if (n <= 0)
			n = 0;
		do
		{
			tmp[k++] = (char) ('0' + n % 10);
			n /= 10;
		} while (n > 0);
		for (int i = 0; i < k; i++)
			buf[i] = tmp[k - 1 - i];
		buf[k] = '\0';
		return;
	}
	if (n >= 20)
		strcat(buf, d[n / 10]);
	if (n >= 10)
		strcat(buf, "十");
	strcat(buf, d[n % 10]);
}
