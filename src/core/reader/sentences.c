/*
 * sentences.c
 *		The sentences of a line: each ends after a run of terminators
 *		outside brackets, or at the end of the line.
 */
#include <string.h>

#include "reader/scan_int.h"

/*
 * Bytes of the sentence terminator (shr_is_terminator) at text[b..end), or
 * 0.  Ideographs never get here: their runs are skipped by their first
 * byte.
 */
static inline uint32_t
terminator_len(const Scanner *sc, uint32_t b, uint32_t end)
{
	uint32_t	n;

	if (b >= end)
		return 0;
	return shr_is_terminator(shr_utf8_at(sc->text, b, &n)) ? n : 0;
}

/*
 * Where a sentence goes on to in text[p..lim), which holds no bracket
 * pair: past its first terminator and the terminators right after it
 * (*found), else to lim.
 */
static uint32_t
end_of_sentence(const Scanner *sc, uint32_t p, uint32_t lim, uint32_t end,
				bool *found)
{
	const unsigned char *t = (const unsigned char *) sc->text;
	uint32_t	n;

	while (p < lim)
	{
		/* runs of ideographs, most of a line, hold no terminator */
		while (p < lim && shr_ideograph_lead(t[p]))
			p += 3;
		if (p >= lim)
			break;
		if ((n = terminator_len(sc, p, end)) != 0)
		{
			do
				p += n;
			while ((n = terminator_len(sc, p, end)) != 0);
			*found = true;
			return p;
		}
		p += shr_utf8_char_len(t[p]);
	}
	return p;
}

/*
 * The next sentence of the line: it ends after a run of terminators outside
 * brackets, or at the line's end.  Returns false when none is left.
 */
bool
sc_next_sentence(const Scanner *sc, SentIter *it, Range *out)
{
	uint32_t	p = sc_skip_space(sc, it->pos, it->end),
				start = p;
	bool		found = false;

	if (p >= it->end)
	{
		it->pos = it->end;
		return false;
	}
	while (p < it->end && !found)
	{
		uint32_t	lim = it->end;

		/* the next bracket pair: the sentence goes through it whole */
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
		p = end_of_sentence(sc, p, lim, it->end, &found);
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
	return sc_trim_end(sc, b, sc_trim_class(sc, b, e, shr_is_terminator));
}
