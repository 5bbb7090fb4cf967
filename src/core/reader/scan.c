/*
 * scan.c
 *		The structure scanner: splits a report into lines, recognises its
 *		headings, paragraphs, sentences and highlights (the scheme is
 *		described in scan.h), and finds its title, year and region.
 *
 * One pass over the lines with a stack of open headings; each line is
 * looked at a constant number of times (bracket pairing, sentence split,
 * copy), and code-point offsets come from a cursor that only moves within
 * the line being scanned, so the whole scan is linear in the text.
 */
#include <string.h>

#include "reader/scan.h"
#include "text/chars.h"

/* Container kind of the stack's bottom when the report has no title. */
#define KIND_ROOT		0xFF

/* Item styles: an item nests in another item only if their styles differ. */
enum
{
	STYLE_NONE = 0,
	STYLE_SHI,					/* 一是 */
	STYLE_DI,					/* 第一， */
	STYLE_NUM,					/* 1. 1． 1、 */
	STYLE_PNUM,					/* （1） (1) */
	STYLE_CIRCLE,				/* ① */
	STYLE_MD					/* a deep Markdown heading without marker */
};

#define MAX_OPEN 12				/* root, part, section and nested items */
#define MAX_BRACKETS 64			/* pending openers kept per line */
#define BRACKET_LOOKBACK 8		/* openers a closer may skip over */
#define HEADING_MAX_CHARS 80	/* a longer one-sentence line is a paragraph */
#define TITLE_MAX_CHARS 60
#define UNMARKED_MAX_CHARS 24	/* an unmarked part heading is short */
#define CONT_MAX_CHARS 20		/* nor is the second line of a heading long */
#define LINE_WINDOW 512			/* bytes searched at a time for a line break */

typedef struct Range
{
	uint32_t	b0;				/* byte offsets, end exclusive */
	uint32_t	b1;
} Range;

/* An open heading (or the root) that takes the lines that follow. */
typedef struct Open
{
	int32_t		node;			/* node index; -1 for a root without title */
	uint8_t		kind;
	uint8_t		style;
	uint8_t		level;
	int			num;			/* an Arabic-numbered item's number */
	int32_t		nheads;			/* headings numbered under it so far */
	int32_t		nparas;			/* paragraphs numbered under it so far */
	const char *path;
	const char *section;
} Open;

/* A heading marker found at the start of a line. */
typedef struct Marker
{
	uint8_t		kind;			/* SHR_NODE_PART, _SECTION, _ITEM; 0 none */
	uint8_t		style;
	uint32_t	len;			/* bytes of the marker as written */
	int			num;			/* value of an Arabic number, else 0 */
	bool		ambiguous;		/* "8.6个…": a decimal unless 7. came before */
	char		label[24];		/* normalized form for the section path */
} Marker;

typedef struct Scanner
{
	const char *text;
	uint32_t	len;
	ShrReport  *rep;
	ShrError   *err;
	const ShrAllocator *alloc;
	uint32_t	cur_b;			/* code-point cursor: byte offset ... */
	uint32_t	cur_c;			/* ... and its code-point offset */
	Open		open[MAX_OPEN];
	int			nopen;
	bool		marked_parts;	/* the report writes 一、 before its parts */
	bool		appendix;		/* inside an appendix */
	bool		seen_line;		/* the first non-empty line is behind us */
	int32_t		nappendices;
	/* outermost bracket pairs of the current line, sorted */
	Range	   *prot;
	size_t		nprot;
	size_t		capprot;
	uint32_t	prot_b0;		/* the range prot was computed for */
	uint32_t	prot_b1;
	bool		failed;			/* an allocation failed; err is set */
	uint64_t   *work;			/* the report's work counter */
} Scanner;

/* The code point at byte b, or 0 at or past end. */
static uint32_t
cp_at(const Scanner *sc, uint32_t b, uint32_t end, uint32_t *n)
{
	(*sc->work)++;
	if (b >= end)
	{
		*n = 0;
		return 0;
	}
	return shr_utf8_at(sc->text, b, n);
}

/* Code-point offset of byte b, moving the cursor there. */
static uint32_t
char_at(Scanner *sc, uint32_t b)
{
	/* a cursor that jumped back and forth would count the text again */
	*sc->work += b >= sc->cur_b ? b - sc->cur_b : sc->cur_b - b;
	if (b >= sc->cur_b)
		sc->cur_c += (uint32_t) shr_utf8_count(sc->text + sc->cur_b, b - sc->cur_b);
	else
		sc->cur_c -= (uint32_t) shr_utf8_count(sc->text + b, sc->cur_b - b);
	sc->cur_b = b;
	return sc->cur_c;
}

/* Code points in text[b0..b1). */
static uint32_t
count_chars(const Scanner *sc, uint32_t b0, uint32_t b1)
{
	*sc->work += b1 - b0;
	return (uint32_t) shr_utf8_count(sc->text + b0, b1 - b0);
}

/* ---------------------------------------------------- character classes */

/*
 * Bytes of the sentence terminator at text[b..end), or 0.  Read from the
 * bytes: the commas and enumeration marks that fill a report start with the
 * same bytes as the terminators, and decoding each of them only to reject
 * it was most of the sentence scan's work.
 */
static uint32_t
terminator_len(const Scanner *sc, uint32_t b, uint32_t end)
{
	const unsigned char *t = (const unsigned char *) sc->text + b;

	if (b >= end)
		return 0;
	if (t[0] == '!' || t[0] == '?' || t[0] == ';')
		return 1;
	if (end - b < 3)
		return 0;
	if (t[0] == 0xE3)			/* 。 U+3002 */
		return t[1] == 0x80 && t[2] == 0x82 ? 3 : 0;
	if (t[0] == 0xEF && t[1] == 0xBC)	/* ！ U+FF01, ； U+FF1B, ？ U+FF1F */
		return t[2] == 0x81 || t[2] == 0x9B || t[2] == 0x9F ? 3 : 0;
	return 0;
}

/* A digit of a Chinese heading number (一 .. 十, 〇, 零), or -1. */
static int
cn_digit(uint32_t cp)
{
	return cp == SHR_CP_SHI ? 10 : shr_cn_digit(cp);
}

/* Does text[b..e) start with the UTF-8 string s? */
static bool
starts_with(const Scanner *sc, uint32_t b, uint32_t e, const char *s)
{
	size_t		n = strlen(s);

	return e - b >= n && memcmp(sc->text + b, s, n) == 0;
}

/* Does text[b..e) contain the UTF-8 string s? */
static bool
contains(const Scanner *sc, uint32_t b, uint32_t e, const char *s)
{
	size_t		n = strlen(s);

	*sc->work += e - b;
	for (uint32_t i = b; i + n <= e; i++)
		if (memcmp(sc->text + i, s, n) == 0)
			return true;
	return false;
}

