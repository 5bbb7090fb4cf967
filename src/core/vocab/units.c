/*
 * units.c
 *		The compiled-in catalogue of dimensions, units and magnitude words.
 *
 * Each is one table, and adding a unit or a magnitude word is adding one
 * row: the lookups by spelling use indexes derived from the tables (see
 * words.h), and shr_units_check, run by the unit tests, finds a row they
 * would not reach.
 *
 * The tables but the aliases are part of the on-disk format: a stored
 * quantity holds a unit id and a magnitude id, which are row numbers, and
 * the btree order sorts by dimension id.  So rows are only ever APPENDED;
 * never reorder, remove or reuse one, and never change a factor.  A new
 * spelling of an existing unit is a new row (it prints as written) with
 * the same dimension and factor.
 *
 * Each dimension's base unit is chosen so that every factor is an integer:
 * percent counts in tenths of a percent (so that ‰ is 1), mass in grams,
 * length in millimetres, area in fifteenths of a square metre (a mu is then
 * exactly 10000), volume in millilitres, power in watts, energy in
 * watt-hours, time in seconds, standard coal in kilograms, concentration
 * in micrograms per cubic metre, computing power in TFLOPS, a rank in
 * places.
 */
#include <string.h>

#include "vocab/units.h"
#include "vocab/words.h"

/*
 * The dimensions, one row each: the name its id is known by here and what
 * dimension() shows.  Append only: a dimension's id is its place, and the
 * btree order of stored quantities sorts by it.  Each count word
 * is a dimension of its own, so 3家 and 3个 do not compare.
 */
#define DIMENSIONS(X) \
	X(NONE, "dimensionless") \
	X(PERCENT, "percent") \
	X(PCT_POINT, "percentage_point") \
	X(MULTIPLE, "multiple") \
	X(CNY, "currency_cny") \
	X(USD, "currency_usd") \
	X(EUR, "currency_eur") \
	X(HKD, "currency_hkd") \
	X(MASS, "mass") \
	X(COAL, "coal_equivalent") \
	X(LENGTH, "length") \
	X(AREA, "area") \
	X(VOLUME, "volume") \
	X(POWER, "power") \
	X(ENERGY, "energy") \
	X(TIME, "time") \
	X(YEAR, "year") \
	X(MONTH, "month") \
	X(JIA, "count:家") \
	X(GE, "count:个") \
	X(REN, "count:人") \
	X(RENCI, "count:人次") \
	X(HU, "count:户") \
	X(TAO, "count:套") \
	X(SUO, "count:所") \
	X(XIANG, "count:项") \
	X(CHANG, "count:场") \
	X(TIAO, "count:条") \
	X(TAI, "count:台") \
	X(LIANG, "count:辆") \
	X(ZUO, "count:座") \
	X(KE, "count:颗") \
	X(WEI, "count:位") \
	X(MING, "count:名") \
	X(ZHANG, "count:张") \
	X(CHU, "count:处") \
	X(SOU, "count:艘") \
	X(LIE, "count:列") \
	X(JIA4, "count:架") \
	X(JIAN, "count:件") \
	X(CI, "count:次") \
	X(PI, "count:批") \
	X(PIAN, "count:篇") \
	X(BU, "count:部") \
	X(ZHI, "count:只") \
	X(TOU, "count:头") \
	X(ZHU, "count:株") \
	X(DUI, "count:对") \
	X(KE1, "count:棵") \
	X(JIAN1, "count:间") \
	X(DONG, "count:栋") \
	X(PIAN4, "count:片") \
	X(ZHI1, "count:支") \
	X(KUAN, "count:款") \
	X(LI, "count:例") \
	X(ZONG, "count:宗") \
	X(FEN, "count:份") \
	X(BEN, "count:本") \
	X(CE, "count:册") \
	X(LEI, "count:类") \
	X(TEU, "count:标准箱") \
	X(CHUANG, "count:床") \
	X(LIANGCI, "count:辆次") \
	X(BAN, "count:班") \
	X(JIACI, "count:家次") \
	X(JIACI4, "count:架次") \
	X(HANGCI, "count:航次") \
	X(TANG, "count:趟") \
	X(ZHONG, "count:种") \
	X(QI, "count:起") \
	X(LUN, "count:轮") \
	X(MEN, "count:门") \
	X(KUAI, "count:块") \
	X(SHOU, "count:首") \
	X(HUCI, "count:户次") \
	X(CHECI, "count:车次") \
	X(MASS_CONC, "mass_concentration") \
	X(COMPUTE, "computing_power") \
	X(AGE, "age") \
	X(ZU, "count:组") \
	X(RATIO, "ratio") \
	X(RANK, "rank") \
	X(SHI, "count:市") \
	X(XIAN, "count:县")

