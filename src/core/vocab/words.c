/*
 * words.c
 *		Building, searching and checking the index of a word table.
 *
 * words.h says what an index is and why it is built at first use.
 */
#include <string.h>

#include "vocab/words.h"

/* The i-th word of ix's table, with its length. */
static ShrWordRef
read_row(const ShrWordIndex *ix, int i)
{
	ShrWordRef	w = ix->row(i);
	size_t		n = strlen(w.word);

	w.len = (uint8_t) (n > UINT8_MAX ? UINT8_MAX : n);
	return w;
}

/* The code point a word is grouped by at one end. */
static uint32_t
end_char(const ShrWordRef *w, bool at_end)
{
	return at_end ? shr_word_last(w->word, w->len) :
		shr_word_first(w->word, w->len);
}

/*
 * Order a bucket's words longest first, keeping table order among words of
 * one length (an insertion sort, stable; a bucket holds a few words).
 */
static void
longest_first(ShrWordRef *refs, int n)
{
	for (int i = 1; i < n; i++)
	{
		ShrWordRef	w = refs[i];
		int			j = i;

		while (j > 0 && refs[j - 1].len < w.len)
		{
			refs[j] = refs[j - 1];
			j--;
		}
		refs[j] = w;
	}
}

/*
 * Group the table's words by the bucket of one end's character: a counting
 * sort, so a bucket keeps its words in table order, then longest first.
 */
static void
group(const ShrWordIndex *ix, ShrWordEnd *end, bool at_end)
{
	uint16_t	next[SHR_WORD_BUCKETS];

	memset(end->head, 0, sizeof(end->head));
	memset(end->flags, 0, sizeof(end->flags));
	for (int i = 0; i < ix->n; i++)
	{
		ShrWordRef	w = read_row(ix, i);
		unsigned	b = shr_word_bucket(end_char(&w, at_end));

		end->head[b + 1]++;
		end->flags[b] |= w.flags;
	}
	for (int b = 0; b < SHR_WORD_BUCKETS; b++)
	{
		end->head[b + 1] += end->head[b];
		next[b] = end->head[b];
	}
	for (int i = 0; i < ix->n; i++)
	{
		ShrWordRef	w = read_row(ix, i);

		end->refs[next[shr_word_bucket(end_char(&w, at_end))]++] = w;
	}
	for (int b = 0; b < SHR_WORD_BUCKETS; b++)
		longest_first(end->refs + end->head[b], end->head[b + 1] - end->head[b]);
}

/* Build both groupings; the index counts as built once both are whole. */
void
shr_word_index_build(ShrWordIndex *ix)
{
	group(ix, &ix->first, false);
	group(ix, &ix->last, true);
	ix->ready = true;
}

/*
 * The longest word having a flag in mask that starts (at_end: ends)
 * s[0..len): only the words of its first (last) character's bucket are
 * compared, longest first, so the first that matches is the one.  Two
 * words of one length cannot both match, as no word is written twice with
 * a flag in common (shr_word_index_check); a mask that asks for both rows
 * of one spelling gets the first in table order.
 */
static const ShrWordRef *
longest(ShrWordIndex *ix, const char *s, size_t len, uint32_t mask, bool at_end)
{
	const ShrWordEnd *end;
	uint32_t	cp;
	unsigned	b;

	if (s == NULL)
		return NULL;
	ix = shr_word_index(ix);
	end = at_end ? &ix->last : &ix->first;
	cp = at_end ? shr_word_last(s, len) : shr_word_first(s, len);
	b = shr_word_bucket(cp);
	if (cp == SHR_UTF8_NONE || (end->flags[b] & mask) == 0)
		return NULL;
	for (int k = end->head[b]; k < end->head[b + 1]; k++)
	{
		const ShrWordRef *w = &end->refs[k];

		if ((w->flags & mask) != 0 && w->len <= len &&
			shr_word_equal(at_end ? s + len - w->len : s, w->word, w->len))
			return w;
	}
	return NULL;
}

/* The longest word starting s: 超过 rather than 超, 万亿 rather than 万. */
const ShrWordRef *
shr_word_match(ShrWordIndex *ix, const char *s, size_t len, uint32_t mask)
{
	return longest(ix, s, len, mask, false);
}

/* The longest word ending s: 及以上 rather than 以上. */
const ShrWordRef *
shr_word_match_end(ShrWordIndex *ix, const char *s, size_t len, uint32_t mask)
{
	return longest(ix, s, len, mask, true);
}

/* The word spelled exactly s[0..len). */
const ShrWordRef *
shr_word_find(ShrWordIndex *ix, const char *s, size_t len)
{
	const ShrWordRef *w = shr_word_match(ix, s, len, UINT32_MAX);

	/* a word of len bytes matching at s is the longest one */
	return w != NULL && w->len == len ? w : NULL;
}

/*
 * Is word w in its bucket of one end, once?  NULL if so, else what is
 * wrong.  A spelling may stand twice if no flag is in both rows, as no
 * lookup asking for one of them then sees the other (the unit catalogue's
 * count 位 and the ordinal 位 of 第2位).
 */
static const char *
check_end(const ShrWordEnd *end, const ShrWordRef *w, bool at_end)
{
	unsigned	b = shr_word_bucket(end_char(w, at_end));
	int			found = 0;
	int			shared = 0;

	for (int k = end->head[b]; k < end->head[b + 1]; k++)
	{
		const ShrWordRef *o = &end->refs[k];

		if (o->len != w->len || memcmp(o->word, w->word, w->len) != 0)
			continue;
		found++;
		shared += (o->flags & w->flags) != 0;
	}
	if (found == 0)
		return "no lookup reaches it";
	return shared == 1 ? NULL : "it is written twice";
}

/* What is wrong with word w of a table, or NULL. */
static const char *
check_word(const ShrWordIndex *ix, const ShrWordRef *w)
{
	size_t		bad;
	const char *why;

	if (w->len == 0 || w->len != strlen(w->word))
		return "it is empty or too long";
	if (!shr_utf8_check(w->word, w->len, &bad))
		return "it is no UTF-8";
	if (w->flags == 0)
		return "it has no flag a lookup could ask for";
	why = check_end(&ix->first, w, false);
	if (why == NULL)
		why = check_end(&ix->last, w, true);
	return why;
}

/* Does each bucket hold what its head and flags say?  NULL if so. */
static const char *
check_buckets(const ShrWordEnd *end, int n, bool at_end)
{
	for (int b = 0; b < SHR_WORD_BUCKETS; b++)
	{
		uint32_t	flags = 0;

		if (end->head[b] > end->head[b + 1])
			return "bucket heads out of order";
		for (int k = end->head[b]; k < end->head[b + 1]; k++)
		{
			if (shr_word_bucket(end_char(&end->refs[k], at_end)) != (unsigned) b)
				return "a word in another character's bucket";
			flags |= end->refs[k].flags;
		}
		if (flags != end->flags[b])
			return "a bucket's flags are not its words'";
	}
	return end->head[0] == 0 && end->head[SHR_WORD_BUCKETS] == n ? NULL :
		"the buckets do not hold every word once";
}

const char *
shr_word_index_check(ShrWordIndex *ix, const char **word)
{
	const char *why;

	*word = NULL;
	ix = shr_word_index(ix);
	why = check_buckets(&ix->first, ix->n, false);
	if (why == NULL)
		why = check_buckets(&ix->last, ix->n, true);
	for (int i = 0; why == NULL && i < ix->n; i++)
	{
		ShrWordRef	w = read_row(ix, i);

		why = check_word(ix, &w);
		if (why != NULL)
			*word = w.word;
	}
	return why;
}