/* Write n (1..99) as a Chinese numeral into buf (>= 10 bytes). */
static void
cn_numeral(int n, char *buf)
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

/* --------------------------------------------------------------- memory */

/* Record an out-of-memory failure once. */
static void
nomem(Scanner *sc)
{
	if (!sc->failed)
		shr_fail(sc->err, SHR_ENOMEM, "Out of memory while parsing the report.");
	sc->failed = true;
}

/* Copy [s, e) to q without its backticks; returns the end of the copy. */
static char *
copy_clean(char *q, const char *s, const char *e)
{
	while (s < e)
	{
		const char *t = memchr(s, '`', (size_t) (e - s));
		size_t		n = (size_t) ((t ? t : e) - s);

		memcpy(q, s, n);
		q += n;
		s += n + (t != NULL);
	}
	return q;
}

/* text[b0..b1) (and text[c0..c1) after it) with every backtick removed. */
static char *
clean_dup2(Scanner *sc, uint32_t b0, uint32_t b1, uint32_t c0, uint32_t c1)
{
	char	   *p = shr_report_alloc(sc->rep, (size_t) (b1 - b0) + (c1 - c0) + 1);
	char	   *q = p;

	if (p == NULL)
	{
		nomem(sc);
		return NULL;
	}
	q = copy_clean(q, sc->text + b0, sc->text + b1);
	q = copy_clean(q, sc->text + c0, sc->text + c1);
	*q = '\0';
	return p;
}

/* text[b0..b1) with every backtick removed. */
static char *
clean_dup(Scanner *sc, uint32_t b0, uint32_t b1)
{
	return clean_dup2(sc, b0, b1, 0, 0);
}

/* "<parent>.<prefix><n>", or without the dot under an empty parent. */
static char *
path_join(Scanner *sc, const char *parent, const char *prefix, int32_t n)
{
	char		num[16];
	size_t		lp = strlen(parent),
				lx = strlen(prefix),
				ln = 0;
	char	   *p,
			   *q;

	do
	{
		num[ln++] = (char) ('0' + n % 10);
		n /= 10;
	} while (n > 0);
	p = shr_report_alloc(sc->rep, lp + 1 + lx + ln + 1);
	if (p == NULL)
	{
		nomem(sc);
		return NULL;
	}
	q = p;
	memcpy(q, parent, lp);
	q += lp;
	if (lp > 0)
		*q++ = '.';
	memcpy(q, prefix, lx);
	q += lx;
	while (ln > 0)
		*q++ = num[--ln];
	*q = '\0';
	return p;
}

/* parent's marker path followed by label. */
static char *
section_join(Scanner *sc, const char *parent, const char *label, size_t llen)
{
	size_t		lp = strlen(parent);
	char	   *p = shr_report_alloc(sc->rep, lp + llen + 1);

	if (p == NULL)
	{
		nomem(sc);
		return NULL;
	}
	memcpy(p, parent, lp);
	memcpy(p + lp, label, llen);
	p[lp + llen] = '\0';
	return p;
}

/*
 * Append a node starting at byte b0 (its end is set by set_end, so that
 * the code-point cursor only moves forward); returns its index or -1.
 */
static int32_t
add_node(Scanner *sc, int kind, int level, int32_t parent, uint32_t b0)
{
	ShrReport  *r = sc->rep;
	ShrNode    *nd;

	if (sc->failed)
		return -1;
	if (r->nnodes >= SHR_SCAN_MAX_NODES)
	{
		shr_fail(sc->err, SHR_ETOOLARGE,
				 "The report has more than %d structural units.", SHR_SCAN_MAX_NODES);
		sc->failed = true;
		return -1;
	}
	if (!shr_report_reserve_nodes(r, r->nnodes + 1))
	{
		nomem(sc);
		return -1;
	}
	nd = &r->nodes[r->nnodes];
	memset(nd, 0, sizeof(*nd));
	nd->kind = (uint8_t) kind;
	nd->level = (uint8_t) (level > 255 ? 255 : level);
	nd->parent = parent;
	nd->span.byte_start = nd->span.byte_end = b0;
	nd->span.char_start = nd->span.char_end = char_at(sc, b0);
	return r->nnodes++;
}

/* Set where node idx ends. */
static void
set_end(Scanner *sc, int32_t idx, uint32_t b1)
{
	if (idx < 0 || sc->failed)
		return;
	sc->rep->nodes[idx].span.byte_end = b1;
	sc->rep->nodes[idx].span.char_end = char_at(sc, b1);
}

/* ---------------------------------------------------------------- lines */

/* Skip white space forward from b; returns the first other byte or e. */
static uint32_t
skip_space(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	n;

	while (b < e && shr_is_space(cp_at(sc, b, e, &n)))
		b += n;
	return b;
}

/* Trim white space off the end of text[b..e). */
static uint32_t
trim_end(const Scanner *sc, uint32_t b, uint32_t e)
{
	const unsigned char *t = (const unsigned char *) sc->text;

	while (e > b)
	{
		unsigned char c = t[e - 1];

		if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
			e--;
		else if (e - b >= 3 && ((t[e - 3] == 0xE3 && t[e - 2] == 0x80 && c == 0x80) ||
								(t[e - 3] == 0xEF && t[e - 2] == 0xBB && c == 0xBF) ||
								(t[e - 3] == 0xE2 && t[e - 2] == 0x80 && c == 0x8B)))
			e -= 3;
		else if (e - b >= 2 && t[e - 2] == 0xC2 && c == 0xA0)
			e -= 2;
		else
			break;
	}
	return e;
}

/*
 * Where the line at p ends: at its first LF or CR, else at the end of the
 * text.  memchr looks for each in windows of LINE_WINDOW bytes, so that a
 * text without any LF (or CR) is not searched to its end at every line.
 */
static uint32_t
line_end(const Scanner *sc, uint32_t p)
{
	while (p < sc->len)
	{
		const char *s = sc->text + p;
		size_t		w = sc->len - p < LINE_WINDOW ? sc->len - p : LINE_WINDOW;
		const char *lf = memchr(s, '\n', w);
		const char *cr = memchr(s, '\r', lf ? (size_t) (lf - s) : w);

		if (cr != NULL)
			return (uint32_t) (cr - sc->text);
		if (lf != NULL)
			return (uint32_t) (lf - sc->text);
		p += (uint32_t) w;
	}
	return sc->len;
}

/*
 * The next line at *pos: its content without surrounding white space is
 * [*b, *e) (empty when *b == *e); *pos moves past its line break (LF, CR
 * or CRLF).  Returns false at the end of the text.
 */
