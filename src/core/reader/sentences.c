/*
 * sentences.c
 *		The sentences of a line: each ends after a run of terminators
 *		outside brackets, or at the end of the line.
 */
#include <string.h>

#include "reader/scan_int.h"

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

/*
 * The next sentence of the line: it ends after a run of terminators outside
 * brackets, or at the line's end.  Returns false when none is left.
 */
bool
sc_next_sentence(const Scanner *sc, SentIter *it, Range *out)
{
	uint32_t	p,
				n,
				start;

	p = sc_skip_space(sc, it->pos, it->end);
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
	out->b1 = sc_trim_end(sc, start, p);
	return true;
}

/* Start the sentence scan of text[b..e). */
SentIter
sc_sentences(Scanner *sc, uint32_t b, uint32_t e)
{
	SentIter	it;

	sc_pair_brackets(sc, b, e);
	it.pos = b;
	it.end = e;
	it.iprot = 0;
	return it;
}

/* text[b..e) without the terminators that end it. */
uint32_t
sc_strip_terminators(const Scanner *sc, uint32_t b, uint32_t e)
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
	return sc_trim_end(sc, b, e);
}
