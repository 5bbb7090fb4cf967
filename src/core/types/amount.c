/*
 * amount.c
 *		Reading amounts from text: the amount scanner (a number, 多/余/几, a
 *		magnitude word, a unit, or a range of two) that the type inputs and
 *		the report reader share, and the quantity type's input parser with the
 *		details that quote what it could not read.
 *
 * It builds quantities through quantity.c and never the other way round,
 * so the type's semantics stay free of text.
 */
#include <string.h>

#include "types/amount.h"
#include "text/chars.h"
#include "vocab/qualifiers.h"
#include "vocab/words.h"

#define CP_FW_COMMA 0xFF0C		/* ， */

static const char expect_amount[] =
"Expected a number, a magnitude word such as 万 or 亿, and a unit.";

/* Find the input without surrounding (ASCII or full-width) white space. */
static void
shr_trim(const char *s, size_t len, size_t *start, size_t *end)
{
	size_t		pos = shr_skip_spaces(s, len);
	size_t		last = pos;

	*start = pos;
	while (pos < len)
	{
		size_t		sp = shr_skip_spaces(s + pos, len - pos);
		uint32_t	cp;

		if (sp > 0)
		{
			pos += sp;
			continue;
		}
		pos += shr_utf8_decode(s + pos, len - pos, &cp);
		last = pos;
	}
	*end = last;
}

/*
 * The text of a type's input: valid UTF-8, without surrounding white space
 * and not empty; otherwise a syntax error whose detail is expect.
 */
ShrStatus
shr_input_text(const char *s, size_t len, const char *expect,
			   const char **t, size_t *tl, ShrError *err)
{
	size_t		start;
	size_t		end;
	size_t		bad;

	if (s == NULL)
		return shr_fail(err, SHR_ESYNTAX, "%s", expect);
	if (!shr_utf8_check(s, len, &bad))
		return shr_fail(err, SHR_ESYNTAX,
						"The input is not valid UTF-8 (bad byte at offset %lu).",
						(unsigned long) bad);
	shr_trim(s, len, &start, &end);
	if (end == start)
		return shr_fail(err, SHR_ESYNTAX, "%s", expect);
	*t = s + start;
	*tl = end - start;
	return SHR_OK;
}