static bool
next_line(const Scanner *sc, uint32_t *pos, uint32_t *b, uint32_t *e)
{
	const char *t = sc->text;
	uint32_t	p = *pos,
				end;

	if (p >= sc->len)
		return false;
	end = line_end(sc, p);
	*sc->work += end - p + 1;
	*pos = end;
	if (end < sc->len)
	{
		(*pos)++;
		if (t[end] == '\r' && *pos < sc->len && t[*pos] == '\n')
			(*pos)++;
	}
	*b = skip_space(sc, p, end);
	*e = trim_end(sc, *b, end);
	return true;
}

/* Markdown heading marks at b: how many '#' (0 when none), *after past them. */
static int
md_hashes(const Scanner *sc, uint32_t b, uint32_t e, uint32_t *after)
{
	uint32_t	i = b;

	while (i < e && sc->text[i] == '#' && i - b < 6)
		i++;
	if (i == b || (i < e && sc->text[i] != ' ' && sc->text[i] != '\t'))
		return 0;
	*after = skip_space(sc, i, e);
	return (int) (i - b);
}

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

/* Set the marker's label to text[b..b+n) followed by the string tail. */
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
 * The heading marker at the start of text[b..e), if any: 一、 (part), （一）
 * (一) (section), 一是 第一， 1. （1） ① (item).
 */
static Marker
find_marker(const Scanner *sc, uint32_t b, uint32_t e)
{
	Marker		m;
	uint32_t	n,
				k,
				cp,
				c2;

	memset(&m, 0, sizeof(m));
	cp = cp_at(sc, b, e, &n);
	if ((k = cn_run(sc, b, e)) > 0)
	{
		uint32_t	n2;

		c2 = cp_at(sc, b + k, e, &n2);
		if (c2 == 0x3001)		/* 、 */
		{
			uint32_t	k2 = cn_run(sc, b + k + n2, e),
						n3;

			/* "一、二、三产业" lists numerals; it is no heading. */
			if (k2 > 0 && cp_at(sc, b + k + n2 + k2, e, &n3) == 0x3001)
				return m;
			m.kind = SHR_NODE_PART;
			m.len = k + n2;
			set_label(sc, &m, "", b, k, "");
		}
		else if (c2 == 0x662F)	/* 是 */
		{
			m.kind = SHR_NODE_ITEM;
			m.style = STYLE_SHI;
			m.len = k + n2;
			set_label(sc, &m, "", b, k + n2, "");
		}
		return m;
	}
	if (cp == 0x7B2C)			/* 第 */
	{
		uint32_t	n2;

		k = cn_run(sc, b + n, e);
		c2 = cp_at(sc, b + n + k, e, &n2);
		if (k > 0 && (c2 == 0xFF0C || c2 == ',' || c2 == 0x3001 || c2 == 0xFF1A))
		{
			m.kind = SHR_NODE_ITEM;
			m.style = STYLE_DI;
			m.len = n + k + n2;
			set_label(sc, &m, "", b, n + k, "");
		}
		return m;
	}
	if (cp == 0xFF08 || cp == '(')	/* （ ( */
	{
		uint32_t	n2;

		if ((k = cn_run(sc, b + n, e)) > 0)
		{
			c2 = cp_at(sc, b + n + k, e, &n2);
			if (c2 == 0xFF09 || c2 == ')')
			{
				m.kind = SHR_NODE_SECTION;
				m.len = n + k + n2;
				set_label(sc, &m, "（", b + n, k, "）");
			}
		}
		else if ((k = ar_run(sc, b + n, e)) > 0)
		{
			c2 = cp_at(sc, b + n + k, e, &n2);
			if (c2 == 0xFF09 || c2 == ')')
			{
				m.kind = SHR_NODE_ITEM;
				m.style = STYLE_PNUM;
				m.len = n + k + n2;
				set_label(sc, &m, "（", b + n, k, "）");
			}
		}
		return m;
	}
	if ((k = ar_run(sc, b, e)) > 0)
	{
		uint32_t	n2,
					n3;

		c2 = cp_at(sc, b + k, e, &n2);
		/* 1. 1． 1、 but not a decimal such as 1.5万 (see scan_line) */
		if ((c2 == '.' || c2 == 0xFF0E || c2 == 0x3001) && b + k + n2 < e)
		{
			m.kind = SHR_NODE_ITEM;
			m.style = STYLE_NUM;
			m.len = k + n2;
			m.ambiguous = c2 != 0x3001 && shr_digit_value(cp_at(sc, b + k + n2, e, &n3)) >= 0;
			for (uint32_t i = b; i < b + k; i += n3)
				m.num = m.num * 10 + shr_digit_value(cp_at(sc, i, e, &n3));
			set_label(sc, &m, "", b, k, ".");
		}
		return m;
	}
	if (cp >= 0x2460 && cp <= 0x2473 && b + n < e)	/* ① .. ⑳ */
	{
		m.kind = SHR_NODE_ITEM;
		m.style = STYLE_CIRCLE;
		m.len = n;
		set_label(sc, &m, "", b, n, "");
	}
	return m;
}

/* Does text[b..e) contain no punctuation at all? */
static bool
no_punct(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	n;

	for (uint32_t i = b; i < e; i += n)
		if (shr_is_punct(cp_at(sc, i, e, &n)))
			return false;
	return true;
}

/* Does text[b..e) contain a sentence terminator or a colon? */
static bool
has_terminator(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	n,
				cp;

	for (uint32_t i = b; i < e; i += n)
	{
		cp = cp_at(sc, i, e, &n);
		if (shr_is_terminator(cp) || cp == 0xFF1A || cp == ':')
			return true;
	}
	return false;
}

/* Does text[b..e) hold a date such as 2024年3月5日? */
static bool
has_date(const Scanner *sc, uint32_t b, uint32_t e)
{
	const char *t = sc->text;

	for (uint32_t i = b; i + 3 < e; i++)
	{
		uint32_t	j = i + 3;

		if (memcmp(t + i, "年", 3) != 0 || i < b + 4 ||
			!(t[i - 1] >= '0' && t[i - 1] <= '9'))
			continue;
		while (j < e && t[j] >= '0' && t[j] <= '9' && j < i + 5)
			j++;
		if (j > i + 3 && j + 3 <= e && memcmp(t + j, "月", 3) == 0)
			return true;
	}
	return false;
}

/*
 * The first line of a report is its title when it reads like one: short,
 * naming a report, and not the date line ("2025年1月20日在…作政府工作报告").
 */
static bool
looks_like_title(const Scanner *sc, uint32_t b, uint32_t e)
{
	return contains(sc, b, e, "报告") && !has_terminator(sc, b, e) &&
		count_chars(sc, b, e) <= TITLE_MAX_CHARS &&
		find_marker(sc, b, e).kind == 0 && !has_date(sc, b, e);
}