/* Dimension ids: D_NONE, D_PERCENT ... */
enum
{
#define X(id, name) D_##id,
	DIMENSIONS(X)
#undef X
	D_COUNT_DIMS
};

static const ShrDimensionDef dimensions[] = {
#define X(id, name) {name},
	DIMENSIONS(X)
#undef X
};

/*
 * Units, indexed by their on-disk id: append only.  The factor is base
 * units per unit, times 10^factor_exp.
 */
static const ShrUnitDef units[] = {
	{"", D_NONE, 1, 0},
	{"%", D_PERCENT, 1, 1},
	{"‰", D_PERCENT, 1, 0},
	{"个百分点", D_PCT_POINT, 1, 0},
	{"百分点", D_PCT_POINT, 1, 0},
	{"倍", D_MULTIPLE, 1, 0},
	{"元", D_CNY, 1, 0},
	{"美元", D_USD, 1, 0},
	{"欧元", D_EUR, 1, 0},
	{"港元", D_HKD, 1, 0},
	{"吨", D_MASS, 1, 6},
	{"公斤", D_MASS, 1, 3},
	{"千克", D_MASS, 1, 3},
	{"克", D_MASS, 1, 0},
	{"斤", D_MASS, 5, 2},
	{"两", D_MASS, 5, 1},
	{"吨标准煤", D_COAL, 1, 3},
	{"吨标煤", D_COAL, 1, 3},
	{"千克标准煤", D_COAL, 1, 0},
	{"公斤标准煤", D_COAL, 1, 0},
	{"公里", D_LENGTH, 1, 6},
	{"千米", D_LENGTH, 1, 6},
	{"米", D_LENGTH, 1, 3},
	{"厘米", D_LENGTH, 1, 1},
	{"毫米", D_LENGTH, 1, 0},
	{"平方米", D_AREA, 15, 0},
	{"平方公里", D_AREA, 15, 6},
	{"平方千米", D_AREA, 15, 6},
	{"公顷", D_AREA, 15, 4},
	{"亩", D_AREA, 1, 4},
	{"立方米", D_VOLUME, 1, 6},
	{"升", D_VOLUME, 1, 3},
	{"毫升", D_VOLUME, 1, 0},
	{"瓦", D_POWER, 1, 0},
	{"千瓦", D_POWER, 1, 3},
	{"兆瓦", D_POWER, 1, 6},
	{"吉瓦", D_POWER, 1, 9},
	{"瓦时", D_ENERGY, 1, 0},
	{"千瓦时", D_ENERGY, 1, 3},
	{"度", D_ENERGY, 1, 3},
	{"兆瓦时", D_ENERGY, 1, 6},
	{"吉瓦时", D_ENERGY, 1, 9},
	{"秒", D_TIME, 1, 0},
	{"分钟", D_TIME, 6, 1},
	{"小时", D_TIME, 36, 2},
	{"天", D_TIME, 864, 2},
	{"日", D_TIME, 864, 2},
	{"年", D_YEAR, 1, 0},
	{"个月", D_MONTH, 1, 0},
	{"家", D_JIA, 1, 0},
	{"个", D_GE, 1, 0},
	{"人", D_REN, 1, 0},
	{"人次", D_RENCI, 1, 0},
	{"户", D_HU, 1, 0},
	{"套", D_TAO, 1, 0},
	{"所", D_SUO, 1, 0},
	{"项", D_XIANG, 1, 0},
	{"场", D_CHANG, 1, 0},
	{"条", D_TIAO, 1, 0},
	{"台", D_TAI, 1, 0},
	{"辆", D_LIANG, 1, 0},
	{"座", D_ZUO, 1, 0},
	{"颗", D_KE, 1, 0},
	{"位", D_WEI, 1, 0},
	{"名", D_MING, 1, 0},
	{"张", D_ZHANG, 1, 0},
	{"处", D_CHU, 1, 0},
	{"艘", D_SOU, 1, 0},
	{"列", D_LIE, 1, 0},
	{"架", D_JIA4, 1, 0},
	{"件", D_JIAN, 1, 0},
	{"次", D_CI, 1, 0},
	{"批", D_PI, 1, 0},
	{"篇", D_PIAN, 1, 0},
	{"部", D_BU, 1, 0},
	{"只", D_ZHI, 1, 0},
	{"头", D_TOU, 1, 0},
	{"株", D_ZHU, 1, 0},
	{"对", D_DUI, 1, 0},
	{"棵", D_KE1, 1, 0},
	{"间", D_JIAN1, 1, 0},
	{"栋", D_DONG, 1, 0},
	{"片", D_PIAN4, 1, 0},
	{"支", D_ZHI1, 1, 0},
	{"款", D_KUAN, 1, 0},
	{"例", D_LI, 1, 0},
	{"宗", D_ZONG, 1, 0},
	{"份", D_FEN, 1, 0},
	{"本", D_BEN, 1, 0},
	{"册", D_CE, 1, 0},
	{"类", D_LEI, 1, 0},
	{"标准箱", D_TEU, 1, 0},
	{"标箱", D_TEU, 1, 0},
	{"床", D_CHUANG, 1, 0},
	{"辆次", D_LIANGCI, 1, 0},
	{"班", D_BAN, 1, 0},
	{"家次", D_JIACI, 1, 0},
	{"架次", D_JIACI4, 1, 0},
	{"航次", D_HANGCI, 1, 0},
	{"趟", D_TANG, 1, 0},
	{"种", D_ZHONG, 1, 0},
	{"起", D_QI, 1, 0},
	{"轮", D_LUN, 1, 0},
	{"门", D_MEN, 1, 0},
	{"块", D_KUAI, 1, 0},
	{"首", D_SHOU, 1, 0},
	{"户次", D_HUCI, 1, 0},

	/*
	 * 车次 counts trips as 辆次 and 架次 do, and like them is a count of its
	 * own: a trip of a train, a bus and a ferry are not one thing, and the
	 * catalogue never equates two measure words, so 3车次 no more equals 3趟
	 * or 3列 than 3家 equals 3个.
	 */
	{"车次", D_CHECI, 1, 0},

	/* A tenth (超4成): 1成 is 10%, that is 100 tenths of a percent. */
	{"成", D_PERCENT, 1, 2},

	/* PM2.5 and other pollutants; the first is the base for sums. */
	{"微克/立方米", D_MASS_CONC, 1, 0},
	{"毫克/立方米", D_MASS_CONC, 1, 3},
	{"微克每立方米", D_MASS_CONC, 1, 0},

	/*
	 * Floating-point operations per second, counted in TFLOPS so that the
	 * factors fit; sums are stated in EFLOPS, the unit reports use most.
	 */
	{"EFLOPS", D_COMPUTE, 1, 6},
	{"PFLOPS", D_COMPUTE, 1, 3},
	{"TFLOPS", D_COMPUTE, 1, 0},

	/*
	 * An age is not a duration: 79.3岁 of life expectancy and the 5年 of a
	 * plan are not to be compared, summed or converted into each other.
	 */
	{"岁", D_AGE, 1, 0},

	/*
	 * 方 is how reports write a cubic metre of gas or water (天然气产量370
	 * 亿方); a spelling of its own, so that it prints as written.  The
	 * words that open with it (方面, 方案) are no unit (lexicon.c).
	 */
	{"方", D_VOLUME, 1, 6},
	{"组", D_ZU, 1, 0},

	/*
	 * A ratio to one (城乡居民收入比缩小至2.04∶1): the amount is the number
	 * before the colon.  Each way of writing the colon (U+2236 RATIO, the
	 * ASCII and the full-width colon) is a spelling, so that it prints as
	 * written.  A ratio to another number (1∶3.4) is none.
	 */
	{"∶1", D_RATIO, 1, 0},
	{":1", D_RATIO, 1, 0},
	{"：1", D_RATIO, 1, 0},

	/*
	 * A place in a ranking (居全国第2位, 第3名): ordinal units, read and
	 * printed after 第, spelled as the counts 位 and 名 are (units.h says
	 * how the lookups keep them apart).  第2位 and 第2名 are one place.
	 * 位次 counts the places a rank moves by (提升3位, 前移3个位次).
	 */
	{"位", D_RANK, 1, 0, true},
	{"名", D_RANK, 1, 0, true},
	{"位次", D_RANK, 1, 0},
	{"个位次", D_RANK, 1, 0},

	/*
	 * Places counted (覆盖16市, 卓尼、临潭2县): place units, which the plain
	 * lookups never return (units.h says why); the reader names them where
	 * it finds a count of places.
	 */
	{"市", D_SHI, 1, 0, false, true},
	{"县", D_XIAN, 1, 0, false, true},

	/*
	 * A kilolitre, as reports state the capacity of breweries (5万千升):
	 * a spelling of its own, as 千瓦 is, so that 千 is not read as a
	 * magnitude word before 升.
	 */
	{"千升", D_VOLUME, 1, 6},
};

