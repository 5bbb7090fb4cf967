/*
 * units.h
 *		The compiled-in catalogue of units and magnitude words.
 *
 * A quantity stores a unit by its index in this catalogue and a magnitude
 * word by its index in the magnitude table, so both indexes are part of the
 * on-disk format: entries are only ever appended, never reordered or removed.
 * Dimension ids are stored implicitly too (the btree order sorts by them), so
 * the same rule holds for dimensions.
 */
#ifndef SHR_UNITS_H
#define SHR_UNITS_H

#include "shr_common.h"

/* Unit 0 is the empty unit of a bare number (dimension "dimensionless"). */
#define SHR_UNIT_NONE 0

/*
 * One spelling of a unit.  Its size in the dimension's base unit is
 * factor * 10^factor_exp; the base is chosen per dimension so that every
 * factor is an integer (area counts in fifteenths of a square metre, so that
 * a mu is exactly 10000 of them), which keeps comparison and hashing exact.
 *
 * An ordinal unit is written after 第 and the number: 第2位, 第3名, a place
 * in a ranking (dimension "rank").  It shares its spelling with the count
 * of the same word (3位院士, 3名), so the lookups keep the two apart: the
 * plain ones (shr_unit_find, shr_unit_match) never return an ordinal unit,
 * shr_unit_ordinal_match returns nothing else.  A rank orders by its number,
 * as numbers do (第1位 < 第2位), but a smaller rank is the better one: a
 * ceiling (前10位, at most the 10th place) is the rank's target, and a
 * rank above it falls short.  The places a rank moves by (提升3位) are the
 * rank's plain unit 位次 (3位次), so that they print apart from a place.
 *
 * A place unit counts places (覆盖16市, 卓尼、临潭2县): count:市, count:县.
 * The same characters end countless words and names (市民, 县域, 沿黄9市
 * 一体化), so a number before them is a count of places only where the
 * reader decides it is one; the plain lookups never return a place unit,
 * shr_unit_place_match returns nothing else.
 */
typedef struct ShrUnitDef
{
	const char *name;			/* spelling, UTF-8; "" for unit 0 */
	uint16_t	dim;			/* dimension id */
	int64_t		factor;			/* base units per unit, times 10^-factor_exp */
	int8_t		factor_exp;
	bool		ordinal;		/* written 第N + name: a place in a ranking */
	bool		place;			/* counts places: found by name only */
} ShrUnitDef;

typedef struct ShrDimensionDef
{
	const char *name;			/* what dimension() returns */
} ShrDimensionDef;

/* A magnitude word written between the number and the unit: 万, 亿, 万亿 ... */
typedef struct ShrMagnitudeDef
{
	const char *word;			/* "" for magnitude 0, none */
	int8_t		exp;			/* power of ten it stands for */
} ShrMagnitudeDef;

#define SHR_MAG_NONE 0

extern int	shr_unit_count(void);
extern const ShrUnitDef *shr_unit(int id);	/* NULL when out of range */

/* Exact spelling lookup: unit id, or -1. */
extern int	shr_unit_find(const char *s, size_t len);

/*
 * A unit as a caller names one, optionally after a magnitude word: 亿元,
 * 万吨, 万人, 亿千瓦时.  The unit alone is tried first, so 千瓦 is the unit
 * 千瓦, not 千 of 瓦.  Returns the unit id and sets *mag (SHR_MAG_NONE
 * without a word), or -1.
 */
extern int	shr_unit_spec_find(const char *s, size_t len, int *mag);

/*
 * The same, preferring a unit of dimension dim where a spelling names two
 * (位 as a count and as a place in a ranking) or only an ordinal or place
 * unit (市); -1 when there is none.
 */
extern int	shr_unit_spec_find_in(const char *s, size_t len, int dim, int *mag);

/* Longest unit spelling that starts s: unit id and *nbytes, or -1. */
extern int	shr_unit_match(const char *s, size_t len, size_t *nbytes);

/*
 * Longest spelling of an ordinal unit that starts s, the 位 of 第2位: unit
 * id and *nbytes, or -1.
 */
extern int	shr_unit_ordinal_match(const char *s, size_t len, size_t *nbytes);

/*
 * Longest spelling of a place unit that starts s, the 市 of 16市: unit id
 * and *nbytes, or -1.
 */
extern int	shr_unit_place_match(const char *s, size_t len, size_t *nbytes);

/*
 * Every spelling the lookups accept: each unit's but the empty one (the
 * ordinal and place ones too), then aliases (the full-width ％ for %).  The i-th,
 * with its unit in *unit, or NULL past the end.
 */
extern int	shr_unit_spelling_count(void);
extern const char *shr_unit_spelling(int i, int *unit);

extern int	shr_dimension_count(void);
extern const char *shr_dimension_name(int dim);	/* NULL when out of range */

/*
 * The base unit of a dimension as users see it, in which amounts of mixed
 * units are stated to be summed (a BI tool's sum): its first unit in the
 * catalogue (元, %, 吨, 公里, 平方米, 瓦, 秒 ...); -1 when out of range.  It
 * is not always the unit the core counts in (area counts in fifteenths of
 * a square metre, to keep 亩 exact).
 */
extern int	shr_dimension_unit(int dim);

extern int	shr_magnitude_count(void);
extern const ShrMagnitudeDef *shr_magnitude(int id); /* NULL when out of range */

/* Longest magnitude word that starts s: its id and *nbytes, or -1. */
extern int	shr_magnitude_match(const char *s, size_t len, size_t *nbytes);

/* Magnitude id whose exponent is exp, or -1. */
extern int	shr_magnitude_for_exp(int exp);

/*
 * NULL when the catalogue is well-formed and its lookups reach every
 * spelling and magnitude word; else what is wrong, with *word the word or
 * name at fault (or NULL).  For the unit tests.
 */
extern const char *shr_units_check(const char **word);

#endif							/* SHR_UNITS_H */