/*
 * A part heading written without marker, as some reports do ("2024年工作
 * 回顾", "加强政府自身建设"): short, without punctuation, and naming one of
 * the parts every work report has.
 */
static bool
looks_like_unmarked_part(const Scanner *sc, uint32_t b, uint32_t e)
{
	static const char *const words[] = {
		"回顾", "工作安排", "目标任务", "重点工作", "重点任务", "主要任务",
		"总体要求", "自身建设", "政府建设"
	};

	if (count_chars(sc, b, e) > UNMARKED_MAX_CHARS || !no_punct(sc, b, e))
		return false;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (contains(sc, b, e, words[i]))
			return true;
	return false;
}

/*
 * An appendix heading: 附件, 附件1, 附件2 名词解释, 附件：…, or a short line
 * ending with 名词解释 / 名词注释.  *marker_len gets the bytes of "附件N"
 * with its colon (0 when the line has none).
 */
static bool
looks_like_appendix(const Scanner *sc, uint32_t b, uint32_t e, uint32_t *marker_len)
{
	uint32_t	i = b + (uint32_t) strlen("附件"),
				n;

	*marker_len = 0;
	if (starts_with(sc, b, e, "附件"))
	{
		while (shr_digit_value(cp_at(sc, i, e, &n)) >= 0 || cn_digit(cp_at(sc, i, e, &n)) > 0)
			i += n;
		/* a colon may follow the marker; it ends no sentence here */
		if (cp_at(sc, i, e, &n) == 0xFF1A || cp_at(sc, i, e, &n) == ':')
			i += n;
		if (count_chars(sc, b, e) > 40 || has_terminator(sc, i, e))
			return false;
		*marker_len = i - b;
		return true;
	}
	return e - b >= 12 &&
		(memcmp(sc->text + e - 12, "名词解释", 12) == 0 ||
		 memcmp(sc->text + e - 12, "名词注释", 12) == 0) &&
		count_chars(sc, b, e) <= 30 && !has_terminator(sc, b, e);
}

/* ------------------------------------------------------------ sentences */

/* The closing bracket that pairs with opener cp, or 0. */
static uint32_t
closer_of(uint32_t cp)
{
	switch (cp)
	{
		case 0x201C:			/* “ ” */
			return 0x201D;
		case 0x2018:			/* ‘ ’ */
			return 0x2019;
		case 0xFF08:			/* （ ） */
			return 0xFF09;
		case '(':
			return ')';
		case '[':
			return ']';
		case 0x300A:			/* 《 》 */
			return 0x300B;
		case 0x3008:			/* 〈 〉 */
			return 0x3009;
		case 0x300C:			/* 「 」 */
			return 0x300D;
		case 0x300E:			/* 『 』 */
			return 0x300F;
		case 0x3010:			/* 【 】 */
			return 0x3011;
		case 0x3014:			/* 〔 〕 */
			return 0x3015;
		default:
			return 0;
	}
}

/* Closing brackets and quotes (pairs of closer_of). */
static bool
is_closer(uint32_t cp)
{
	return cp == 0x201D || cp == 0x2019 || cp == 0xFF09 || cp == ')' ||
		cp == ']' || cp == 0x300B || cp == 0x3009 || cp == 0x300D ||
		cp == 0x300F || cp == 0x3011 || cp == 0x3015;
}

/* Record a bracket pair, keeping only outermost pairs, sorted. */
static void
add_pair(Scanner *sc, uint32_t b0, uint32_t b1)
{
	/* Pairs arrive as they close, so earlier ones inside this one go. */
	while (sc->nprot > 0 && sc->prot[sc->nprot - 1].b0 >= b0)
		sc->nprot--;
	if (sc->nprot == sc->capprot)
	{
		size_t		cap = sc->capprot ? sc->capprot * 2 : 64;
		Range	   *p = sc->alloc->realloc
			? sc->alloc->realloc(sc->alloc->ctx, sc->prot, cap * sizeof(Range))
			: NULL;

		if (p == NULL && sc->alloc->realloc == NULL)
		{
			p = sc->alloc->alloc(sc->alloc->ctx, cap * sizeof(Range));
			if (p != NULL && sc->prot != NULL)
			{
				memcpy(p, sc->prot, sc->nprot * sizeof(Range));
				sc->alloc->free(sc->alloc->ctx, sc->prot);
			}
		}
		if (p == NULL)
		{
			nomem(sc);
			return;
		}
		sc->prot = p;
		sc->capprot = cap;
	}
	sc->prot[sc->nprot].b0 = b0;
	sc->prot[sc->nprot].b1 = b1;
	sc->nprot++;
}

/*
 * Find the balanced quotes, brackets and backtick spans of text[b..e), in
 * which sentences are not split.  An opener without its closer on the line
 * protects nothing, so a stray quote cannot swallow the rest of a line.
 */
static void
pair_brackets(Scanner *sc, uint32_t b, uint32_t e)
{
	struct
	{
		uint32_t	pos;
		uint32_t	closer;
	}			stack[MAX_BRACKETS];
	int			depth = 0,
				tick = -1;		/* stack index of an open backtick */
	uint32_t	n;
	const unsigned char *t = (const unsigned char *) sc->text;

	if (sc->prot_b0 == b && sc->prot_b1 == e && b < e)
		return;
	*sc->work += e - b;
	sc->nprot = 0;
	sc->prot_b0 = b;
	sc->prot_b1 = e;
	if (sc->failed)
		return;

	/*
	 * Only add_pair can fail, so failure is tested after it rather than per
	 * character: the loop runs over every byte of every line.
	 */
	for (uint32_t i = b; i < e; i += n)
	{
		unsigned char c;
		uint32_t	cp,
					cl;

		/* runs of ideographs, most of a line, hold no bracket */
		while (i < e && shr_ideograph_lead(t[i]))
			i += 3;
		if (i >= e)
			break;
		c = t[i];
		/* brackets and quotes start with one of these bytes */
		if (c >= 0x80 ? (c != 0xE2 && c != 0xE3 && c != 0xEF) :
			(c != '`' && c != '"' && c != '(' && c != ')' && c != '[' && c != ']'))
		{
			n = shr_utf8_char_len(c);
			continue;
		}
		cp = cp_at(sc, i, e, &n);

		if (cp == '`')
		{
			if (tick >= 0)
			{
				add_pair(sc, stack[tick].pos, i + 1);
				if (sc->failed)
					return;
				depth = tick;
				tick = -1;
			}
			else if (depth < MAX_BRACKETS)
			{
				stack[depth].pos = i;
				stack[depth].closer = '`';
				tick = depth++;
			}
			continue;
		}
		if ((cl = closer_of(cp)) != 0)
		{
			if (depth < MAX_BRACKETS)
			{
				stack[depth].pos = i;
				stack[depth].closer = cl;
				depth++;
			}
			continue;
		}
		if (is_closer(cp) || cp == '"')
		{
			bool		matched = false;

			/* Look a few openers down, but not out of a backtick span. */
			for (int k = depth - 1; k >= 0 && k >= depth - BRACKET_LOOKBACK; k--)
			{
				if (stack[k].closer == '`')
					break;
				if (stack[k].closer == cp)
				{
					add_pair(sc, stack[k].pos, i + n);
					if (sc->failed)
						return;
					depth = k;
					matched = true;
					break;
				}
			}
			if (!matched && cp == '"' && depth < MAX_BRACKETS)
			{
				stack[depth].pos = i;
				stack[depth].closer = '"';
				depth++;
			}
		}
	}
}