/*
 * Other ways of writing a unit, each with the catalogue spelling it stands
 * for and prints as: the lookups accept them, a quantity never stores them.
 * Not part of the on-disk format, so rows may come and go.
 */
static const struct
{
	const char *word;
	const char *unit;
}			aliases[] = {
	{"％", "%"},
	/* the case reports write the FLOPS units in */
	{"EFlops", "EFLOPS"},
	{"Eflops", "EFLOPS"},
	{"PFlops", "PFLOPS"},
	{"Pflops", "PFLOPS"},
	{"TFlops", "TFLOPS"},
	{"Tflops", "TFLOPS"},
};

/* Magnitude words, indexed by their on-disk id: append only. */
static const ShrMagnitudeDef magnitudes[] = {
	{"", 0},
	{"十", 1},
	{"百", 2},
	{"千", 3},
	{"万", 4},
	{"十万", 5},
	{"百万", 6},
	{"千万", 7},
	{"亿", 8},
	{"十亿", 9},
	{"百亿", 10},
	{"千亿", 11},
	{"万亿", 12},
};

#define NUNITS ((int) (sizeof(units) / sizeof(units[0])))
#define NALIASES ((int) (sizeof(aliases) / sizeof(aliases[0])))
#define NMAGS ((int) (sizeof(magnitudes) / sizeof(magnitudes[0])))

