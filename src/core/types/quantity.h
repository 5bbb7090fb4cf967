/*
 * quantity.h
 *		An exact amount with a unit: parsing, printing, ordering, hashing,
 *		arithmetic and conversion of the quantity type.
 */
#ifndef SHR_QUANTITY_H
#define SHR_QUANTITY_H

#include "types/number.h"
#include "vocab/units.h"

/*
 * The value in its unit is coef * 10^exp; mag is only the magnitude word to
 * print (as written), so '9.2万亿元' is coef 92, exp 11, mag 万亿, unit 元.
 * Trailing zeros of the coefficient are kept as written ('5.0%' prints as
 * written) and do not matter for equality.  16 bytes, no padding holes that
 * are not zeroed by the functions that build one.
 */
typedef struct ShrQuantity
{
	int64_t		coef;
	int16_t		exp;
	uint16_t	unit;			/* catalogue id */
	uint8_t		mag;			/* magnitude id for display */
	uint8_t		pad[3];			/* always zero */
} ShrQuantity;

/* Enough for any quantity printed by shr_quantity_format. */
#define SHR_QUANTITY_BUFLEN 192

/* Flags for shr_amount_scan. */
#define SHR_SCAN_CHINESE	0x01	/* accept Chinese numerals */
#define SHR_SCAN_RANGE		0x02	/* accept X-Y, X～Y, X至Y, X到Y */
#define SHR_SCAN_SIGN		0x04	/* accept a leading sign */
#define SHR_SCAN_SPACES		0x08	/* accept spaces between number and unit,
									 * and inside a Chinese numeral */
#define SHR_SCAN_RANK		0x10	/* accept a rank: 第2位, 第三名, and the
									 * ceiling 前10位, 前十 (ShrScan.top) */
#define SHR_SCAN_MIXED		0x20	/* accept Arabic digits between place
									 * words, whole groups only (SHR_NUM_MIXED) */
#define SHR_SCAN_PLACE		0x40	/* accept a place unit: 16市, 2县 */

/* What shr_amount_scan found at the start of a string. */
typedef struct ShrScan
{
	ShrQuantity q;				/* the amount, or the low end of a range */
	ShrQuantity hi;				/* the high end when is_range */
	bool		is_range;
	bool		more;			/* 多/余/几 inside the amount: 9500多家, 二十几万 */
	bool		top;			/* 前10位, 前十: at most the 10th place, a
								 * ceiling the caller bounds (q is 第10位) */
	bool		chinese;		/* written in Chinese numerals */
	bool		has_unit;		/* a catalogue unit followed the number */
	size_t		nbytes;			/* bytes consumed */
} ShrScan;

/*
 * (amount.c) Scan an amount at the start of s: a number, then optionally
 * 多/余/几, a magnitude word (萬 and 億 read as 万 and 亿), 多/余/几, and
 * the longest catalogue unit; with SHR_SCAN_RANK also 第, a number and an
 * ordinal unit (第2位), or 前, a number and an ordinal unit if any (前10位,
 * 前十: the top ten, a ceiling in the unit 位).  Text after that is left for
 * the caller (an unknown unit is not an error here).  Returns nbytes, 0 when s does not
 * start with a number; err is set on overflow and on what shr_number_scan
 * refuses (三五千, 十四五, a fraction over zero).
 */
extern size_t shr_amount_scan(const char *s, size_t len, unsigned flags,
							  ShrScan *out, ShrError *err);

/* (amount.c) Parse a whole string (surrounding spaces allowed) as a quantity. */
extern ShrStatus shr_quantity_parse(const char *s, size_t len, ShrQuantity *out,
									ShrError *err);

/*
 * Canonical text; returns its length.  size >= SHR_QUANTITY_BUFLEN.  A rank
 * prints after 第 (第2位).
 */
extern size_t shr_quantity_format(const ShrQuantity *q, char *buf, size_t size);

/* Check a quantity that came from outside (binary input). */
extern ShrStatus shr_quantity_validate(const ShrQuantity *q, ShrError *err);

/* Build a quantity from parts, normalizing; overflow is reported. */
extern ShrStatus shr_quantity_make(ShrDecimal value, int unit, int mag,
								   ShrQuantity *out, ShrError *err);

extern int	shr_quantity_dim(const ShrQuantity *q);

/*
 * Total order: dimension id first, then value in the base unit.  Never
 * fails.  Ranks order by their number (第1位 < 第2位), though a smaller rank
 * is the better one: a caller that asks whether a rank met its goal reads
 * the goal as a ceiling (前10位 is at most 第10位, units.h).
 */
extern int	shr_quantity_cmp(const ShrQuantity *a, const ShrQuantity *b);

/* Compare two quantities of one dimension; SHR_EDIMENSION otherwise. */
extern ShrStatus shr_quantity_compare(const ShrQuantity *a, const ShrQuantity *b,
									  int *result, ShrError *err);

/*
 * A canonical form of the value, equal for equal quantities ('1吨' and
 * '2000斤'), for hashing: hash its bytes.
 */
typedef struct ShrHashKey
{
	uint64_t	hi;				/* base-unit value: hi:lo is a 128-bit integer */
	uint64_t	lo;
	int32_t		exp;
	int32_t		dim;
} ShrHashKey;

extern void shr_quantity_hash_key(const ShrQuantity *q, ShrHashKey *key);

/*
 * Arithmetic.  Results keep at most SHR_MAX_DIGITS significant digits,
 * rounding half to even beyond that; + and - convert b to a's unit and keep
 * a's unit and magnitude word; mixing dimensions is SHR_EDIMENSION.
 */
extern ShrStatus shr_quantity_add(const ShrQuantity *a, const ShrQuantity *b,
								  ShrQuantity *out, ShrError *err);
extern ShrStatus shr_quantity_sub(const ShrQuantity *a, const ShrQuantity *b,
								  ShrQuantity *out, ShrError *err);
extern ShrStatus shr_quantity_mul(const ShrQuantity *a, ShrDecimal d,
								  ShrQuantity *out, ShrError *err);
/* Division by zero is SHR_EVALUE with a detail saying so. */
extern ShrStatus shr_quantity_div(const ShrQuantity *a, ShrDecimal d,
								  ShrQuantity *out, ShrError *err);
extern ShrStatus shr_quantity_negate(const ShrQuantity *a, ShrQuantity *out,
									 ShrError *err);

/*
 * Round to a multiple of 10^exp of the unit (magnitude applied), half away
 * from zero as SQL's round(numeric) does, keeping unit and magnitude word:
 * 9.25万亿元 to exp 11 is 9.3万亿元.  A value already that coarse is
 * unchanged.
 */
extern ShrStatus shr_quantity_round(const ShrQuantity *q, int exp,
									ShrQuantity *out, ShrError *err);

/* The exponent of the magnitude word q is written with (万: 4), 0 for none. */
extern int	shr_quantity_mag_exp(const ShrQuantity *q);

/* Convert to another unit of the same dimension, keeping the magnitude word. */
extern ShrStatus shr_quantity_convert(const ShrQuantity *q, int unit,
									  ShrQuantity *out, ShrError *err);

/* The value in its own unit, magnitude applied (9200000000000), as a decimal. */
extern ShrDecimal shr_quantity_value(const ShrQuantity *q);

/*
 * The value in the dimension's base unit as plain decimal text, exact (it is
 * an integer times a power of ten), for ratios computed by the caller.
 */
extern size_t shr_quantity_base_string(const ShrQuantity *q, char *buf, size_t size);

#endif							/* SHR_QUANTITY_H */