/* Where the sentence scan of a line stands. */
typedef struct SentIter
{
	uint32_t	pos;
	uint32_t	end;
	size_t		iprot;
} SentIter;

/*
 * The next sentence of the line: it ends after a run of terminators outside
 * brackets, or at the line's end.  Returns false when none is left.
 */
static bool
next_sentence(const Scanner *sc, SentIter *it, Range *out)
{
	uint32_t	p,
				n,
				start;

	p = skip_space(sc, it->pos, it->end);
	if (p >= it->end)
	{
		it->pos = it->end;
		return false;
	}
	start = p;
	while (p < it->end)
	{
		uint32_t	lim = it->end;
		bool		found = false;

		while (it->iprot < sc->nprot && sc->prot[it->iprot].b1 <= p)
			it->iprot++;
		if (it->iprot < sc->nprot)
		{
			if (sc->prot[it->iprot].b0 <= p)
			{
				p = sc->prot[it->iprot].b1;
				continue;
			}
			lim = sc->prot[it->iprot].b0;
		}
		while (p < lim)
		{
			unsigned char c;

			/* runs of ideographs, most of a line, hold no terminator */
			while (p < lim && shr_ideograph_lead((unsigned char) sc->text[p]))
				p += 3;
			if (p >= lim)
				break;
			c = (unsigned char) sc->text[p];
			/* every terminator starts with one of these bytes */
			if ((c == 0xE3 || c == 0xEF || c == '!' || c == '?' || c == ';') &&
				(n = terminator_len(sc, p, it->end)) != 0)
			{
				p += n;
				found = true;
				break;
			}
			p += shr_utf8_char_len(c);
		}
		if (found)
		{
			while ((n = terminator_len(sc, p, it->end)) != 0)
				p += n;
			break;
		}
	}
	*sc->work += p - start;
	it->pos = p;
	out->b0 = start;
	out->b1 = trim_end(sc, start, p);
	return true;
}

/* Start the sentence scan of text[b..e). */
static SentIter
sentences(Scanner *sc, uint32_t b, uint32_t e)
{
	SentIter	it;

	pair_brackets(sc, b, e);
	it.pos = b;
	it.end = e;
	it.iprot = 0;
	return it;
}

/* Is text[b..e) nothing but backticks and white space? */
static bool
is_blank(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	n;

	for (uint32_t i = b; i < e; i += n)
	{
		uint32_t	cp = cp_at(sc, i, e, &n);

		if (cp != '`' && !shr_is_space(cp))
			return false;
	}
	return true;
}

/* text[b..e) without the terminators that end it. */
static uint32_t
strip_terminators(const Scanner *sc, uint32_t b, uint32_t e)
{
	while (e > b)
	{
		uint32_t	s = e - 1,
					n;

		while (s > b && ((unsigned char) sc->text[s] & 0xC0) == 0x80)
			s--;
		if (!shr_is_terminator(cp_at(sc, s, e, &n)))
			break;
		e = s;
	}
	return trim_end(sc, b, e);
}

/* ---------------------------------------------------------------- nodes */

/* Fill in the strings every node has. */
static void
set_strings(Scanner *sc, int32_t idx, const char *path, const char *section)
{
	if (idx < 0 || sc->failed)
		return;
	sc->rep->nodes[idx].path = (char *) path;
	sc->rep->nodes[idx].section = (char *) section;
}

/* Highlights of a sentence: backtick spans paired in order. */
static void
emit_highlights(Scanner *sc, int32_t sent, const Range *r, int level)
{
	int32_t		nh = 0;
	uint32_t	open = UINT32_MAX;

	for (uint32_t i = r->b0; i < r->b1 && !sc->failed; i++)
	{
		const char *tick = memchr(sc->text + i, '`', r->b1 - i);
		int32_t		idx;
		char	   *path;

		if (tick == NULL)
			break;
		i = (uint32_t) (tick - sc->text);
		if (open == UINT32_MAX)
		{
			open = i + 1;
			continue;
		}
		if (!is_blank(sc, open, i))
		{
			idx = add_node(sc, SHR_NODE_HIGHLIGHT, level, sent, open);
			if (idx < 0)
				return;
			set_end(sc, idx, i);
			path = path_join(sc, sc->rep->nodes[sent].path, "h", ++nh);
			set_strings(sc, idx, path, sc->rep->nodes[sent].section);
			if (!sc->failed)
				sc->rep->nodes[idx].text = clean_dup(sc, open, i);
		}
		open = UINT32_MAX;
	}
}

/*
 * A paragraph: text[b..e) of one line, under the innermost open heading,
 * with its sentences and their highlights.
 */
static void
emit_paragraph(Scanner *sc, uint32_t b, uint32_t e)
{
	Open	   *top = &sc->open[sc->nopen - 1];
	int32_t		para,
				ns = 0;
	SentIter	it;
	Range		r;
	char	   *path;

	if (is_blank(sc, b, e))
		return;
	para = add_node(sc, SHR_NODE_PARAGRAPH, top->level + 1, top->node, b);
	if (para < 0)
		return;
	path = path_join(sc, top->path, "p", ++top->nparas);
	set_strings(sc, para, path, top->section);
	if (sc->failed)
		return;
	sc->rep->nodes[para].text = clean_dup(sc, b, e);
	it = sentences(sc, b, e);
	while (!sc->failed && next_sentence(sc, &it, &r))
	{
		int32_t		s;

		if (is_blank(sc, r.b0, r.b1))
			continue;
		s = add_node(sc, SHR_NODE_SENTENCE, top->level + 2, para, r.b0);
		if (s < 0)
			return;
		path = path_join(sc, sc->rep->nodes[para].path, "s", ++ns);
		set_strings(sc, s, path, top->section);
		if (sc->failed)
			return;
		sc->rep->nodes[s].text = clean_dup(sc, r.b0, r.b1);
		emit_highlights(sc, s, &r, top->level + 3);
		set_end(sc, s, r.b1);
	}
	set_end(sc, para, e);
}

