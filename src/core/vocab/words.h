/*
 * words.h
 *		Compiled-in word tables looked up by the character a word starts
 *		(or ends) with: a table sorted by that character is searched by
 *		halving, and only the few words sharing the character are compared.
 *
 * The tables are const data written in sorted order (unit tests check
 * that every word is found), so lookups need no index built at run time
 * and no global state.  UTF-8 sorts in code point order byte by byte, so
 * "sorted by first character" is what LC_ALL=C sort gives.  Each entry
 * carries the code point it is sorted by, written out in the table: the
 * search compares it without decoding a word at every step.
 */
#ifndef SHR_WORDS_H
#define SHR_WORDS_H

#include "text/utf8.h"

typedef struct ShrWord
{
	const char *word;			/* UTF-8 */
	uint8_t		len;			/* its bytes, counted by the compiler */
	uint16_t	id;				/* what it stands for in its table */
	uint32_t	key;			/* code point of its first (or last) character */
} ShrWord;

/*
 * A word and its length, for table initializers:
 * {SHR_WORD("万"), 4, 0x4E07}.
 */
#define SHR_WORD(w) w, sizeof(w) - 1

/* The first character of s[0..len), as shr_utf8_lead. */
static inline uint32_t
shr_word_first(const char *s, size_t len)
{
	return shr_utf8_lead((const unsigned char *) s, len);
}

/* The last character of s[0..len), as shr_utf8_lead. */
static inline uint32_t
shr_word_last(const char *s, size_t len)
{
	size_t		i = len;

	while (i > 0 && len - i < 4)
	{
		i--;
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			break;
	}
	return shr_utf8_lead((const unsigned char *) s + i, len - i);
}

/* Do a[0..n) and b[0..n) hold the same bytes?  Words are a few bytes long. */
static inline bool
shr_word_equal(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

/*
 * The words of tab[0..n) whose key is key are tab[*lo..*hi), given tab
 * sorted by key.
 */
static inline void
shr_words_find(const ShrWord *tab, int n, uint32_t key, int *lo, int *hi)
{
	int			l = 0,
				h = n;

	while (l < h)
	{
		int			mid = (l + h) / 2;

		if (tab[mid].key < key)
			l = mid + 1;
		else
			h = mid;
	}
	*lo = l;
	while (l < n && tab[l].key == key)
		l++;
	*hi = l;
}

#endif							/* SHR_WORDS_H */
