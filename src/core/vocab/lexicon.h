/*
 * lexicon.h
 *		The words the figure extractor reads a sentence by: linking verbs and
 *		action verbs, connectives and adverbials to trim from a metric, words
 *		that make a number a name, nouns and places a number counts, fixed
 *		phrases with numerals, the verbs and scopes of ranks, and the heading
 *		words that tell the review of the past year from the year's goals.
 *
 * One compiled-in list; each word carries flags saying which roles it plays.
 * Lookups go through the index words.h derives from the list, so matching
 * a word at a position costs a bucket of a few words, not a walk over the
 * whole list.
 */
#ifndef SHR_LEXICON_H
#define SHR_LEXICON_H

#include "vocab/words.h"

#define SHR_LX_PRED		0x0001	/* links a metric to its figure */
#define SHR_LX_LINK		0x0002	/* linking verb: the metric is its subject */
#define SHR_LX_CHANGE	0x0004	/* states a change: 增长, 下降 */
#define SHR_LX_COMPARE	0x0008	/* compares with a base: 高于 (base is no metric) */
#define SHR_LX_ADJ		0x0010	/* only a predicate right before the number */
#define SHR_LX_LEAD		0x0020	/* opens a clause, not part of a metric: 其中 */
#define SHR_LX_TRAIL	0x0040	/* adverbial between subject and verb: 同比 */
#define SHR_LX_GOVERN	0x0080	/* commitment that governs later figures: 力争 */
#define SHR_LX_LABEL	0x0100	/* after a number, makes it a name: 号, 级 */
#define SHR_LX_STOP		0x0200	/* ends a noun phrase that follows a number */
#define SHR_LX_RESP		0x1000	/* distributes a list over figures: 分别 */
#define SHR_LX_SHARED	0x2000	/* one figure shared by a list: 均, 各 */
#define SHR_LX_PLANWORD 0x4000	/* wording of a plan inside a review: 力争 */
#define SHR_LX_NOTUNIT	0x8000	/* a word that starts with a measure word: 台阶 */
#define SHR_LX_PERSON	0x20000 /* a number before it counts people: 16万儿童 */
#define SHR_LX_HOUSEHOLD 0x40000	/* ... households: 662万农户 */
#define SHR_LX_FIRM		0x80000 /* ... firms: 10万经营主体 */
#define SHR_LX_PLACE	0x100000	/* counted like a measure word: 16市, 2县 */
#define SHR_LX_COMPUTE	0x200000	/* names computing power: 算力, 智算 */
#define SHR_LX_FIXED	0x400000	/* a phrase whose numeral counts nothing: 十四五 */
#define SHR_LX_SPLIT	0x800000	/* divides into a count: 分三批 */
#define SHR_LX_PROGRAMME 0x1000000	/* ends a programme's name: 行动, 计划 */
#define SHR_LX_SCOPE	0x2000000	/* the field a rank is in: 全国, 中部 */
#define SHR_LX_RANK		0x4000000	/* a rank follows: 居, 位居, 升至, 进入 */
#define SHR_LX_RANKMOVE 0x8000000	/* moves a rank by places: 提升3位 */
#define SHR_LX_RANKBARE 0x10000000	/* a rank without 第 follows: 排名53位 */

/* The roles that make the noun after a number what it counts. */
#define SHR_LX_COUNTED	(SHR_LX_PERSON | SHR_LX_HOUSEHOLD | SHR_LX_FIRM)

typedef struct ShrLexEntry
{
	const char *word;			/* UTF-8 */
	uint8_t		len;			/* its length in bytes */
	uint32_t	flags;
} ShrLexEntry;

/*
 * What the extractor looks words up through: a handle on the list's index,
 * which is built once per process (words.h says why that is safe).
 */
typedef struct ShrLexIndex
{
	ShrWordIndex *words;
} ShrLexIndex;

/*
 * Can a word having a flag in mask start with cp?  False means
 * shr_lex_match would find nothing; callers walking a text test it first.
 */
static inline bool
shr_lex_may_start(const ShrLexIndex *ix, uint32_t cp, unsigned mask)
{
	return shr_word_may_start(ix->words, cp, mask);
}

/*
 * Can a word having a flag in mask end with cp?  False means
 * shr_lex_match_end would find nothing; callers walking a text backwards
 * test it first.
 */
static inline bool
shr_lex_may_end(const ShrLexIndex *ix, uint32_t cp, unsigned mask)
{
	return shr_word_may_end(ix->words, cp, mask);
}

/* Point a handle at the list's index, building it the first time. */
extern void shr_lex_index_init(ShrLexIndex *ix);

/* Longest word having a flag in mask that starts s[0..len), or NULL. */
extern const ShrLexEntry *shr_lex_match(const ShrLexIndex *ix, const char *s,
										size_t len, unsigned mask,
										size_t *nbytes);

/* Longest word having a flag in mask that ends s[0..len), or NULL. */
extern const ShrLexEntry *shr_lex_match_end(const ShrLexIndex *ix,
											const char *s, size_t len,
											unsigned mask, size_t *nbytes);

/* How many words the list has, and the i-th of them (NULL past the end). */
extern int	shr_lex_count(void);
extern const ShrLexEntry *shr_lex_entry(int i);

/*
 * NULL when the list is well-formed (each word once) and its lookups reach
 * every word; else what is wrong, with *word the word at fault.  For the
 * unit tests.
 */
extern const char *shr_lex_check(const char **word);

#endif							/* SHR_LEXICON_H */