/* Every spelling but unit 0's empty one, then the aliases. */
#define NSPELLINGS (NUNITS - 1 + NALIASES)

/*
 * What a lookup of a spelling asks for: a plain unit, an ordinal one, which
 * may share a plain unit's spelling (第2位, 3位), or a place unit.
 */
#define SPELL_PLAIN		0x01
#define SPELL_ORDINAL	0x02
#define SPELL_PLACE		0x04

/* The kind of lookup that finds unit u. */
static uint32_t
spell_kind(const ShrUnitDef *u)
{
	if (u->ordinal)
		return SPELL_ORDINAL;
	return u->place ? SPELL_PLACE : SPELL_PLAIN;
}

/* The plain unit whose catalogue spelling is name, or -1. */
static int
unit_named(const char *name)
{
	for (int i = 1; i < NUNITS; i++)
		if (spell_kind(&units[i]) == SPELL_PLAIN &&
			strcmp(units[i].name, name) == 0)
			return i;
	return -1;
}

/* The i-th spelling the lookups accept, as its index reads it. */
static ShrWordRef
spelling_row(int i)
{
	ShrWordRef	w = {NULL, SPELL_PLAIN, 0, 0};

	if (i < NUNITS - 1)
	{
		w.word = units[i + 1].name;
		w.id = (uint16_t) (i + 1);
		w.flags = spell_kind(&units[i + 1]);
	}
	else
	{
		int			u = unit_named(aliases[i - (NUNITS - 1)].unit);

		w.word = aliases[i - (NUNITS - 1)].word;
		/* an alias of no unit has no flag, which the check reports */
		w.id = (uint16_t) (u < 0 ? 0 : u);
		w.flags = u < 0 ? 0 : SPELL_PLAIN;
	}
	return w;
}