/* What a heading line holds, for open_heading. */
typedef struct Heading
{
	int			kind;			/* SHR_NODE_TITLE .. _ITEM */
	int			style;
	int			num;
	bool		appendix;
	const char *label;			/* for the section path; NULL: numeral */
	size_t		label_len;
	Range		marker;			/* empty when none */
	Range		text;			/* the heading line as written */
	Range		head;			/* the heading without marker */
	Range		cont;			/* its second line, empty when none */
} Heading;

/*
 * Open a heading: close what it ends, append its node and push it.
 * Returns the node index or -1.
 */
static int32_t
open_heading(Scanner *sc, const Heading *h)
{
	Open	   *parent;
	Open	   *o;
	int32_t		idx,
				ord;
	int			level;
	char		num[32];
	const char *label = h->label;
	size_t		llen = h->label_len;
	char	   *path,
			   *section;
	ShrNode    *nd;

	switch (h->kind)
	{
		case SHR_NODE_PART:
			sc->nopen = 1;
			level = 1;
			break;
		case SHR_NODE_SECTION:
			while (sc->nopen > 1 && (sc->open[sc->nopen - 1].kind == SHR_NODE_SECTION ||
									 sc->open[sc->nopen - 1].kind == SHR_NODE_ITEM))
				sc->nopen--;
			level = 2;
			break;
		default:
			for (int k = sc->nopen - 1; k > 0 && sc->open[k].kind == SHR_NODE_ITEM; k--)
			{
				if (sc->open[k].style == h->style)
				{
					sc->nopen = k;
					break;
				}
			}
			if (sc->nopen == MAX_OPEN)
				sc->nopen--;
			level = sc->open[sc->nopen - 1].level + 1;
			if (level < 3)
				level = 3;
			break;
	}
	parent = &sc->open[sc->nopen - 1];
	idx = add_node(sc, h->kind, level, parent->node, h->text.b0);
	if (idx < 0)
		return -1;
	set_end(sc, idx, h->cont.b1 > h->cont.b0 ? h->cont.b1 : h->text.b1);

	if (h->appendix)
	{
		ord = ++sc->nappendices;
		path = path_join(sc, parent->path, "a", ord);
	}
	else
	{
		ord = ++parent->nheads;
		path = path_join(sc, parent->path, "", ord);
	}
	if (label == NULL)
	{
		/* No marker written: the numeral of its place stands in. */
		if (h->kind == SHR_NODE_SECTION)
		{
			strcpy(num, "（");
			cn_numeral(ord, num + strlen(num));
			strcat(num, "）");
		}
		else if (h->kind == SHR_NODE_ITEM)
		{
			cn_numeral(ord, num);
			strcat(num, ".");
		}
		else
			cn_numeral(ord, num);
		label = num;
		llen = strlen(num);
	}
	section = section_join(sc, parent->section, label, llen);
	set_strings(sc, idx, path, section);
	if (sc->failed)
		return -1;
	nd = &sc->rep->nodes[idx];
	if (h->marker.b1 > h->marker.b0)
		nd->marker = clean_dup(sc, h->marker.b0, trim_end(sc, h->marker.b0, h->marker.b1));
	nd->heading = clean_dup2(sc, h->head.b0, h->head.b1, h->cont.b0, h->cont.b1);
	nd->text = clean_dup2(sc, h->text.b0, h->text.b1, h->cont.b0, h->cont.b1);
	if (sc->failed)
		return -1;

	o = &sc->open[sc->nopen++];
	memset(o, 0, sizeof(*o));
	o->node = idx;
	o->kind = (uint8_t) h->kind;
	o->style = (uint8_t) h->style;
	o->num = h->num;
	o->level = (uint8_t) level;
	o->path = path;
	o->section = section;
	return idx;
}

/*
 * The second line of a heading that was broken in two ("三、持续提升政府" /
 * "治理效能和服务水平"): a short line without punctuation or marker right
 * after a heading without punctuation.  On success *pos moves past it.
 */
static bool
heading_continues(Scanner *sc, uint32_t *pos, Range *cont, uint32_t max_chars,
				  bool any_text)
{
	uint32_t	p = *pos,
				b,
				e,
				after;

	while (next_line(sc, &p, &b, &e))
	{
		if (b == e)
			continue;
		if (md_hashes(sc, b, e, &after) > 0 || find_marker(sc, b, e).kind != 0 ||
			count_chars(sc, b, e) > max_chars)
			return false;
		if (any_text ? has_terminator(sc, b, e) : !no_punct(sc, b, e))
			return false;
		if (!any_text && (looks_like_unmarked_part(sc, b, e) ||
						  looks_like_appendix(sc, b, e, &after)))
			return false;
		cont->b0 = b;
		cont->b1 = e;
		*pos = p;
		return true;
	}
	return false;
}

/* A line that starts with a marker: a heading, and maybe a paragraph. */
static void
heading_line(Scanner *sc, Marker m, uint32_t b, uint32_t e, bool md,
			 uint32_t *pos)
{
	Heading		h;
	uint32_t	cs = skip_space(sc, b + m.len, e);
	SentIter	it = sentences(sc, cs, e);
	Range		r1,
				r2;
	bool		has1,
				runin;

	memset(&h, 0, sizeof(h));
	h.kind = m.kind;
	h.style = m.style;
	h.num = m.num;
	if (sc->appendix && m.kind == SHR_NODE_PART)
		h.kind = SHR_NODE_SECTION;	/* appendices number their own lists */
	h.label = m.label;
	h.label_len = strlen(m.label);
	h.marker.b0 = b;
	h.marker.b1 = b + m.len;

	has1 = next_sentence(sc, &it, &r1);
	runin = has1 && !md &&
		(next_sentence(sc, &it, &r2) || count_chars(sc, r1.b0, r1.b1) > HEADING_MAX_CHARS);
	h.text.b0 = b;
	if (!has1)
	{
		h.head.b0 = h.head.b1 = cs;
		h.text.b1 = e;
	}
	else if (runin)
	{
		h.head.b0 = r1.b0;
		h.head.b1 = strip_terminators(sc, r1.b0, r1.b1);
		h.text.b1 = r1.b1;
	}
	else
	{
		h.head.b0 = cs;
		h.head.b1 = strip_terminators(sc, cs, e);
		h.text.b1 = e;
		if (h.kind == SHR_NODE_PART && no_punct(sc, cs, e))
			heading_continues(sc, pos, &h.cont, CONT_MAX_CHARS, false);
	}
	/*
	 * A run-in heading's line goes on as a paragraph.  So does an item alone
	 * on its line: items are list entries whose words are content
	 * ("1. 城镇新增就业110万人以上。"), and their figures must be found.
	 */
	if (open_heading(sc, &h) >= 0 &&
		(runin || (has1 && h.kind == SHR_NODE_ITEM)))
		emit_paragraph(sc, cs, e);
}

