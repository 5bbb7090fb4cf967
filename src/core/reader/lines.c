/*
 * lines.c
 *		The lines of a report and what the scanner asks of a line: where it
 *		ends, its white space, Markdown marks, punctuation.
 */
#include <string.h>

#include "reader/scan_int.h"

/* Skip white space forward from b; returns the first other byte or e. */
uint32_t
sc_skip_space(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	n;

	while (b < e && shr_is_space(cp_at(sc, b, e, &n)))
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

/* Trim white space off the end of text[b..e). */
uint32_t
sc_trim_end(const Scanner *sc, uint32_t b, uint32_t e)
{
	return sc_trim_class(sc, b, e, shr_is_space);
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

/* Does text[b..e) contain no punctuation at all? */
bool
sc_no_punct(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	n;

	for (uint32_t i = b; i < e; i += n)
		if (shr_is_punct(cp_at(sc, i, e, &n)))
			return false;
	return true;
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
