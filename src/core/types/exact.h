/*
 * exact.h
 *		Exact integer arithmetic for the core: 128-bit integers and a small
 *		fixed-size unsigned big integer, and the one rounding rule every
 *		inexact result goes through (half to even, SHR_MAX_DIGITS digits).
 *
 * Internal to src/core; nothing outside the core includes it.
 */
#ifndef SHR_EXACT_H
#define SHR_EXACT_H

#include "shr_common.h"

#if !defined(__SIZEOF_INT128__)
#error "shreport needs a C compiler with __int128 (gcc or clang on a 64-bit target)"
#endif

__extension__ typedef unsigned __int128 shr_u128;
__extension__ typedef __int128 shr_i128;

/*
 * An unsigned integer in base 10^9, least significant limb first.  576
 * decimal digits are more than any sum of two quantities needs: exponents
 * stay within +-SHR_MAX_EXP plus a unit factor, so aligning two operands
 * spans under 300 digits.
 */
#define SHR_BIG_LIMBS 64
#define SHR_BIG_BASE 1000000000u

typedef struct ShrBig
{
	int			n;				/* limbs in use; 0 is the value zero */
	uint32_t	d[SHR_BIG_LIMBS];
} ShrBig;

extern void shr_big_set_u128(ShrBig *b, shr_u128 v);
extern bool shr_big_is_zero(const ShrBig *b);
extern int	shr_big_digits(const ShrBig *b);
extern int	shr_big_cmp(const ShrBig *a, const ShrBig *b);

/* These return false when the result would not fit SHR_BIG_LIMBS. */
extern bool shr_big_mul_small(ShrBig *b, uint32_t m);
extern bool shr_big_mul_pow10(ShrBig *b, int k);
extern bool shr_big_add(ShrBig *r, const ShrBig *a, const ShrBig *b);
extern bool shr_big_mul(ShrBig *r, const ShrBig *a, const ShrBig *b);

/* r = a - b, for a >= b. */
extern void shr_big_sub(ShrBig *r, const ShrBig *a, const ShrBig *b);

/* b = b / d (d > 0); returns the remainder. */
extern uint64_t shr_big_divmod_u64(ShrBig *b, uint64_t d);

/* Compare a * 10^ea with b * 10^eb; never overflows. */
extern int	shr_big_cmp_scaled(const ShrBig *a, int ea, const ShrBig *b, int eb);

/* Number of decimal digits of v (1 for zero). */
extern int	shr_u128_digits(shr_u128 v);
extern shr_u128 shr_u128_pow10(int k);	/* k in 0..38 */

/* Compare a * 10^ea with b * 10^eb for magnitudes below 10^30. */
extern int	shr_u128_cmp_scaled(shr_u128 a, int ea, shr_u128 b, int eb);

/*
 * The decimal nearest to n * 10^e / d (d > 0) with at most SHR_MAX_DIGITS
 * significant digits: exact, at the largest exponent that needs no more
 * than e, when the quotient terminates within that many digits; rounded
 * half to even otherwise.  Returns false only when n is beyond what the
 * big integer can scale, which callers treat as overflow.
 */
extern bool shr_exact_ratio(const ShrBig *n, int e, uint64_t d,
							uint64_t *coef, int *exp);

/*
 * Print digits[0..ndigits) (most significant first, no leading zeros unless
 * the value is zero) times 10^exp in plain notation, with a leading '-' when
 * negative; truncates to size - 1 bytes and returns the length written.
 */
extern size_t shr_format_plain(bool negative, const char *digits, int ndigits,
							   int exp, char *buf, size_t size);

#endif							/* SHR_EXACT_H */