/* Quote part of the input in a detail without overflowing it. */
const char *
shr_quote(const char *s, size_t len, char *buf)
{
	size_t		max = SHR_QUOTE_LEN - 4;
	size_t		n = len;

	if (n > max)
	{
		n = max;
		while (n > 0 && ((unsigned char) s[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(buf, s, n);
	if (n < len)
	{
		memcpy(buf + n, "...", 3);
		n += 3;
	}
	buf[n] = '\0';
	return buf;
}

/*
 * The words that make an amount vague upwards, one row each: 9500多家,
 * 500余万, 二十几万 (幾 in traditional texts).  The amount is then more
 * than the number written (a target's bound gt), never an exact quantity.
 */
static const ShrWord more_words[] = {
	{SHR_WORD("多")}, {SHR_WORD("余")}, {SHR_WORD("几")}, {SHR_WORD("幾")}
};

/* A word of more_words at pos: its length, else 0. */
static size_t
more_at(const char *s, size_t len, size_t pos)
{
	size_t		i;

	for (i = 0; i < sizeof(more_words) / sizeof(more_words[0]); i++)
	{
		size_t		n = more_words[i].len;

		if (pos + n <= len && memcmp(s + pos, more_words[i].word, n) == 0)
			return n;
	}
	return 0;
}

/* One amount as scanned, before it becomes a quantity. */
typedef struct Part
{
	ShrNumber	num;
	int			mag;
	int			unit;
	bool		more;
	bool		top;			/* 前10位: a rank ceiling */
	size_t		end;
	size_t		unit_start;
} Part;

/* White space at pos when the caller allows it between the parts of an amount. */
static size_t
spaces(const char *s, size_t len, size_t pos, unsigned flags)
{
	return (flags & SHR_SCAN_SPACES) ? shr_skip_spaces(s + pos, len - pos) : 0;
}

/*
 * Traditional characters of magnitude words and the simplified ones the
 * catalogue writes, one row each: 3萬元 is 3万元.  Each pair is as long in
 * UTF-8, so that lengths measured on the simplified text hold for s.
 */
static const struct
{
	const char *traditional;
	const char *simplified;
}			traditional_magnitude[] = {
	{"萬", "万"}, {"億", "亿"}
};

/* More bytes than the longest magnitude word has. */
#define MAGNITUDE_PREFIX 16

/*
 * Copy the start of s into buf (MAGNITUDE_PREFIX bytes) in simplified
 * characters; returns its length.  UTF-8 never matches a character inside
 * another, so comparing at every byte is safe.
 */
static size_t
simplified_prefix(const char *s, size_t len, char *buf)
{
	size_t		n = len < MAGNITUDE_PREFIX ? len : MAGNITUDE_PREFIX;
	size_t		i;
	size_t		k;

	memcpy(buf, s, n);
	for (i = 0; i < n; i++)
		for (k = 0; k < sizeof(traditional_magnitude) / sizeof(traditional_magnitude[0]); k++)
		{
			size_t		w = strlen(traditional_magnitude[k].traditional);

			if (i + w <= n && memcmp(buf + i, traditional_magnitude[k].traditional, w) == 0)
				memcpy(buf + i, traditional_magnitude[k].simplified, w);
		}
	return n;
}

/*
 * The magnitude words that start s, longest first (十万 before 十), so that
 * the longest one followed by a unit can win.  Traditional characters read
 * as simplified ones (萬 as 万).
 */
static int
magnitudes_at(const char *text, size_t textlen, int *ids, size_t *lens)
{
	char		s[MAGNITUDE_PREFIX];
	size_t		len = simplified_prefix(text, textlen, s);
	int			n = 0;
	int			i;
	int			j;
	size_t		first;

	/* the indexed lookup answers the usual case: no magnitude word at all */
	if (shr_magnitude_match(s, len, &first) < 0)
		return 0;
	for (i = 1; i < shr_magnitude_count(); i++)
	{
		const char *w = shr_magnitude(i)->word;
		size_t		wl;

		/* s is not empty here; its first byte rules out most words unmeasured */
		if (w[0] != s[0])
			continue;
		wl = strlen(w);
		if (wl <= len && memcmp(s, w, wl) == 0)
		{
			for (j = n; j > 0 && lens[j - 1] < wl; j--)
			{
				ids[j] = ids[j - 1];
				lens[j] = lens[j - 1];
			}
			ids[j] = i;
			lens[j] = wl;
			n++;
		}
	}
	return n;
}

/* The number scanner's flags for the amount scanner's. */
static unsigned
number_flags(unsigned flags)
{
	unsigned	numflags = 0;

	if (flags & SHR_SCAN_CHINESE)
		numflags |= SHR_NUM_CHINESE;
	if (flags & SHR_SCAN_SIGN)
		numflags |= SHR_NUM_SIGN;
	if (flags & SHR_SCAN_SPACES)
		numflags |= SHR_NUM_SPACES;
	if (flags & SHR_SCAN_MIXED)
		numflags |= SHR_NUM_MIXED;
	return numflags;
}

/*
 * The longest unit that starts s, and with SHR_SCAN_PLACE a place unit
 * (16市), which the reader's scans leave to the place counts it decides.
 */
static int
unit_at(const char *s, size_t len, unsigned flags, size_t *ul)
{
	int			u = shr_unit_match(s, len, ul);
	size_t		pl;
	int			p;

	if (!(flags & SHR_SCAN_PLACE))
		return u;
	p = shr_unit_place_match(s, len, &pl);
	if (p >= 0 && (u < 0 || pl > *ul))
	{
		*ul = pl;
		return p;
	}
	return u;
}

/*
 * Take the magnitude word id, which ends at p1, into the part, with a word
 * of more_words after it (unless the part has one) and the unit that follows; when
 * need_unit, only if a unit follows.  Whether the word was taken.
 */
static bool
take_magnitude(const char *s, size_t len, size_t p1, unsigned flags, int id,
			   bool need_unit, Part *p)
{
	size_t		m2 = p->more ? 0 : more_at(s, len, p1);
	size_t		p2 = p1 + m2;
	size_t		p3 = p2 + spaces(s, len, p2, flags);
	size_t		ul;
	int			u = unit_at(s + p3, len - p3, flags, &ul);

	if (u < 0 && need_unit)
		return false;
	p->mag = id;
	p->more |= m2 > 0;
	p->unit_start = p3;
	if (u >= 0)
	{
		p->unit = u;
		p->end = p3 + ul;
	}
	else
		p->end = p2;
	return true;
}

/*
 * The magnitude word at p0, where no unit follows the number: the longest
 * one followed by a unit (万千瓦 is 万 + 千瓦), else the longest alone.
 */
static void
scan_magnitude(const char *s, size_t len, size_t p0, unsigned flags, Part *p)
{
	int			ids[16];
	size_t		lens[16];
	int			nm = magnitudes_at(s + p0, len - p0, ids, lens);
	int			i;

	for (i = 0; i < nm; i++)
		if (take_magnitude(s, len, p0 + lens[i], flags, ids[i], true, p))
			return;
	if (nm > 0)
		take_magnitude(s, len, p0 + lens[0], flags, ids[0], false, p);
}

/*
 * The words that open a rank, one row each: 第 a place (第2位), 前 the
 * places up to one (前10位, the top ten), whose unit may be left out
 * (前十).
 */
static const struct
{
	const char *word;
	bool		top;
}			rank_words[] = {
	{"第", false}, {"前", true}
};

/* The unit of 前十, which names no unit: places, 位. */
static const char top_unit[] = "位";

/* The row of rank_words that starts s, or -1. */
static int
rank_word_at(const char *s, size_t len)
{
	for (size_t i = 0; i < sizeof(rank_words) / sizeof(rank_words[0]); i++)
	{
		size_t		w = strlen(rank_words[i].word);

		if (len >= w && memcmp(s, rank_words[i].word, w) == 0)
			return (int) i;
	}
	return -1;
}

/*
 * A rank: a word of rank_words, a number and an ordinal unit (第2位, 第三名,
 * 前3位), or after 前 no unit at all (前十).  前 before another unit or a
 * magnitude word is a time or a share (前10个月, 前1%), no rank, and an
 * ordinal unit that opens a longer unit (第1位次) is none.  Bytes
 * consumed, 0 if none; a number too long sets err and returns its end.
 */
static size_t
scan_rank(const char *s, size_t len, unsigned flags, Part *p, ShrError *err)
{
	int			r = rank_word_at(s, len);
	size_t		pos,
				n,
				ul;
	int			u;

	if (r < 0)
		return 0;
	pos = strlen(rank_words[r].word);
	pos += spaces(s, len, pos, flags);
	n = shr_number_scan(s + pos, len - pos, number_flags(flags), &p->num, err);
	if (n == 0 || p->num.percent || p->num.permille)
		return 0;
	pos += n;
	p->mag = p->num.mag;
	p->top = rank_words[r].top;
	p->end = pos;
	if (err != NULL && err->status != SHR_OK)
		return pos;
	pos += spaces(s, len, pos, flags);
	p->unit_start = pos;
	if ((u = shr_unit_ordinal_match(s + pos, len - pos, &ul)) >= 0)
	{
		size_t		pl;

		/* 第1位次 is no 第1位 and then 次 */
		if (shr_unit_match(s + pos, len - pos, &pl) >= 0 && pl > ul)
			return 0;
		p->unit = u;
		p->end = pos + ul;
		return p->end;
	}
	if (!p->top || shr_unit_match(s + pos, len - pos, &ul) >= 0 ||
		shr_magnitude_match(s + pos, len - pos, &ul) >= 0)
		return 0;
	p->unit = shr_unit_ordinal_match(top_unit, strlen(top_unit), &ul);
	return p->unit >= 0 ? p->end : 0;
}

/*
 * Scan one amount: a number, then optionally 多 (or 余, 几), a magnitude
 * word, 多 again and a unit.  A unit written right after the number wins over reading its
 * first character as a magnitude (千瓦 is a unit, 千米 too), otherwise the
 * longest magnitude word followed by a unit (万千瓦 is 万 + 千瓦), otherwise
 * the longest magnitude word alone.
 */
static size_t
scan_part(const char *s, size_t len, unsigned flags, Part *p, ShrError *err)
{
	size_t		pos;
	size_t		p0;
	size_t		ul;
	size_t		m;
	int			u;

	memset(p, 0, sizeof(*p));
	if ((flags & SHR_SCAN_RANK) && rank_word_at(s, len) >= 0)
		return scan_rank(s, len, flags, p, err);
	pos = shr_number_scan(s, len, number_flags(flags), &p->num, err);
	if (pos == 0)
		return 0;
	p->mag = p->num.mag;
	if (p->num.percent || p->num.permille)
	{
		const char *unit = p->num.percent ? "%" : "‰";

		p->unit = shr_unit_find(unit, strlen(unit));
		p->end = p->unit_start = pos;
		return pos;
	}
	if ((m = more_at(s, len, pos)) > 0)
	{
		p->more = true;
		pos += m;
	}
	p->end = pos;
	p0 = pos + spaces(s, len, pos, flags);
	p->unit_start = p0;
	u = unit_at(s + p0, len - p0, flags, &ul);
	if (u >= 0)
	{
		p->unit = u;
		p->end = p0 + ul;
	}
	else if (p->mag == SHR_MAG_NONE)
		scan_magnitude(s, len, p0, flags, p);
	return p->end;
}

/* The quantity a part denotes, with the given unit and magnitude word. */
static ShrStatus
part_quantity(const Part *p, int unit, int mag, ShrQuantity *q, ShrError *err)
{
	ShrDecimal	v = p->num.value;
	const ShrMagnitudeDef *m = shr_magnitude(mag);

	v.exp += m != NULL ? m->exp : 0;
	return shr_quantity_make(v, unit, mag, q, err);
}

/* A range separator at pos: its length, else 0. */
static size_t
range_separator_at(const char *s, size_t len, size_t pos)
{
	static const ShrWord seps[] = {
		{SHR_WORD("-")}, {SHR_WORD("－")}, {SHR_WORD("–")}, {SHR_WORD("—")},
		{SHR_WORD("~")}, {SHR_WORD("～")}, {SHR_WORD("〜")}, {SHR_WORD("至")},
		{SHR_WORD("到")}
	};
	size_t		i;

	for (i = 0; i < sizeof(seps) / sizeof(seps[0]); i++)
	{
		size_t		n = seps[i].len;

		if (pos + n <= len && s[pos] == seps[i].word[0] &&
			memcmp(s + pos, seps[i].word, n) == 0)
			return n;
	}
	return 0;
}

/*
 * Can hi end a range that lo starts?  A low end with a unit needs a high
 * end with one, and a bare low end with a magnitude word a high end with a
 * word too: 5万-60000 is no range.
 */
static bool
range_ends_agree(const Part *lo, const Part *hi)
{
	return (lo->unit == SHR_UNIT_NONE || hi->unit != SHR_UNIT_NONE) &&
		(lo->mag == SHR_MAG_NONE || lo->unit != SHR_UNIT_NONE ||
		 hi->unit != SHR_UNIT_NONE || hi->mag != SHR_MAG_NONE);
}

/*
 * 第3位-5位: the 第 of a rank's low end holds for the high end, whose unit
 * is then the ordinal one of its spelling, not the count.
 */
static void
rank_high_end(const char *s, Part *hi)
{
	const ShrUnitDef *u = shr_unit(hi->unit);
	size_t		ul;
	int			o;

	if (u == NULL || u->ordinal || hi->unit == SHR_UNIT_NONE)
		return;
	o = shr_unit_ordinal_match(s + hi->unit_start, hi->end - hi->unit_start, &ul);
	if (o >= 0 && ul == hi->end - hi->unit_start)
		hi->unit = o;
}

/*
 * The high end of a range after the low end lo, which ends at n: a
 * separator and an amount that agrees with lo.  Without one, out is left
 * as it is; with one, out becomes a range and a bare lo takes the high
 * end's words (6-6.5%, 3000-5000万元).  A failure in the high end ends the
 * scan there, with err filled in.
 */
static ShrStatus
scan_high_end(const char *s, size_t len, size_t n, unsigned flags, Part *lo,
			  ShrScan *out, size_t *unit_start, ShrError *err)
{
	size_t		p = n + spaces(s, len, n, flags);
	size_t		sep = range_separator_at(s, len, p);
	size_t		m;
	Part		hi;
	ShrError	e;
	ShrStatus	st;

	if (sep == 0)
		return SHR_OK;
	p += sep;
	p += spaces(s, len, p, flags);
	memset(&e, 0, sizeof(e));
	m = scan_part(s + p, len - p, flags, &hi, &e);
	if (m > 0 && shr_unit(lo->unit)->ordinal)
		rank_high_end(s + p, &hi);
	if (m == 0 || hi.more || hi.top || !range_ends_agree(lo, &hi))
		return SHR_OK;
	out->nbytes = p + m;
	if ((st = e.status) == SHR_OK)
	{
		if (lo->unit == SHR_UNIT_NONE && lo->mag == SHR_MAG_NONE)
			lo->mag = hi.mag;
		if (lo->unit == SHR_UNIT_NONE)
			lo->unit = hi.unit;
		out->is_range = true;
		out->chinese |= hi.num.chinese;
		out->has_unit = hi.unit != SHR_UNIT_NONE;
		*unit_start = p + hi.unit_start;
		st = part_quantity(&hi, hi.unit, hi.mag, &out->hi, &e);
	}
	if (st != SHR_OK && err != NULL)
		*err = e;
	return st;
}

/* Scan an amount or, with SHR_SCAN_RANGE, a range of two. */
size_t
shr_amount_scan_at(const char *s, size_t len, unsigned flags, ShrScan *out,
				   size_t *unit_start, ShrError *err)
{
	Part		lo;
	ShrError	e;
	size_t		n;

	memset(out, 0, sizeof(*out));
	*unit_start = 0;
	if (s == NULL)
		return 0;
	memset(&e, 0, sizeof(e));
	n = scan_part(s, len, flags, &lo, &e);
	if (n == 0)
		return 0;
	*unit_start = lo.unit_start;
	out->nbytes = n;
	out->more = lo.more;
	out->top = lo.top;
	out->chinese = lo.num.chinese;
	out->has_unit = lo.unit != SHR_UNIT_NONE;
	if (e.status != SHR_OK)
	{
		if (err != NULL)
			*err = e;
		return n;
	}
	if ((flags & SHR_SCAN_RANGE) && !lo.more && !lo.top &&
		scan_high_end(s, len, n, flags, &lo, out, unit_start, err) != SHR_OK)
		return out->nbytes;
	if (part_quantity(&lo, lo.unit, lo.mag, &out->q, &e) != SHR_OK && err != NULL)
		*err = e;
	return out->nbytes;
}

/* Scan an amount at the start of running text or type input. */
size_t
shr_amount_scan(const char *s, size_t len, unsigned flags, ShrScan *out,
				ShrError *err)
{
	size_t		unit_start;

	return shr_amount_scan_at(s, len, flags, out, &unit_start, err);
}

/* Does the rest of t, from pos, hold only a suffix qualifier? */
static bool
only_suffix_qualifier(const char *t, size_t len, size_t pos)
{
	size_t		n;

	if (shr_qualifier_match(t + pos, len - pos, SHR_QUAL_SUFFIX, &n) == NULL)
		return false;
	pos += n;
	return pos + shr_skip_spaces(t + pos, len - pos) == len;
}

/* Type input: one exact amount, naming what is wrong otherwise. */
ShrStatus
shr_quantity_parse(const char *s, size_t len, ShrQuantity *out, ShrError *err)
{
	ShrStatus	st;
	const char *t;
	size_t		tl;
	ShrScan		sc;
	size_t		unit_start;
	size_t		n;
	size_t		rest;
	size_t		qn;
	ShrError	e;
	char		quote[SHR_QUOTE_LEN];

	memset(out, 0, sizeof(*out));
	st = shr_input_text(s, len, expect_amount, &t, &tl, err);
	if (st != SHR_OK)
		return st;

	memset(&e, 0, sizeof(e));
	n = shr_amount_scan_at(t, tl, SHR_SCAN_CHINESE | SHR_SCAN_SIGN |
						   SHR_SCAN_SPACES | SHR_SCAN_RANGE | SHR_SCAN_RANK |
						   SHR_SCAN_PLACE, &sc, &unit_start, &e);
	if (n == 0)
	{
		if (shr_qualifier_match(t, tl, SHR_QUAL_PREFIX, &qn) != NULL)
			return shr_fail(err, SHR_ESYNTAX,
							"\"%s\" is not an exact amount; use the target type.",
							shr_quote(t, tl, quote));
		return shr_fail(err, SHR_ESYNTAX, "%s", expect_amount);
	}
	if (e.status != SHR_OK)
	{
		if (err != NULL)
			*err = e;
		return e.status;
	}
	rest = n + shr_skip_spaces(t + n, tl - n);
	if (sc.more || sc.top || sc.is_range ||
		(rest < tl && only_suffix_qualifier(t, tl, rest)))
		return shr_fail(err, SHR_ESYNTAX,
						"\"%s\" is not an exact amount; use the target type.",
						shr_quote(t, tl, quote));
	if (rest < tl)
		return shr_trailing_error(t, tl, rest, unit_start, err);
	*out = sc.q;
	return SHR_OK;
}

/*
 * Explain text left after an amount: a comma that is not a thousands
 * separator, or else an unknown unit, quoted from where the unit starts and
 * without a qualifier written after it ("5斤斤以上": unknown unit "斤斤").
 */
ShrStatus
shr_trailing_error(const char *t, size_t tl, size_t rest, size_t unit_start,
				   ShrError *err)
{
	char		quote[SHR_QUOTE_LEN];
	uint32_t	cp;
	uint32_t	next;
	size_t		m = shr_utf8_decode(t + rest, tl - rest, &cp);
	size_t		qn;
	size_t		ue = tl;

	shr_utf8_decode(t + rest + m, tl - rest - m, &next);
	if ((cp == ',' || cp == CP_FW_COMMA) && shr_digit_value(next) >= 0)
		return shr_fail(err, SHR_ESYNTAX,
						"Misplaced thousands separator in \"%s\": "
						"separators stand between groups of three digits.",
						shr_quote(t, tl, quote));
	if (unit_start > rest)
		unit_start = rest;
	if (shr_qualifier_match_end(t + unit_start, tl - unit_start,
								SHR_QUAL_SUFFIX, &qn) != NULL &&
		qn < tl - unit_start)
		ue = tl - qn;
	return shr_fail(err, SHR_ESYNTAX, "Unknown unit \"%s\".",
					shr_quote(t + unit_start, ue - unit_start, quote));
}
