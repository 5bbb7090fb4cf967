/*
 * target.h
 *		A value as a report qualifies it: a floor, a ceiling, "about", a range
 *		or an exact value, with an optional commitment word.
 */
#ifndef SHR_TARGET_H
#define SHR_TARGET_H

#include "types/quantity.h"
#include "vocab/qualifiers.h"

/*
 * lo holds the stated value for every bound but a range, whose ends are lo
 * and hi (hi is all zero otherwise).  40 bytes, padding zeroed.
 */
typedef struct ShrTarget
{
	ShrQuantity lo;
	ShrQuantity hi;
	uint8_t		bound;			/* ShrBound */
	uint8_t		commitment;		/* ShrCommitment */
	uint8_t		pad[6];			/* always zero */
} ShrTarget;

#define SHR_TARGET_BUFLEN (2 * SHR_QUANTITY_BUFLEN + 32)

/* Parse a whole string (surrounding spaces allowed) as a target. */
extern ShrStatus shr_target_parse(const char *s, size_t len, ShrTarget *out,
								  ShrError *err);

/* Canonical text (5%以上, 超过9500家, 3%左右, 5%-5.5%, 力争20亿吨以上). */
extern size_t shr_target_format(const ShrTarget *t, char *buf, size_t size);

/* Build a target from a scanned amount and its qualifiers (figure extractor). */
extern ShrStatus shr_target_make(const ShrQuantity *lo, const ShrQuantity *hi,
								 int bound, int commitment, ShrTarget *out,
								 ShrError *err);

extern ShrStatus shr_target_validate(const ShrTarget *t, ShrError *err);

/* Total order: dimension, lower end, upper end, bound, commitment. */
extern int	shr_target_cmp(const ShrTarget *a, const ShrTarget *b);

/* Bounds as quantities; false when unbounded on that side. */
extern bool shr_target_lower(const ShrTarget *t, ShrQuantity *out);
extern bool shr_target_upper(const ShrTarget *t, ShrQuantity *out);

/*
 * Does q satisfy t?  approx holds within a relative tolerance (0.1: 3%左右
 * holds 2.7% to 3.3%).  Different dimensions are SHR_EDIMENSION.
 */
extern ShrStatus shr_target_contains(const ShrTarget *t, const ShrQuantity *q,
									 ShrDecimal tolerance, bool *result,
									 ShrError *err);

/*
 * q minus the nearest bound of t, in t's unit (positive = above the target);
 * zero inside a range.  For a rank the difference is a number of places
 * (位次): positive is behind the goal, as a larger place is the worse one.
 */
extern ShrStatus shr_target_gap(const ShrTarget *t, const ShrQuantity *q,
								ShrQuantity *out, ShrError *err);

/* Hash key consistent with shr_target_cmp() == 0. */
extern void shr_target_hash_key(const ShrTarget *t, ShrHashKey keys[2]);

#endif							/* SHR_TARGET_H */
