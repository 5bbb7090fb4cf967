/*
 * words.h
 *		The index every word table of the core is looked up by (units,
 *		magnitude words, qualifiers, the extractor's lexicon), derived from
 *		the table the first time one of its words is looked up.
 *
 * Each vocabulary is one table written once: a row is a word, as a UTF-8
 * literal, and what it means.  Lookups want the words that start (or end)
 * with a given character, so an index groups a table's words into buckets
 * by the code point of their first character and, separately, of their
 * last: a character's bucket is found in one step and only its few words
 * are compared byte by byte.  Each bucket also keeps the union of its
 * words' flags, so a caller walking a text skips in one test a character
 * that no word it wants starts with.
 *
 * Nothing of an index is written by hand.  It is built into static arrays
 * sized by the table (SHR_WORD_INDEX), without allocating, the first time
 * the table is looked up.  This is the only global state of the core, and
 * it is safe: a server process is single-threaded, and the build is
 * idempotent (the same table always yields the same index, and the index
 * counts as built only once it is whole), so whichever call builds it, the
 * lookups see the same data.
 */
#ifndef SHR_WORDS_H
#define SHR_WORDS_H

#include "text/utf8.h"

/* A word and its length in bytes, counted by the compiler. */
typedef struct ShrWord
{
	const char *word;			/* UTF-8 */
	uint8_t		len;
} ShrWord;

/* A word and its length, for table initializers: {SHR_WORD("万")}. */
#define SHR_WORD(w) w, sizeof(w) - 1

/* One word of a table as its index holds it. */
typedef struct ShrWordRef
{
	const char *word;			/* UTF-8, the table's own literal */
	uint32_t	flags;			/* what a lookup may ask for (role, lexicon flags) */
	uint16_t	id;				/* what it stands for: its row, or a unit id */
	uint8_t		len;			/* bytes of word, counted when indexing */
} ShrWordRef;

/* Reads the i-th word of a table, in table order (len need not be set). */
typedef ShrWordRef (*ShrWordRow) (int i);

/*
 * Buckets per end: many more than a table has characters at that end, so
 * that most characters of a text fall in a bucket of no word, or of few.
 */
#define SHR_WORD_BUCKETS 1024

/*
 * A table's words grouped by the bucket of the character at one end, the
 * longest first in a bucket and words of one length in table order.
 */
typedef struct ShrWordEnd
{
	ShrWordRef *refs;			/* the words, bucket after bucket */
	uint16_t	head[SHR_WORD_BUCKETS + 1]; /* bucket b: refs[head[b]..head[b + 1]) */
	uint32_t	flags[SHR_WORD_BUCKETS];	/* union of each bucket's flags */
} ShrWordEnd;

typedef struct ShrWordIndex
{
	int			n;				/* words in the table */
	ShrWordRow	row;			/* reads them */
	ShrWordEnd	first;			/* by first character */
	ShrWordEnd	last;			/* by last character */
	bool		ready;			/* built, whole */
} ShrWordIndex;

/*
 * Declare the index of a table of n words read by row, with its storage;
 * it is built at its first lookup.  Ids and bucket heads are 16 bits.
 */
#define SHR_WORD_INDEX(name, n, row) \
	typedef char name##_fits_16_bits[(n) <= UINT16_MAX ? 1 : -1]; \
	static ShrWordRef name##_first[(n)]; \
	static ShrWordRef name##_last[(n)]; \
	static ShrWordIndex name = {(n), (row), {name##_first}, {name##_last}, false}

/* Bucket of a code point. */
static inline unsigned
shr_word_bucket(uint32_t cp)
{
	return (unsigned) ((cp ^ (cp >> 10)) & (SHR_WORD_BUCKETS - 1));
}

/* The first character of s[0..len), as shr_utf8_lead. */
static inline uint32_t
shr_word_first(const char *s, size_t len)
{
	return shr_utf8_lead((const unsigned char *) s, len);
}

/*
 * The last character of s[0..len), as shr_utf8_lead: s may be untrusted
 * text (a value typed into a target), so unlike shr_utf8_before it never
 * reads past len.
 */
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

/* Build an index from its table; lookups do it at first use. */
extern void shr_word_index_build(ShrWordIndex *ix);

/* The index, built. */
static inline ShrWordIndex *
shr_word_index(ShrWordIndex *ix)
{
	if (!ix->ready)
		shr_word_index_build(ix);
	return ix;
}

/*
 * Can a word having a flag in mask start with cp?  False means
 * shr_word_match would find nothing.  The index must be built.
 */
static inline bool
shr_word_may_start(const ShrWordIndex *ix, uint32_t cp, uint32_t mask)
{
	return (ix->first.flags[shr_word_bucket(cp)] & mask) != 0;
}

/*
 * Can a word having a flag in mask end with cp?  False means
 * shr_word_match_end would find nothing.  The index must be built.
 */
static inline bool
shr_word_may_end(const ShrWordIndex *ix, uint32_t cp, uint32_t mask)
{
	return (ix->last.flags[shr_word_bucket(cp)] & mask) != 0;
}

/* Longest word having a flag in mask that starts s[0..len), or NULL. */
extern const ShrWordRef *shr_word_match(ShrWordIndex *ix, const char *s,
										size_t len, uint32_t mask);

/* Longest word having a flag in mask that ends s[0..len), or NULL. */
extern const ShrWordRef *shr_word_match_end(ShrWordIndex *ix, const char *s,
											size_t len, uint32_t mask);

/* The word that is s[0..len) exactly, or NULL. */
extern const ShrWordRef *shr_word_find(ShrWordIndex *ix, const char *s,
									   size_t len);

/*
 * Is the table well-formed (every word UTF-8, written once, with a flag to
 * be asked for; a spelling written twice shares no flag between its rows)
 * and its index true to it (every word reached from both ends)?  NULL if so, else what is wrong, with *word set to the word at
 * fault or NULL.  For the unit tests, as contrib/isn's check_table.
 */
extern const char *shr_word_index_check(ShrWordIndex *ix, const char **word);

#endif							/* SHR_WORDS_H */
