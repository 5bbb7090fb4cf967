/*
 * number.h
 *		Exact decimals and the scanner for numbers as Chinese texts write them:
 *		ASCII or full-width digits with thousands separators and a point
 *		(1,200.5, .5) or an exponent (2e5, -1.2e-3), and Chinese numerals
 *		(三千五百, 一万二千, 两万, 三点五) in plain, financial (壹仟贰佰) and
 *		traditional (三萬五千) characters or mixed with Arabic digits
 *		(3万4000), and fractions (百分之五, 三分之一).
 */
#ifndef SHR_NUMBER_H
#define SHR_NUMBER_H

#include "text/utf8.h"

/* At most this many significant digits: every such coefficient fits int64. */
#define SHR_MAX_DIGITS 18
/* Exponents stay within this range; beyond it a value overflows. */
#define SHR_MAX_EXP 120

/* value = coef * 10^exp, exactly. */
typedef struct ShrDecimal
{
	int64_t		coef;
	int32_t		exp;
} ShrDecimal;

/* What shr_number_scan found. */
typedef struct ShrNumber
{
	ShrDecimal	value;			/* the number without its trailing magnitude */
	int			mag;			/* trailing magnitude word of a Chinese numeral
								 * (两万 -> 2, mag 万), else SHR_MAG_NONE */
	bool		chinese;		/* written in Chinese numerals */
	bool		percent;		/* 百分之X: value is X, unit is percent */
	bool		permille;		/* 千分之X */
} ShrNumber;

/* Flags for shr_number_scan. */
#define SHR_NUM_CHINESE		0x01	/* also accept Chinese numerals */
#define SHR_NUM_SIGN		0x02	/* accept a leading sign */
#define SHR_NUM_SPACES		0x04	/* white space between a Chinese numeral's
									 * characters (一百 五 十 二) */
#define SHR_NUM_MIXED		0x08	/* Arabic digits between Chinese place
									 * words, and only whole groups: 3万4000,
									 * 1亿2000万, but 40万3 is 40 and then 3 */

/*
 * A fraction N分之M (三分之一, 五分之二, 万分之五) is M / N: exact when it
 * terminates within SHR_MAX_DIGITS significant digits (五分之二 is 0.4),
 * otherwise rounded half to even to SHR_MAX_DIGITS (18) significant digits,
 * as every inexact result of the types is (三分之一 is
 * 0.333333333333333333, 三分之二 0.666666666666666667).
 */
#define SHR_FRACTION_DIGITS SHR_MAX_DIGITS

/*
 * Scan a number at the start of s.  Returns the bytes consumed (0 when s does
 * not start with a number).  SHR_NUM_CHINESE reads Arabic digits between
 * place words too, and a last digit after one as the next place down
 * (3万4 is 34000, as 三万四 is); SHR_NUM_MIXED alone reads only the mixed
 * forms running text writes unmistakably, so that 40万3岁 stays 40万 and
 * an age.  On a number too long for the representation it
 * returns the bytes it spans and sets err to SHR_EOVERFLOW.  Chinese digits
 * side by side before a place word or after a numeral's last digit are no
 * number: 三五千 and 两千五六百 are rough ranges, 十四五 is a label (the 14th
 * Five-Year Plan), not 145 nor 14; the scanner returns the bytes of the
 * whole run and sets err to SHR_ESYNTAX, so that no first digit of them is
 * read as the figure.  A run of plain digits alone reads positionally
 * (二〇二四, 二〇二四点五).  Otherwise err is left alone.
 */
extern size_t shr_number_scan(const char *s, size_t len, unsigned flags,
							  ShrNumber *out, ShrError *err);

/*
 * Parse a plain ASCII decimal such as numeric_out prints ("-12.50"; no
 * exponent, no NaN).  Exact: more than SHR_MAX_DIGITS significant digits is
 * SHR_EOVERFLOW, but trailing zeros of the fraction are dropped when
 * keeping them would not fit ("0.50000000000000000000" is 0.5).
 */
extern ShrStatus shr_decimal_parse(const char *s, size_t len, ShrDecimal *out,
								   ShrError *err);

/* Print a decimal in plain notation; returns the length.  buf >= 160 bytes. */
extern size_t shr_decimal_format(ShrDecimal d, char *buf, size_t size);

/*
 * Bytes of white space (shr_is_space) and line ends at the start of s.
 */
extern size_t shr_skip_spaces(const char *s, size_t len);

#endif							/* SHR_NUMBER_H */
