/*
 * lines.c
 *		The lines of a report and what the scanner asks of a line: where it
 *		ends, its white space, Markdown marks, punctuation; the width the
 *		text's paragraphs are broken at, and what clean text leaves out.
 */
#include <string.h>

#include "reader/scan_int.h"

/*
 * Skip white space forward from b; returns the first other byte or e.  A
 * line break is white space too: a wrapped paragraph's lines are one line.
 */
uint32_t
sc_skip_space(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	n,
				cp;

	while (b < e && (shr_is_space(cp = cp_at(sc, b, e, &n)) || cp == '\n'))
		b += n;
	return b;
}

/* Skip forward from b the characters of a class (chars.h). */
uint32_t
sc_skip_class(const Scanner *sc, uint32_t b, uint32_t e,
			  bool (*in_class) (uint32_t cp))
{
	uint32_t	n;

	while (b < e && in_class(cp_at(sc, b, e, &n)))
		b += n;
	return b;
}

/* Trim off the end of text[b..e) the characters of a class (chars.h). */
uint32_t
sc_trim_class(const Scanner *sc, uint32_t b, uint32_t e,
			  bool (*in_class) (uint32_t cp))
{
	uint32_t	n;

	while (e > b && in_class(shr_utf8_before(sc->text, e, &n)))
		e -= n;
	return e;
}

/*
 * Trim white space off the end of text[b..e).  Every line and sentence is
 * trimmed, so the class is tested directly rather than through a pointer.
 */
uint32_t
sc_trim_end(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	n;

	while (e > b && shr_is_space(shr_utf8_before(sc->text, e, &n)))
		e -= n;
	return e;
}

/*
 * Where the line at p ends: at its first LF or CR, else at the end of the
 * text.  A text without CR has only LF to look for.  Else memchr looks for
 * each in windows of LINE_WINDOW bytes, so that a text without any LF (or
 * CR after some point) is not searched to its end at every line.
 */
static uint32_t
line_end(const Scanner *sc, uint32_t p)
{
	if (!sc->has_cr)
	{
		const char *lf = memchr(sc->text + p, '\n', sc->len - p);

		return lf ? (uint32_t) (lf - sc->text) : sc->len;
	}
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
bool
sc_next_line(const Scanner *sc, uint32_t *pos, uint32_t *b, uint32_t *e)
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
	*b = sc_skip_space(sc, p, end);
	*e = sc_trim_end(sc, *b, end);
	return true;
}

/*
 * Is the line starting at p empty (white space alone before its line break
 * or the text's end), as sc_next_line would find it?  Looks no further
 * than its first other character.
 */
bool
sc_blank_line_at(const Scanner *sc, uint32_t p)
{
	const char *t = sc->text;
	uint32_t	n;

	while (p < sc->len && t[p] != '\n' && t[p] != '\r' &&
		   shr_is_space(cp_at(sc, p, sc->len, &n)))
		p += n;
	return p >= sc->len || t[p] == '\n' || t[p] == '\r';
}

/*
 * The line before *p (the start of a line, or the end of the text), for a
 * walk back to lo: its content is [*b, *e) as sc_next_line gives it, and
 * *p moves to its start.  Returns false at lo.
 */
bool
sc_prev_line(const Scanner *sc, uint32_t lo, uint32_t *p, uint32_t *b,
			 uint32_t *e)
{
	const char *t = sc->text;
	uint32_t	end = *p,
				s;

	if (end <= lo)
		return false;
	if (t[end - 1] == '\n')
		end--;
	if (end > lo && t[end - 1] == '\r')
		end--;
	for (s = end; s > lo && t[s - 1] != '\n' && t[s - 1] != '\r'; s--)
		;
	*sc->work += *p - s;
	*p = s;
	*b = sc_skip_space(sc, s, end);
	*e = sc_trim_end(sc, *b, end);
	return true;
}