/* A heading without marker: title, appendix, unmarked part, # heading. */
static void
plain_heading(Scanner *sc, int kind, int style, bool appendix, uint32_t mlen,
			  uint32_t b, uint32_t e, uint32_t *pos)
{
	Heading		h;
	uint32_t	hs = skip_space(sc, b + mlen, e);

	memset(&h, 0, sizeof(h));
	h.kind = kind;
	h.style = style;
	h.appendix = appendix;
	h.marker.b0 = b;
	h.marker.b1 = b + mlen;
	h.text.b0 = b;
	h.text.b1 = e;
	h.head.b0 = hs;
	h.head.b1 = strip_terminators(sc, hs, e);
	if (appendix)
	{
		/* 附件1 / 2025年省十件民生实事: the next line names it. */
		if (hs == e)
			heading_continues(sc, pos, &h.cont, 40, true);
		if (mlen > 0)
		{
			uint32_t	n;

			h.label = sc->text + b;
			h.label_len = mlen;
			while (h.label_len > 0 && (h.label[h.label_len - 1] == ':' ||
									   cp_at(sc, b + (uint32_t) h.label_len - 3, e, &n) == 0xFF1A))
				h.label_len -= h.label[h.label_len - 1] == ':' ? 1 : 3;
		}
		else
		{
			h.label = sc->text + h.head.b0;
			h.label_len = h.head.b1 - h.head.b0;
		}
	}
	if (kind == SHR_NODE_TITLE)
	{
		int32_t		idx = add_node(sc, SHR_NODE_TITLE, 0, -1, b);

		if (idx < 0)
			return;
		set_end(sc, idx, e);
		set_strings(sc, idx, sc->open[0].path, sc->open[0].section);
		sc->rep->nodes[idx].heading = clean_dup(sc, h.head.b0, h.head.b1);
		sc->rep->nodes[idx].text = clean_dup(sc, b, e);
		sc->open[0].node = idx;
		sc->open[0].kind = SHR_NODE_TITLE;
		return;
	}
	open_heading(sc, &h);
}

/*
 * Is an Arabic-numbered item n-1 open?  Then "8.6个重大科技专项" goes on a
 * list as item 8; otherwise a line starting so is a decimal number.
 */
static bool
follows_number(const Scanner *sc, int n)
{
	for (int k = sc->nopen - 1; k > 0 && sc->open[k].kind == SHR_NODE_ITEM; k--)
		if (sc->open[k].style == STYLE_NUM)
			return sc->open[k].num == n - 1;
	return false;
}

/* Classify one non-empty line and emit its nodes. */
static void
scan_line(Scanner *sc, uint32_t b, uint32_t e, uint32_t *pos)
{
	uint32_t	after,
				mlen;
	int			hashes = md_hashes(sc, b, e, &after);
	Marker		m;
	bool		first = !sc->seen_line;

	if (hashes > 0)
	{
		b = after;
		if (b >= e)
			return;
	}
	sc->seen_line = true;
	if (first && (hashes == 1 || (hashes == 0 && looks_like_title(sc, b, e))))
	{
		plain_heading(sc, SHR_NODE_TITLE, 0, false, 0, b, e, pos);
		return;
	}
	m = find_marker(sc, b, e);
	if (m.ambiguous && !follows_number(sc, m.num))
		m.kind = 0;
	if (m.kind != 0)
	{
		heading_line(sc, m, b, e, hashes > 0, pos);
		return;
	}
	if (sc->open[sc->nopen > 1 ? 1 : 0].kind == SHR_NODE_PART &&
		looks_like_appendix(sc, b, e, &mlen))
	{
		sc->appendix = true;
		plain_heading(sc, SHR_NODE_PART, 0, true, mlen, b, e, pos);
		return;
	}
	if (hashes > 0)
	{
		int			kind = hashes <= 2 ? SHR_NODE_PART :
			hashes == 3 ? SHR_NODE_SECTION : SHR_NODE_ITEM;

		plain_heading(sc, kind, STYLE_MD, false, 0, b, e, pos);
		return;
	}
	if (!sc->marked_parts && looks_like_unmarked_part(sc, b, e))
	{
		sc->appendix = false;
		plain_heading(sc, SHR_NODE_PART, 0, false, 0, b, e, pos);
		return;
	}
	/* "各位代表！" addresses the whole part: it ends sections and items. */
	if (starts_with(sc, b, e, "各位代表"))
	{
		while (sc->nopen > 1 && (sc->open[sc->nopen - 1].kind == SHR_NODE_SECTION ||
								 sc->open[sc->nopen - 1].kind == SHR_NODE_ITEM))
			sc->nopen--;
	}
	emit_paragraph(sc, b, e);
}

/* Does any line before the appendices start with a part marker (一、)? */
static bool
has_marked_parts(const Scanner *sc)
{
	uint32_t	pos = 0,
				b,
				e,
				after;

	while (next_line(sc, &pos, &b, &e))
	{
		if (md_hashes(sc, b, e, &after) > 0)
			b = after;
		if (b < e && find_marker(sc, b, e).kind == SHR_NODE_PART)
			return true;
		/* an appendix's 一、 lists are no parts */
		if (b < e && looks_like_appendix(sc, b, e, &after))
			return false;
	}
	return false;
}

/* A heading's span runs to the end of its last descendant. */
static void
extend_spans(ShrReport *r)
{
	for (int32_t i = r->nnodes - 1; i > 0; i--)
	{
		ShrNode    *nd = &r->nodes[i];

		if (nd->parent >= 0)
		{
			ShrNode    *p = &r->nodes[nd->parent];

			if (nd->span.byte_end > p->span.byte_end)
			{
				p->span.byte_end = nd->span.byte_end;
				p->span.char_end = nd->span.char_end;
			}
		}
	}
}

/* ------------------------------------------------------------- metadata */

/* The first "2024年" in s (a year 1900..2199); 0 when none. *after past 年. */
static int
find_year(const char *s, const char **after)
{
	for (const char *p = s; *p; p++)
	{
		const char *q = p;
		int			y = 0;

		if (p > s && p[-1] >= '0' && p[-1] <= '9')
			continue;
		while (*q >= '0' && *q <= '9' && q - p < 5)
			y = y * 10 + (*q++ - '0');
		if (q - p != 4)
			continue;
		while (*q == ' ')
			q++;
		if (strncmp(q, "年", 3) == 0 && y >= 1900 && y < 2200)
		{
			if (after)
				*after = q + 3;
			return y;
		}
	}
	return 0;
}

/* Code points of s[0..n). */
static size_t
utf8_chars(const char *s, size_t n)
{
	size_t		c = 0;

	for (size_t i = 0; i < n; i++)
		c += ((unsigned char) s[i] & 0xC0) != 0x80;
	return c;
}