/* The i-th magnitude word but the empty one, as its index reads it. */
static ShrWordRef
magnitude_row(int i)
{
	ShrWordRef	w = {magnitudes[i + 1].word, 1, (uint16_t) (i + 1), 0};

	return w;
}

SHR_WORD_INDEX(spellings, NSPELLINGS, spelling_row);
SHR_WORD_INDEX(magnitude_words, NMAGS - 1, magnitude_row);

/* How many units the catalogue has. */
int
shr_unit_count(void)
{
	return NUNITS;
}

/* The unit with this on-disk id, or NULL. */
const ShrUnitDef *
shr_unit(int id)
{
	if (id < 0 || id >= NUNITS)
		return NULL;
	return &units[id];
}

/* How many spellings the lookups accept: the catalogue's and the aliases. */
int
shr_unit_spelling_count(void)
{
	return NSPELLINGS;
}

/* The i-th spelling the lookups accept and, in *unit, its unit; or NULL. */
const char *
shr_unit_spelling(int i, int *unit)
{
	ShrWordRef	w;

	if (i < 0 || i >= NSPELLINGS)
		return NULL;
	w = spelling_row(i);
	*unit = w.id;
	return w.word;
}

/* Exact spelling lookup of a plain unit, aliases included. */
int
shr_unit_find(const char *s, size_t len)
{
	const ShrWordRef *w;

	if (s == NULL)
		return -1;
	if (len == 0)
		return SHR_UNIT_NONE;	/* the empty spelling of unit 0 */
	w = shr_word_match(&spellings, s, len, SPELL_PLAIN);
	return w != NULL && w->len == len ? w->id : -1;
}

int
shr_unit_spec_find(const char *s, size_t len, int *mag)
{
	int			unit = shr_unit_find(s, len);
	size_t		best = 0;

	*mag = SHR_MAG_NONE;
	if (unit >= 0 || s == NULL)
		return unit;
	/* the longest magnitude word after which a unit follows */
	for (int m = 1; m < NMAGS; m++)
	{
		size_t		n = strlen(magnitudes[m].word);
		int			u;

		if (n <= best || n >= len || memcmp(s, magnitudes[m].word, n) != 0)
			continue;
		u = shr_unit_find(s + n, len - n);
		if (u > SHR_UNIT_NONE)
		{
			unit = u;
			*mag = m;
			best = n;
		}
	}
	return unit;
}

/* The longest spelling of a kind (SPELL_*) that starts s, or -1. */
static int
match_spelling(const char *s, size_t len, uint32_t kind, size_t *nbytes)
{
	const ShrWordRef *w = shr_word_match(&spellings, s, len, kind);

	if (w == NULL)
		return -1;
	if (nbytes != NULL)
		*nbytes = w->len;
	return w->id;
}

/*
 * The longest spelling wins, so 个百分点 is not read as 个, 千瓦时 not as
 * 千瓦 and 吨标准煤 not as 吨.  The empty unit never matches.
 */
int
shr_unit_match(const char *s, size_t len, size_t *nbytes)
{
	return match_spelling(s, len, SPELL_PLAIN, nbytes);
}