/* Markdown heading marks at b: how many '#' (0 when none), *after past them. */
int
sc_md_hashes(const Scanner *sc, uint32_t b, uint32_t e, uint32_t *after)
{
	uint32_t	i = b;

	while (i < e && sc->text[i] == '#' && i - b < 6)
		i++;
	if (i == b || (i < e && sc->text[i] != ' ' && sc->text[i] != '\t'))
		return 0;
	*after = sc_skip_space(sc, i, e);
	return (int) (i - b);
}

/*
 * A line wholly in Markdown bold (**一、2024年工作回顾**, __…__): narrow
 * [*b, *e) to what the marks enclose, which is what the line says.
 */
void
sc_md_unbold(const Scanner *sc, uint32_t *b, uint32_t *e)
{
	const char *t = sc->text;

	if (*e - *b > 4 && (memcmp(t + *b, "**", 2) == 0 || memcmp(t + *b, "__", 2) == 0) &&
		memcmp(t + *e - 2, t + *b, 2) == 0)
	{
		*b = sc_skip_space(sc, *b + 2, *e - 2);
		*e = sc_trim_end(sc, *b, *e - 2);
	}
}

/* Does text[b..e) contain no character of a class (chars.h)? */
bool
sc_none_of_class(const Scanner *sc, uint32_t b, uint32_t e,
				 bool (*in_class) (uint32_t cp))
{
	uint32_t	n;

	for (uint32_t i = b; i < e; i += n)
		if (in_class(cp_at(sc, i, e, &n)))
			return false;
	return true;
}

/* Does text[b..e) contain no punctuation at all? */
bool
sc_no_punct(const Scanner *sc, uint32_t b, uint32_t e)
{
	return sc_none_of_class(sc, b, e, shr_is_punct);
}

/* Does text[b..e) contain a sentence terminator or a colon? */
bool
sc_has_terminator(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	n,
				cp;

	for (uint32_t i = b; i < e; i += n)
	{
		cp = cp_at(sc, i, e, &n);
		if (shr_is_terminator(cp) || cp_in(cp, "：:"))
			return true;
	}
	return false;
}

/* Does cp close a quote or bracket (”）》 …), which may follow a sentence's end? */
static bool
closes_quote(uint32_t cp)
{
	return cp_in(cp, "”’）》」』】〕〉)]\"'");
}

/*
 * Does text[b..e) end a sentence: a terminator last, or before the quotes
 * and brackets it closes ("…为目标。”")?
 */
bool
sc_ends_sentence(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	n;

	e = sc_trim_class(sc, b, e, closes_quote);
	return e > b && shr_is_terminator(shr_utf8_before(sc->text, e, &n));
}

/*
 * What the lines followed by another line without a blank line between
 * tell of the text's layout, counted by length in characters (the last
 * bucket is for longer lines): open[] the lines that end no sentence,
 * ended[] the others.
 */
typedef struct WrapCounts
{
	uint32_t	open[WRAP_MAX_CHARS + 1];
	uint32_t	ended[WRAP_MAX_CHARS + 1];
	uint32_t	nopen;
} WrapCounts;

/* Count the line text[b..e), which another line follows. */
static void
count_line(const Scanner *sc, WrapCounts *wc, uint32_t b, uint32_t e)
{
	uint32_t	after,
				chars = WRAP_MAX_CHARS;

	if (sc_md_hashes(sc, b, e, &after) > 0)
		return;					/* a Markdown heading is never wrapped */
	if (e - b <= 4 * WRAP_MAX_CHARS)
		chars = count_chars(sc, b, e);
	if (chars > WRAP_MAX_CHARS)
		chars = WRAP_MAX_CHARS;
	if (sc_ends_sentence(sc, b, e))
		wc->ended[chars]++;
	else
	{
		wc->open[chars]++;
		wc->nopen++;
	}
}

