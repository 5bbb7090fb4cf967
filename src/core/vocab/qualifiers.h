/*
 * qualifiers.h
 *		The lexicon of qualifier words (以上, 左右, 不低于, 力争 ...) shared by
 *		the target type's parser and the report's figure extractor, and how a
 *		prefix and a suffix qualifier combine into one bound.
 */
#ifndef SHR_QUALIFIERS_H
#define SHR_QUALIFIERS_H

#include "shr_common.h"

typedef enum ShrBound
{
	SHR_BOUND_EQ = 0,
	SHR_BOUND_GE,
	SHR_BOUND_GT,
	SHR_BOUND_LE,
	SHR_BOUND_LT,
	SHR_BOUND_APPROX,
	SHR_BOUND_RANGE
} ShrBound;

#define SHR_BOUND_NONE (-1)

typedef enum ShrCommitment
{
	SHR_COMMIT_NONE = 0,
	SHR_COMMIT_LIZHENG,			/* 力争 */
	SHR_COMMIT_QUEBAO,			/* 确保 */
	SHR_COMMIT_ZHENGQU			/* 争取 */
} ShrCommitment;

/* Where a qualifier stands relative to the amount. */
#define SHR_QUAL_PREFIX 0x01
#define SHR_QUAL_SUFFIX 0x02

typedef struct ShrQualifier
{
	const char *word;			/* as written, UTF-8 */
	uint8_t		role;			/* SHR_QUAL_PREFIX and/or SHR_QUAL_SUFFIX */
	int8_t		bound;			/* ShrBound it implies, or SHR_BOUND_NONE */
	bool		weak;			/* yields to any other bound: 控制在 */
	uint8_t		commitment;		/* ShrCommitment, for 力争/确保/争取 */
} ShrQualifier;

/* How many words the lexicon has, and the i-th of them (NULL past the end). */
extern int	shr_qualifier_count(void);
extern const ShrQualifier *shr_qualifier(int i);

/* Longest qualifier of the given role(s) that starts s, with *nbytes; or NULL. */
extern const ShrQualifier *shr_qualifier_match(const char *s, size_t len,
											   unsigned role, size_t *nbytes);

/* Longest qualifier of the given role(s) that ends s[0..len), or NULL. */
extern const ShrQualifier *shr_qualifier_match_end(const char *s, size_t len,
												   unsigned role, size_t *nbytes);

/*
 * Combine the bounds of the qualifiers around one amount (in text order) into
 * one; SHR_BOUND_NONE means none was given (the amount is exact), and
 * SHR_BOUND_NONE with *conflict set means two contradict (不低于5%以内).
 */
extern int	shr_bound_combine(const ShrQualifier *const *quals, int n, bool *conflict);

/*
 * The qualifier that 多 or 余 inside an amount implies (9500多家: more than
 * 9500, gt).  It is in neither role, so the match functions never return it;
 * a parser that saw more in a ShrScan adds it in text order.
 */
extern const ShrQualifier *shr_qualifier_more(void);

/*
 * The qualifier that 前 before a rank implies (前10位: at most the 10th
 * place, le).  Like 多 it is in neither role: 前 before a number is mostly
 * a time (前10个月), so only a scanner that read a rank adds it.
 */
extern const ShrQualifier *shr_qualifier_top(void);

/*
 * NULL when the lexicon is well-formed and its lookups reach every word;
 * else what is wrong, with *word the word at fault.  For the unit tests.
 */
extern const char *shr_qualifiers_check(const char **word);

extern const char *shr_bound_name(int bound);	/* "eq", "ge", ... */
extern const char *shr_commitment_word(int commitment);	/* NULL for none */

#endif							/* SHR_QUALIFIERS_H */
