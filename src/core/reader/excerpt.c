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
#include "reader/report.h"
#include "reader/scan.h"

/* Is byte c the first byte of a character (not a continuation byte)? */
static inline bool
char_start(unsigned char c)
{
	return (c & 0xC0) != 0x80;
}

/* The byte offset n characters before b, but not before lo. */
static uint32_t
back_chars(const char *text, uint32_t b, uint32_t lo, uint32_t n)
{
	while (n > 0 && b > lo)
	{
		b--;
		while (b > lo && !char_start((unsigned char) text[b]))
			b--;
		n--;
	}
	return b;
}

/* The byte offset n characters after b, but not past hi. */
static uint32_t
forward_chars(const char *text, uint32_t b, uint32_t hi, uint32_t n)
{
	while (n > 0 && b < hi)
	{
		b++;
		while (b < hi && !char_start((unsigned char) text[b]))
			b++;
		n--;
	}
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

size_t
shr_figure_excerpt(const char *text, const ShrReport *r, const ShrFigure *f,
				   char *buf)
{
	const ShrNode *s;
	uint32_t	sb,
				se,
				fb,
				fe,
				figchars,
				room,
				before,
				after,
				take_before,
				take_after,
				b0,
				b1;
	size_t		n = 0;

	buf[0] = '\0';
	if (f->sentence < 0 || f->sentence >= r->nnodes)
		return 0;
	s = &r->nodes[f->sentence];
	sb = s->span.byte_start;
	se = s->span.byte_end;
	if (s->text != NULL && (se - sb <= SHR_EXCERPT_CHARS ||
							(se - sb <= 4 * SHR_EXCERPT_CHARS &&
							 shr_utf8_count(text + sb, se - sb) <= SHR_EXCERPT_CHARS)))
	{
		n = strlen(s->text);
		memcpy(buf, s->text, n + 1);
		return n;
	}

	/* the figure, cut to the window, and the room left shared around it */
	fb = f->span.byte_start < sb ? sb : f->span.byte_start;
	fe = f->span.byte_end > se ? se : f->span.byte_end;
	figchars = f->span.char_end - f->span.char_start;
	room = 0;
	if (figchars >= SHR_EXCERPT_CHARS)
		fe = forward_chars(text, fb, fe, SHR_EXCERPT_CHARS);
	else
		room = SHR_EXCERPT_CHARS - figchars;
	before = f->span.char_start > s->span.char_start ?
		f->span.char_start - s->span.char_start : 0;
	after = s->span.char_end > f->span.char_end ?
		s->span.char_end - f->span.char_end : 0;
	/* half the room on each side; what one side cannot use goes to the other */
	take_before = before < room / 2 ? before : room / 2;
	take_after = after < room - take_before ? after : room - take_before;
	take_before = before < room - take_after ? before : room - take_after;
	b0 = back_chars(text, fb, sb, take_before);
	b1 = forward_chars(text, fe, se, take_after);

	if (b0 > sb)
	{
		memcpy(buf, "…", 3);
		n = 3;
	}
	n = append_clean(buf, n, text, b0, b1);
	if (b1 < se)
	{
		memcpy(buf + n, "…", 3);
		n += 3;
	}
	buf[n] = '\0';
	return n;
}
