/*
 * digits.h
 *		Internal to the number scanner: digits gathered into an exact
 *		decimal one at a time, and the scanner of Arabic numbers, which the
 *		Chinese numeral grammar (cnnumber.c) and number.c build on.
 */
#ifndef SHR_DIGITS_H
#define SHR_DIGITS_H

#include "types/number.h"

/*
 * Digits collected one at a time.  Leading zeros are not significant;
 * trailing zeros of the integer part wait in ipend (they become exponent
 * unless a fraction digit follows), trailing zeros of the fraction in fpend
 * (they are written precision, 5.0%, kept when the caller wants them).
 */
typedef struct DigitAcc
{
	uint64_t	coef;
	int			nd;				/* significant digits in coef */
	int			ipend;
	int			fpend;
	int			exp;
	bool		over_digits;	/* more than SHR_MAX_DIGITS */
	bool		over_range;		/* exponent beyond SHR_MAX_EXP */
} DigitAcc;

/* The code point at s[pos] (SHR_UTF8_BAD at the end) and its length in *n. */
extern uint32_t shr_cp_at(const char *s, size_t len, size_t pos, size_t *n);

/* Take one digit of the integer part, or of the fraction. */
extern void shr_acc_int(DigitAcc *a, int d);
extern void shr_acc_frac(DigitAcc *a, int d);

/*
 * Finish: integer zeros become exponent unless a fraction was written
 * (had_point); fraction zeros are kept if strict (they are precision) or if
 * they fit.
 */
extern void shr_acc_end(DigitAcc *a, bool had_point, bool strict);

/* Set a to an integer, its trailing zeros as exponent, and finish it. */
extern void shr_acc_set_integer(DigitAcc *a, uint64_t value);

/*
 * Scan an Arabic number (ASCII or full-width digits, thousands separators,
 * a point) without sign into a; bytes consumed, 0 if none.  strict keeps
 * the zeros that end the fraction.
 */
extern size_t shr_arabic_scan(const char *s, size_t len, DigitAcc *a, bool strict);

#endif							/* SHR_DIGITS_H */
