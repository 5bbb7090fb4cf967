/*
 * sentences.c
 *		The sentences of a line: each ends after a run of terminators
 *		outside brackets, or at the end of the line, as brackets.c found
 *		them.
 */
#include <string.h>

#include "reader/scan_int.h"

/*
 * Where a sentence goes on to in text[p..lim), which holds no bracket
 * pair: past the first run of terminators there (*found), else to lim.
 * Runs behind p lie in bracket pairs already passed over.
 */
static uint32_t
end_of_sentence(const Scanner *sc, SentIter *it, uint32_t p, uint32_t lim,
				bool *found)
{
	const RangeList *ends = &sc->ends;

	while (it->iend < ends->n && ends->r[it->iend].b1 <= p)
		it->iend++;
	if (it->iend < ends->n && ends->r[it->iend].b0 < lim)
	{
		*found = true;
		return ends->r[it->iend].b1;
	}
	return lim;
}

/*
 * The next sentence of the line: it ends after a run of terminators outside
 * brackets, or at the line's end.  Returns false when none is left.
 */
bool
sc_next_sentence(const Scanner *sc, SentIter *it, Range *out)
{
	const RangeList *prot = &sc->prot;
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
		while (it->iprot < prot->n && prot->r[it->iprot].b1 <= p)
			it->iprot++;
		if (it->iprot < prot->n)
		{
			if (prot->r[it->iprot].b0 <= p)
			{
				p = prot->r[it->iprot].b1;
				continue;
			}
			lim = prot->r[it->iprot].b0;
		}
		p = end_of_sentence(sc, it, p, lim, &found);
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

	sc_mark_line(sc, b, e);
	it.pos = b;
	it.end = e;
	it.iprot = 0;
	it.iend = 0;
	return it;
}

/* text[b..e) without the terminators that end it. */
uint32_t
sc_strip_terminators(const Scanner *sc, uint32_t b, uint32_t e)
{
	return sc_trim_end(sc, b, sc_trim_class(sc, b, e, shr_is_terminator));
}