/*
 * The width the text's paragraphs are broken at, 0 when they are not: the
 * most common length of the lines that end no sentence and run on into
 * the next line, when most of them are that long or longer (headings alone
 * on their line differ in length; the lines of a paragraph broken at a
 * width do not, but for a few characters: digits are narrow).
 */
static uint32_t
wrap_width(const WrapCounts *wc)
{
	uint32_t	w = 0,
				full = 0;

	for (uint32_t k = WRAP_MIN_CHARS; k < WRAP_MAX_CHARS; k++)
		if (wc->open[k] > wc->open[w])
			w = k;
	if (w == 0 || wc->open[w] < WRAP_MIN_LINES)
		return 0;
	for (uint32_t k = w - WRAP_SLACK; k <= WRAP_MAX_CHARS; k++)
		full += wc->open[k];
	return 2 * full >= wc->nopen ? w : 0;
}

/*
 * Measure the layout of the text's lines from pos on, but for the lines
 * the report does not hold (a web page's chrome, by ignored): the width
 * its paragraphs are broken at (sc->wrap), and whether blank lines alone
 * end its paragraphs (sc->blank_paras): then no short line that ends a
 * sentence runs on into the next.
 */
void
sc_measure_wrap(Scanner *sc, uint32_t pos, LineTest ignored)
{
	WrapCounts	wc;
	uint32_t	b,
				e,
				pb = 0,
				pe = 0;

	memset(&wc, 0, sizeof(wc));
	while (sc_next_line(sc, &pos, &b, &e))
	{
		if (b < e && pb < pe && !ignored(sc, pb, pe) && !ignored(sc, b, e))
			count_line(sc, &wc, pb, pe);
		pb = b;
		pe = e;
	}
	sc->wrap = wrap_width(&wc);
	sc->blank_paras = sc->wrap > 0;
	for (uint32_t k = 0; k + WRAP_SLACK < sc->wrap; k++)
		if (wc.ended[k] > 0)
			sc->blank_paras = false;
}

/* Is text[b..e) as long as the lines the text's paragraphs are broken into? */
bool
sc_is_full_line(const Scanner *sc, uint32_t b, uint32_t e)
{
	return sc->wrap > 0 && (e - b > 4 * WRAP_MAX_CHARS ||
							count_chars(sc, b, e) + WRAP_SLACK >= sc->wrap);
}

/* Is the character at text[i] white space or a line break?  *n its bytes. */
static bool
blank_at(const char *text, size_t i, uint32_t *n)
{
	uint32_t	cp = shr_utf8_at(text, i, n);

	return cp == '\n' || shr_is_space(cp);
}

/* Is the character before text[i] white space or a line break? */
static bool
blank_before(const char *text, size_t i, uint32_t *n)
{
	uint32_t	cp = shr_utf8_before(text, i, n);

	return cp == '\n' || shr_is_space(cp);
}

/*
 * The next stretch of text[i..hi) that a clean text leaves out: a
 * backtick, or where a wrapped paragraph's line breaks (the break with the
 * white space around it).  Returns its start (hi when none), *end its end.
 */
size_t
shr_clean_skip(const char *text, size_t i, size_t hi, size_t *end)
{
	const char *tick = memchr(text + i, '`', hi - i);
	size_t		lim = tick ? (size_t) (tick - text) : hi,
				b0,
				b1;
	const char *lf = memchr(text + i, '\n', lim - i);
	const char *cr = memchr(text + i, '\r', (lf ? (size_t) (lf - text) : lim) - i);
	uint32_t	n;

	if (cr == NULL && lf == NULL)
	{
		*end = tick ? lim + 1 : hi;
		return lim;
	}
	b0 = b1 = (size_t) ((cr ? cr : lf) - text);
	while (b0 > i && blank_before(text, b0, &n))
		b0 -= n;
	while (b1 < hi && blank_at(text, b1, &n))
		b1 += n;
	*end = b1;
	return b0;
}
