/*
 * excerpt.c
 *		The part of a figure's sentence shown with the figure: the whole
 *		sentence when it is short, else a window of it around the figure.
 *
 * Each figure of shreport.figures() carries its sentence; a sentence of n
 * figures would be written n times, so a long one (a table pasted as one
 * sentence) would make the output grow with the square of its length.  A
 * window of a fixed number of characters keeps every figure's share fixed,
 * and finding it looks at no more than the window.
 */
#include <string.h>

#include "reader/report.h"
#include "text/utf8.h"

/* The byte offset n characters before b, but not before lo. */
static uint32_t
back_chars(const char *text, uint32_t b, uint32_t lo, uint32_t n)
{
	uint32_t	k;

	for (; n > 0 && b > lo; n--)
	{
		shr_utf8_before(text, b, &k);
		b -= k;
	}
	return b;
}

/* The byte offset n characters after b, but not past hi. */
static uint32_t
forward_chars(const char *text, uint32_t b, uint32_t hi, uint32_t n)
{
	for (; n > 0 && b < hi; n--)
		b += shr_utf8_char_len((unsigned char) text[b]);
	return b;
}

/* Append text[b0..b1) to buf without its backticks; returns the new length. */
static size_t
append_clean(char *buf, size_t n, const char *text, uint32_t b0, uint32_t b1)
{
	for (uint32_t i = b0; i < b1; i++)
		if (text[i] != '`')
			buf[n++] = text[i];
	return n;
}

/* Is sentence s short enough to be shown whole? */
static bool
shown_whole(const char *text, const ShrNode *s)
{
	uint32_t	len = s->span.byte_end - s->span.byte_start;

	/* a character takes one to four bytes: count only when it matters */
	return s->text != NULL &&
		(len <= SHR_EXCERPT_CHARS ||
		 (len <= 4 * SHR_EXCERPT_CHARS &&
		  shr_utf8_count(text + s->span.byte_start, len) <= SHR_EXCERPT_CHARS));
}

/*
 * The bytes [*b0, *b1) of sentence s to show around figure f: the figure
 * (its first SHR_EXCERPT_CHARS characters when longer), and the room left
 * shared around it, half on each side, what one side cannot use going to
 * the other.
 */
static void
excerpt_window(const char *text, const ShrNode *s, const ShrFigure *f,
			   uint32_t *b0, uint32_t *b1)
{
	uint32_t	sb = s->span.byte_start,
				se = s->span.byte_end,
				fb = f->span.byte_start < sb ? sb : f->span.byte_start,
				fe = f->span.byte_end > se ? se : f->span.byte_end,
				figchars = f->span.char_end - f->span.char_start,
				room = 0,
				before,
				after,
				take_before,
				take_after;

	if (figchars >= SHR_EXCERPT_CHARS)
		fe = forward_chars(text, fb, fe, SHR_EXCERPT_CHARS);
	else
		room = SHR_EXCERPT_CHARS - figchars;
	before = f->span.char_start > s->span.char_start ?
		f->span.char_start - s->span.char_start : 0;
	after = s->span.char_end > f->span.char_end ?
		s->span.char_end - f->span.char_end : 0;
	take_before = before < room / 2 ? before : room / 2;
	take_after = after < room - take_before ? after : room - take_before;
	take_before = before < room - take_after ? before : room - take_after;
	*b0 = back_chars(text, fb, sb, take_before);
	*b1 = forward_chars(text, fe, se, take_after);
}

/* The sentence of f, whole or cut around f with "…" (see report.h). */
size_t
shr_figure_excerpt(const char *text, const ShrReport *r, const ShrFigure *f,
				   char *buf)
{
	const ShrNode *s;
	uint32_t	b0,
				b1;
	size_t		n = 0;

	buf[0] = '\0';
	if (f->sentence < 0 || f->sentence >= r->nnodes)
		return 0;
	s = &r->nodes[f->sentence];
	if (shown_whole(text, s))
	{
		n = strlen(s->text);
		memcpy(buf, s->text, n + 1);
		return n;
	}
	excerpt_window(text, s, f, &b0, &b1);
	if (b0 > s->span.byte_start)
	{
		memcpy(buf, "…", 3);
		n = 3;
	}
	n = append_clean(buf, n, text, b0, b1);
	if (b1 < s->span.byte_end)
	{
		memcpy(buf + n, "…", 3);
		n += 3;
	}
	buf[n] = '\0';
	return n;
}