/* The longest ordinal spelling: the 位 of 第2位, never the count 位. */
int
shr_unit_ordinal_match(const char *s, size_t len, size_t *nbytes)
{
	return match_spelling(s, len, SPELL_ORDINAL, nbytes);
}

/* The longest place spelling: the 市 of 16市, never a plain unit. */
int
shr_unit_place_match(const char *s, size_t len, size_t *nbytes)
{
	return match_spelling(s, len, SPELL_PLACE, nbytes);
}

/*
 * A unit as shr_unit_spec_find names it, read in dimension dim where the
 * spelling allows: the 位 of 第2位 is a place (rank), while plain 位 is a
 * count, so a caller converting a place names the place; 市 is only ever a
 * count of places.
 */
int
shr_unit_spec_find_in(const char *s, size_t len, int dim, int *mag)
{
	int			unit = shr_unit_spec_find(s, len, mag);
	size_t		n;
	int			ord;

	if (unit >= 0 && units[unit].dim == dim)
		return unit;
	ord = match_spelling(s, len, SPELL_ORDINAL | SPELL_PLACE, &n);
	if (ord >= 0 && n == len && units[ord].dim == dim)
	{
		*mag = SHR_MAG_NONE;
		return ord;
	}
	return unit;
}

/* How many dimensions there are. */
int
shr_dimension_count(void)
{
	return D_COUNT_DIMS;
}

/* The name dimension() shows for a dimension id. */
const char *
shr_dimension_name(int dim)
{
	if (dim < 0 || dim >= D_COUNT_DIMS)
		return NULL;
	return dimensions[dim].name;
}

int
shr_dimension_unit(int dim)
{
	for (int i = 0; i < NUNITS; i++)
		if (units[i].dim == dim)
			return i;
	return -1;
}

/* How many magnitude words there are. */
int
shr_magnitude_count(void)
{
	return NMAGS;
}

/* The magnitude word with this on-disk id, or NULL. */
const ShrMagnitudeDef *
shr_magnitude(int id)
{
	if (id < 0 || id >= NMAGS)
		return NULL;
	return &magnitudes[id];
}

/* The longest magnitude word: 万亿 rather than 万, 十万 rather than 十. */
int
shr_magnitude_match(const char *s, size_t len, size_t *nbytes)
{
	const ShrWordRef *w = shr_word_match(&magnitude_words, s, len, UINT32_MAX);

	if (w == NULL)
		return -1;
	if (nbytes != NULL)
		*nbytes = w->len;
	return w->id;
}

/* The magnitude word for a power of ten (one per power, 0 to 12). */
int
shr_magnitude_for_exp(int exp)
{
	int			i;

	for (i = 0; i < NMAGS; i++)
		if (magnitudes[i].exp == exp)
			return i;
	return -1;
}

/*
 * Is the catalogue well-formed and are its indexes true to it?  Besides
 * what shr_word_index_check sees (a spelling written twice, unless once
 * plain and once ordinal): each alias names a unit, each dimension has a
 * unit (its first is the base unit shr_dimension_unit gives), and
 * magnitude id i stands for 10^i, which shr_magnitude_for_exp relies on.
 */
const char *
shr_units_check(const char **word)
{
	const char *why = NULL;

	for (int a = 0; why == NULL && a < NALIASES; a++)
	{
		*word = aliases[a].word;
		if (unit_named(aliases[a].unit) < 0)
			why = "an alias of no unit";
	}
	for (int d = 0; why == NULL && d < D_COUNT_DIMS; d++)
	{
		*word = dimensions[d].name;
		if (shr_dimension_unit(d) < 0)
			why = "a dimension without a unit";
	}
	for (int m = 0; why == NULL && m < NMAGS; m++)
	{
		*word = magnitudes[m].word;
		if (magnitudes[m].exp != m)
			why = "a magnitude word out of its power's place";
	}
	if (why != NULL)
		return why;
	why = shr_word_index_check(&spellings, word);
	return why != NULL ? why : shr_word_index_check(&magnitude_words, word);
}