/* A copy of s[0..n) without surrounding ASCII spaces, if it reads like a region. */
static char *
region_dup(ShrReport *r, const char *s, size_t n, ShrStatus *st)
{
	while (n > 0 && *s == ' ')
		s++, n--;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n == 0 || utf8_chars(s, n) > 12)
		return NULL;
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		/* digits, punctuation and full-width forms do not name a place */
		if (c < 0x80 || (c == 0xEF && i + 1 < n && (unsigned char) s[i + 1] >= 0xBC) ||
			(c == 0xE3 && i + 1 < n && (unsigned char) s[i + 1] == 0x80))
			return NULL;
	}
	{
		char	   *p = shr_report_strndup(r, s, n);

		if (p == NULL)
			*st = SHR_ENOMEM;
		return p;
	}
}

/* The region a title names: 2024年山东省政府工作报告 -> 山东省. */
static char *
region_from_title(ShrReport *r, const char *title, ShrStatus *st)
{
	const char *end = strstr(title, "政府工作报告");
	const char *start = title;
	const char *after;

	if (end == NULL)
		return NULL;
	if (find_year(title, &after) && after <= end)
		start = after;
	if (end - start >= 6 && memcmp(end - 6, "人民", 6) == 0)
		end -= 6;
	return region_dup(r, start, (size_t) (end - start), st);
}

/*
 * From a date line (——2025年1月14日在山东省第十四届人民代表大会…会议上):
 * the year, and the region between 在 and 第, or 全国 for the National
 * People's Congress.
 */
static int
scan_date_line(ShrReport *r, const char *s, char **region, ShrStatus *st)
{
	const char *after;
	int			y = find_year(s, &after);
	const char *at,
			   *di;

	if (y == 0)
		return 0;
	while (*after >= '0' && *after <= '9')
		after++;
	if (strncmp(after, "月", 3) != 0 ||
		(strstr(s, "会议") == NULL && strstr(s, "大会") == NULL))
		return 0;
	if (*region == NULL && (at = strstr(after, "在")) != NULL &&
		(di = strstr(at, "第")) != NULL)
		*region = region_dup(r, at + 3, (size_t) (di - at - 3), st);
	if (*region == NULL && strstr(s, "全国人民代表大会") != NULL)
		*region = region_dup(r, "全国", strlen("全国"), st);
	return y;
}

/* From a speaker line: 四川省人民政府省长 施小琳, 国务院总理 李强. */
static void
scan_speaker_line(ShrReport *r, const char *s, char **region, ShrStatus *st)
{
	const char *gov;

	if (utf8_chars(s, strlen(s)) > 40)
		return;
	if (strstr(s, "国务院") != NULL)
		*region = region_dup(r, "全国", strlen("全国"), st);
	else if ((gov = strstr(s, "人民政府")) != NULL && gov > s)
		*region = region_dup(r, s, (size_t) (gov - s), st);
}

/* Title, year and region: the caller's, else the text's. */
static ShrStatus
scan_metadata(ShrReport *r, const ShrReportOptions *opts)
{
	ShrStatus	st = SHR_OK;
	const char *title = NULL;
	int			year = 0,
				date_year = 0,
				review_year = 0;
	char	   *region = NULL;
	bool		front = true;

	for (int32_t i = 0; i < r->nnodes; i++)
	{
		const ShrNode *nd = &r->nodes[i];

		if (nd->kind == SHR_NODE_TITLE && title == NULL)
			title = nd->text;
		else if (nd->kind == SHR_NODE_PART)
		{
			const char *after;
			int			y;

			front = false;
			if (review_year == 0 && nd->heading && strstr(nd->heading, "回顾") &&
				(y = find_year(nd->heading, &after)) != 0)
				review_year = y + 1;
		}
		else if (front && nd->kind == SHR_NODE_PARAGRAPH)
		{
			if (date_year == 0)
				date_year = scan_date_line(r, nd->text, &region, &st);
			if (region == NULL)
				scan_speaker_line(r, nd->text, &region, &st);
		}
	}

	if (opts && opts->title)
		r->title = shr_report_strndup(r, opts->title, strlen(opts->title));
	else if (title)
		r->title = shr_report_strndup(r, title, strlen(title));
	if ((opts && opts->title) || title)
		if (r->title == NULL)
			return SHR_ENOMEM;

	if (title)
	{
		char	   *treg;

		year = find_year(title, NULL);
		treg = region_from_title(r, title, &st);
		if (treg != NULL)
			region = treg;
		else if (region == NULL && strstr(title, "国务院") != NULL)
			region = region_dup(r, "全国", strlen("全国"), &st);
	}
	if (year == 0)
		year = date_year ? date_year : review_year;
	r->year = (opts && opts->year) ? opts->year : year;
	if (opts && opts->region)
	{
		region = shr_report_strndup(r, opts->region, strlen(opts->region));
		if (region == NULL)
			st = SHR_ENOMEM;
	}
	r->region = region;
	return st;
}

/* ----------------------------------------------------------------- scan */

/* Scan the lines of text into report's nodes, then its metadata. */
ShrStatus
shr_scan_structure(const char *text, size_t len, const ShrReportOptions *opts,
				   ShrReport *report, ShrError *err)
{
	Scanner		sc;
	uint32_t	pos = 0,
				b,
				e;
	ShrStatus	st;

	memset(&sc, 0, sizeof(sc));
	sc.text = text;
	sc.len = (uint32_t) len;
	sc.rep = report;
	sc.err = err;
	sc.alloc = shr_report_allocator(report);
	sc.work = shr_report_work_counter(report);
	sc.prot_b0 = sc.prot_b1 = UINT32_MAX;
	sc.nopen = 1;
	sc.open[0].node = -1;
	sc.open[0].kind = KIND_ROOT;
	/* The root's path and marker path: "", owned by the report. */
	sc.open[0].path = sc.open[0].section = shr_report_strndup(report, "", 0);
	if (sc.open[0].path == NULL)
		return shr_fail(err, SHR_ENOMEM, "Out of memory while parsing the report.");

	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		pos = 3;
	sc.marked_parts = has_marked_parts(&sc);
	while (!sc.failed && next_line(&sc, &pos, &b, &e))
	{
		shr_report_poll(report);
		if (b < e)
			scan_line(&sc, b, e, &pos);
	}
	if (sc.prot)
		sc.alloc->free(sc.alloc->ctx, sc.prot);
	if (sc.failed)
		return sc.err->status;

	extend_spans(report);
	st = scan_metadata(report, opts);
	if (st != SHR_OK)
		return shr_fail(err, st, "Out of memory while parsing the report.");
	return SHR_OK;
}
