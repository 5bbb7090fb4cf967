/*
 * units.c
 *		The compiled-in catalogue of dimensions, units and magnitude words.
 *
 * Every table here is part of the on-disk format: a stored quantity holds a
 * unit id and a magnitude id, and the btree order sorts by dimension id.  So
 * entries are only ever APPENDED; never reorder, remove or reuse one, and
 * never change a factor.  A new spelling of an existing unit is a new entry
 * (it prints as written) with the same dimension and factor.
 *
 * Each dimension's base unit is chosen so that every factor is an integer:
 * percent counts in tenths of a percent (so that ‰ is 1), mass in grams,
 * length in millimetres, area in fifteenths of a square metre (a mu is then
 * exactly 10000), volume in millilitres, power in watts, energy in
 * watt-hours, time in seconds, standard coal in kilograms.
 */
#include <string.h>

#include "vocab/units.h"
#include "vocab/words.h"

/* Dimension ids: append only. */
enum
{
	D_NONE = 0,
	D_PERCENT,
	D_PCT_POINT,
	D_MULTIPLE,
	D_CNY,
	D_USD,
	D_EUR,
	D_HKD,
	D_MASS,
	D_COAL,
	D_LENGTH,
	D_AREA,
	D_VOLUME,
	D_POWER,
	D_ENERGY,
	D_TIME,
	D_YEAR,
	D_MONTH,
	/* count words: each its own dimension, 3家 and 3个 do not compare */
	D_JIA,
	D_GE,
	D_REN,
	D_RENCI,
	D_HU,
	D_TAO,
	D_SUO,
	D_XIANG,
	D_CHANG,
	D_TIAO,
	D_TAI,
	D_LIANG,
	D_ZUO,
	D_KE,
	D_WEI,
	D_MING,
	D_ZHANG,
	D_CHU,
	D_SOU,
	D_LIE,
	D_JIA4,
	D_JIAN,
	D_CI,
	D_PI,
	D_PIAN,
	D_BU,
	D_ZHI,
	D_TOU,
	D_ZHU,
	D_DUI,
	D_KE1,
	D_JIAN1,
	D_DONG,
	D_PIAN4,
	D_ZHI1,
	D_KUAN,
	D_LI,
	D_ZONG,
	D_FEN,
	D_BEN,
	D_CE,
	D_LEI,
	D_TEU,
	D_CHUANG,
	D_LIANGCI,
	D_BAN,
	D_JIACI,
	D_JIACI4,
	D_HANGCI,
	D_TANG,
	D_ZHONG,
	D_QI,
	D_LUN,
	D_MEN,
	D_KUAI,
	D_SHOU,
	D_HUCI,
	D_COUNT_DIMS
};

static const ShrDimensionDef dimensions[] = {
	[D_NONE] = {"dimensionless"},
	[D_PERCENT] = {"percent"},
	[D_PCT_POINT] = {"percentage_point"},
	[D_MULTIPLE] = {"multiple"},
	[D_CNY] = {"currency_cny"},
	[D_USD] = {"currency_usd"},
	[D_EUR] = {"currency_eur"},
	[D_HKD] = {"currency_hkd"},
	[D_MASS] = {"mass"},
	[D_COAL] = {"coal_equivalent"},
	[D_LENGTH] = {"length"},
	[D_AREA] = {"area"},
	[D_VOLUME] = {"volume"},
	[D_POWER] = {"power"},
	[D_ENERGY] = {"energy"},
	[D_TIME] = {"time"},
	[D_YEAR] = {"year"},
	[D_MONTH] = {"month"},
	[D_JIA] = {"count:家"},
	[D_GE] = {"count:个"},
	[D_REN] = {"count:人"},
	[D_RENCI] = {"count:人次"},
	[D_HU] = {"count:户"},
	[D_TAO] = {"count:套"},
	[D_SUO] = {"count:所"},
	[D_XIANG] = {"count:项"},
	[D_CHANG] = {"count:场"},
	[D_TIAO] = {"count:条"},
	[D_TAI] = {"count:台"},
	[D_LIANG] = {"count:辆"},
	[D_ZUO] = {"count:座"},
	[D_KE] = {"count:颗"},
	[D_WEI] = {"count:位"},
	[D_MING] = {"count:名"},
	[D_ZHANG] = {"count:张"},
	[D_CHU] = {"count:处"},
	[D_SOU] = {"count:艘"},
	[D_LIE] = {"count:列"},
	[D_JIA4] = {"count:架"},
	[D_JIAN] = {"count:件"},
	[D_CI] = {"count:次"},
	[D_PI] = {"count:批"},
	[D_PIAN] = {"count:篇"},
	[D_BU] = {"count:部"},
	[D_ZHI] = {"count:只"},
	[D_TOU] = {"count:头"},
	[D_ZHU] = {"count:株"},
	[D_DUI] = {"count:对"},
	[D_KE1] = {"count:棵"},
	[D_JIAN1] = {"count:间"},
	[D_DONG] = {"count:栋"},
	[D_PIAN4] = {"count:片"},
	[D_ZHI1] = {"count:支"},
	[D_KUAN] = {"count:款"},
	[D_LI] = {"count:例"},
	[D_ZONG] = {"count:宗"},
	[D_FEN] = {"count:份"},
	[D_BEN] = {"count:本"},
	[D_CE] = {"count:册"},
	[D_LEI] = {"count:类"},
	[D_TEU] = {"count:标准箱"},
	[D_CHUANG] = {"count:床"},
	[D_LIANGCI] = {"count:辆次"},
	[D_BAN] = {"count:班"},
	[D_JIACI] = {"count:家次"},
	[D_JIACI4] = {"count:架次"},
	[D_HANGCI] = {"count:航次"},
	[D_TANG] = {"count:趟"},
	[D_ZHONG] = {"count:种"},
	[D_QI] = {"count:起"},
	[D_LUN] = {"count:轮"},
	[D_MEN] = {"count:门"},
	[D_KUAI] = {"count:块"},
	[D_SHOU] = {"count:首"},
	[D_HUCI] = {"count:户次"},
};

/*
 * Units, indexed by their on-disk id: append only.  The factor is base
 * units per unit, times 10^factor_exp.
 */
static const ShrUnitDef units[] = {
	/* 0 */ {"", D_NONE, 1, 0},
	/* 1 */ {"%", D_PERCENT, 1, 1},
	/* 2 */ {"‰", D_PERCENT, 1, 0},
	/* 3 */ {"个百分点", D_PCT_POINT, 1, 0},
	/* 4 */ {"百分点", D_PCT_POINT, 1, 0},
	/* 5 */ {"倍", D_MULTIPLE, 1, 0},
	/* 6 */ {"元", D_CNY, 1, 0},
	/* 7 */ {"美元", D_USD, 1, 0},
	/* 8 */ {"欧元", D_EUR, 1, 0},
	/* 9 */ {"港元", D_HKD, 1, 0},
	/* 10 */ {"吨", D_MASS, 1, 6},
	/* 11 */ {"公斤", D_MASS, 1, 3},
	/* 12 */ {"千克", D_MASS, 1, 3},
	/* 13 */ {"克", D_MASS, 1, 0},
	/* 14 */ {"斤", D_MASS, 5, 2},
	/* 15 */ {"两", D_MASS, 5, 1},
	/* 16 */ {"吨标准煤", D_COAL, 1, 3},
	/* 17 */ {"吨标煤", D_COAL, 1, 3},
	/* 18 */ {"千克标准煤", D_COAL, 1, 0},
	/* 19 */ {"公斤标准煤", D_COAL, 1, 0},
	/* 20 */ {"公里", D_LENGTH, 1, 6},
	/* 21 */ {"千米", D_LENGTH, 1, 6},
	/* 22 */ {"米", D_LENGTH, 1, 3},
	/* 23 */ {"厘米", D_LENGTH, 1, 1},
	/* 24 */ {"毫米", D_LENGTH, 1, 0},
	/* 25 */ {"平方米", D_AREA, 15, 0},
	/* 26 */ {"平方公里", D_AREA, 15, 6},
	/* 27 */ {"平方千米", D_AREA, 15, 6},
	/* 28 */ {"公顷", D_AREA, 15, 4},
	/* 29 */ {"亩", D_AREA, 1, 4},
	/* 30 */ {"立方米", D_VOLUME, 1, 6},
	/* 31 */ {"升", D_VOLUME, 1, 3},
	/* 32 */ {"毫升", D_VOLUME, 1, 0},
	/* 33 */ {"瓦", D_POWER, 1, 0},
	/* 34 */ {"千瓦", D_POWER, 1, 3},
	/* 35 */ {"兆瓦", D_POWER, 1, 6},
	/* 36 */ {"吉瓦", D_POWER, 1, 9},
	/* 37 */ {"瓦时", D_ENERGY, 1, 0},
	/* 38 */ {"千瓦时", D_ENERGY, 1, 3},
	/* 39 */ {"度", D_ENERGY, 1, 3},
	/* 40 */ {"兆瓦时", D_ENERGY, 1, 6},
	/* 41 */ {"吉瓦时", D_ENERGY, 1, 9},
	/* 42 */ {"秒", D_TIME, 1, 0},
	/* 43 */ {"分钟", D_TIME, 6, 1},
	/* 44 */ {"小时", D_TIME, 36, 2},
	/* 45 */ {"天", D_TIME, 864, 2},
	/* 46 */ {"日", D_TIME, 864, 2},
	/* 47 */ {"年", D_YEAR, 1, 0},
	/* 48 */ {"个月", D_MONTH, 1, 0},
	/* 49 */ {"家", D_JIA, 1, 0},
	/* 50 */ {"个", D_GE, 1, 0},
	/* 51 */ {"人", D_REN, 1, 0},
	/* 52 */ {"人次", D_RENCI, 1, 0},
	/* 53 */ {"户", D_HU, 1, 0},
	/* 54 */ {"套", D_TAO, 1, 0},
	/* 55 */ {"所", D_SUO, 1, 0},
	/* 56 */ {"项", D_XIANG, 1, 0},
	/* 57 */ {"场", D_CHANG, 1, 0},
	/* 58 */ {"条", D_TIAO, 1, 0},
	/* 59 */ {"台", D_TAI, 1, 0},
	/* 60 */ {"辆", D_LIANG, 1, 0},
	/* 61 */ {"座", D_ZUO, 1, 0},
	/* 62 */ {"颗", D_KE, 1, 0},
	/* 63 */ {"位", D_WEI, 1, 0},
	/* 64 */ {"名", D_MING, 1, 0},
	/* 65 */ {"张", D_ZHANG, 1, 0},
	/* 66 */ {"处", D_CHU, 1, 0},
	/* 67 */ {"艘", D_SOU, 1, 0},
	/* 68 */ {"列", D_LIE, 1, 0},
	/* 69 */ {"架", D_JIA4, 1, 0},
	/* 70 */ {"件", D_JIAN, 1, 0},
	/* 71 */ {"次", D_CI, 1, 0},
	/* 72 */ {"批", D_PI, 1, 0},
	/* 73 */ {"篇", D_PIAN, 1, 0},
	/* 74 */ {"部", D_BU, 1, 0},
	/* 75 */ {"只", D_ZHI, 1, 0},
	/* 76 */ {"头", D_TOU, 1, 0},
	/* 77 */ {"株", D_ZHU, 1, 0},
	/* 78 */ {"对", D_DUI, 1, 0},
	/* 79 */ {"棵", D_KE1, 1, 0},
	/* 80 */ {"间", D_JIAN1, 1, 0},
	/* 81 */ {"栋", D_DONG, 1, 0},
	/* 82 */ {"片", D_PIAN4, 1, 0},
	/* 83 */ {"支", D_ZHI1, 1, 0},
	/* 84 */ {"款", D_KUAN, 1, 0},
	/* 85 */ {"例", D_LI, 1, 0},
	/* 86 */ {"宗", D_ZONG, 1, 0},
	/* 87 */ {"份", D_FEN, 1, 0},
	/* 88 */ {"本", D_BEN, 1, 0},
	/* 89 */ {"册", D_CE, 1, 0},
	/* 90 */ {"类", D_LEI, 1, 0},
	/* 91 */ {"标准箱", D_TEU, 1, 0},
	/* 92 */ {"标箱", D_TEU, 1, 0},
	/* 93 */ {"床", D_CHUANG, 1, 0},
	/* 94 */ {"辆次", D_LIANGCI, 1, 0},
	/* 95 */ {"班", D_BAN, 1, 0},
	/* 96 */ {"家次", D_JIACI, 1, 0},
	/* 97 */ {"架次", D_JIACI4, 1, 0},
	/* 98 */ {"航次", D_HANGCI, 1, 0},
	/* 99 */ {"趟", D_TANG, 1, 0},
	/* 100 */ {"种", D_ZHONG, 1, 0},
	/* 101 */ {"起", D_QI, 1, 0},
	/* 102 */ {"轮", D_LUN, 1, 0},
	/* 103 */ {"门", D_MEN, 1, 0},
	/* 104 */ {"块", D_KUAI, 1, 0},
	/* 105 */ {"首", D_SHOU, 1, 0},
	/* 106 */ {"户次", D_HUCI, 1, 0},
};

/*
 * Every spelling the lookups accept, sorted as memcmp sorts them (as
 * LC_ALL=C sort does), so that the spellings sharing a first character are
 * neighbours; each with its unit id and its first character's code point.
 * Besides the catalogue's own spellings it holds aliases: other ways of
 * writing a unit that print as its catalogue spelling (the full-width ％ is
 * "%").  Not stored, so this table may change freely; a unit appended to
 * the catalogue is inserted here in order, which test_units checks by
 * finding every unit.
 */
static const ShrWord spellings[] = {
	{SHR_WORD("%"), 1, 0x0025}, {SHR_WORD("‰"), 2, 0x2030},
	{SHR_WORD("两"), 15, 0x4E24}, {SHR_WORD("个"), 50, 0x4E2A},
	{SHR_WORD("个月"), 48, 0x4E2A}, {SHR_WORD("个百分点"), 3, 0x4E2A},
	{SHR_WORD("亩"), 29, 0x4EA9}, {SHR_WORD("人"), 51, 0x4EBA},
	{SHR_WORD("人次"), 52, 0x4EBA}, {SHR_WORD("件"), 70, 0x4EF6},
	{SHR_WORD("份"), 87, 0x4EFD}, {SHR_WORD("位"), 63, 0x4F4D},
	{SHR_WORD("例"), 85, 0x4F8B}, {SHR_WORD("倍"), 5, 0x500D},
	{SHR_WORD("元"), 6, 0x5143}, {SHR_WORD("兆瓦"), 35, 0x5146},
	{SHR_WORD("兆瓦时"), 40, 0x5146}, {SHR_WORD("克"), 13, 0x514B},
	{SHR_WORD("公斤"), 11, 0x516C}, {SHR_WORD("公斤标准煤"), 19, 0x516C},
	{SHR_WORD("公里"), 20, 0x516C}, {SHR_WORD("公顷"), 28, 0x516C},
	{SHR_WORD("册"), 89, 0x518C}, {SHR_WORD("分钟"), 43, 0x5206},
	{SHR_WORD("列"), 68, 0x5217}, {SHR_WORD("千克"), 12, 0x5343},
	{SHR_WORD("千克标准煤"), 18, 0x5343}, {SHR_WORD("千瓦"), 34, 0x5343},
	{SHR_WORD("千瓦时"), 38, 0x5343}, {SHR_WORD("千米"), 21, 0x5343},
	{SHR_WORD("升"), 31, 0x5347}, {SHR_WORD("厘米"), 23, 0x5398},
	{SHR_WORD("只"), 75, 0x53EA}, {SHR_WORD("台"), 59, 0x53F0},
	{SHR_WORD("吉瓦"), 36, 0x5409}, {SHR_WORD("吉瓦时"), 41, 0x5409},
	{SHR_WORD("名"), 64, 0x540D}, {SHR_WORD("吨"), 10, 0x5428},
	{SHR_WORD("吨标准煤"), 16, 0x5428}, {SHR_WORD("吨标煤"), 17, 0x5428},
	{SHR_WORD("场"), 57, 0x573A}, {SHR_WORD("块"), 104, 0x5757},
	{SHR_WORD("处"), 66, 0x5904}, {SHR_WORD("天"), 45, 0x5929},
	{SHR_WORD("头"), 76, 0x5934}, {SHR_WORD("套"), 54, 0x5957},
	{SHR_WORD("宗"), 86, 0x5B97}, {SHR_WORD("家"), 49, 0x5BB6},
	{SHR_WORD("家次"), 96, 0x5BB6}, {SHR_WORD("对"), 78, 0x5BF9},
	{SHR_WORD("小时"), 44, 0x5C0F}, {SHR_WORD("平方公里"), 26, 0x5E73},
	{SHR_WORD("平方千米"), 27, 0x5E73}, {SHR_WORD("平方米"), 25, 0x5E73},
	{SHR_WORD("年"), 47, 0x5E74}, {SHR_WORD("床"), 93, 0x5E8A},
	{SHR_WORD("度"), 39, 0x5EA6}, {SHR_WORD("座"), 61, 0x5EA7},
	{SHR_WORD("张"), 65, 0x5F20}, {SHR_WORD("户"), 53, 0x6237},
	{SHR_WORD("户次"), 106, 0x6237}, {SHR_WORD("所"), 55, 0x6240},
	{SHR_WORD("批"), 72, 0x6279}, {SHR_WORD("支"), 83, 0x652F},
	{SHR_WORD("斤"), 14, 0x65A4}, {SHR_WORD("日"), 46, 0x65E5},
	{SHR_WORD("本"), 88, 0x672C}, {SHR_WORD("条"), 58, 0x6761},
	{SHR_WORD("架"), 69, 0x67B6}, {SHR_WORD("架次"), 97, 0x67B6},
	{SHR_WORD("标准箱"), 91, 0x6807}, {SHR_WORD("标箱"), 92, 0x6807},
	{SHR_WORD("栋"), 81, 0x680B}, {SHR_WORD("株"), 77, 0x682A},
	{SHR_WORD("棵"), 79, 0x68F5}, {SHR_WORD("次"), 71, 0x6B21},
	{SHR_WORD("欧元"), 8, 0x6B27}, {SHR_WORD("款"), 84, 0x6B3E},
	{SHR_WORD("毫升"), 32, 0x6BEB}, {SHR_WORD("毫米"), 24, 0x6BEB},
	{SHR_WORD("港元"), 9, 0x6E2F}, {SHR_WORD("片"), 82, 0x7247},
	{SHR_WORD("班"), 95, 0x73ED}, {SHR_WORD("瓦"), 33, 0x74E6},
	{SHR_WORD("瓦时"), 37, 0x74E6}, {SHR_WORD("百分点"), 4, 0x767E},
	{SHR_WORD("种"), 100, 0x79CD}, {SHR_WORD("秒"), 42, 0x79D2},
	{SHR_WORD("立方米"), 30, 0x7ACB}, {SHR_WORD("篇"), 73, 0x7BC7},
	{SHR_WORD("米"), 22, 0x7C73}, {SHR_WORD("类"), 90, 0x7C7B},
	{SHR_WORD("美元"), 7, 0x7F8E}, {SHR_WORD("航次"), 98, 0x822A},
	{SHR_WORD("艘"), 67, 0x8258}, {SHR_WORD("起"), 101, 0x8D77},
	{SHR_WORD("趟"), 99, 0x8D9F}, {SHR_WORD("轮"), 102, 0x8F6E},
	{SHR_WORD("辆"), 60, 0x8F86}, {SHR_WORD("辆次"), 94, 0x8F86},
	{SHR_WORD("部"), 74, 0x90E8}, {SHR_WORD("门"), 103, 0x95E8},
	{SHR_WORD("间"), 80, 0x95F4}, {SHR_WORD("项"), 56, 0x9879},
	{SHR_WORD("颗"), 62, 0x9897}, {SHR_WORD("首"), 105, 0x9996},
	{SHR_WORD("％"), 1, 0xFF05},
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

/* The magnitude words again, sorted like spellings[] for the same lookup. */
static const ShrWord magnitude_words[] = {
	{SHR_WORD("万"), 4, 0x4E07}, {SHR_WORD("万亿"), 12, 0x4E07},
	{SHR_WORD("亿"), 8, 0x4EBF}, {SHR_WORD("十"), 1, 0x5341},
	{SHR_WORD("十万"), 5, 0x5341}, {SHR_WORD("十亿"), 9, 0x5341},
	{SHR_WORD("千"), 3, 0x5343}, {SHR_WORD("千万"), 7, 0x5343},
	{SHR_WORD("千亿"), 11, 0x5343}, {SHR_WORD("百"), 2, 0x767E},
	{SHR_WORD("百万"), 6, 0x767E}, {SHR_WORD("百亿"), 10, 0x767E},
};

#define NUNITS ((int) (sizeof(units) / sizeof(units[0])))
#define NMAGS ((int) (sizeof(magnitudes) / sizeof(magnitudes[0])))
#define NSPELLINGS ((int) (sizeof(spellings) / sizeof(spellings[0])))
#define NMAGWORDS ((int) (sizeof(magnitude_words) / sizeof(magnitude_words[0])))
#define NALIASES 1				/* spellings that are no catalogue name: ％ */

/* Each unit but the empty one is spelled in spellings[], each magnitude too. */
typedef char spellings_complete[NSPELLINGS == NUNITS - 1 + NALIASES ? 1 : -1];
typedef char magnitude_words_complete[NMAGWORDS == NMAGS - 1 ? 1 : -1];

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

/*
 * The longest word of tab (sorted by first character) that starts
 * s[0..len): its index in tab, or -1.
 */
static int
longest_word(const ShrWord *tab, int n, const char *s, size_t len)
{
	int			best = -1;
	int			lo,
				hi;

	if (s == NULL)
		return -1;
	shr_words_find(tab, n, shr_word_first(s, len), &lo, &hi);
	for (int i = lo; i < hi; i++)
		if (tab[i].len <= len && (best < 0 || tab[i].len > tab[best].len) &&
			shr_word_equal(s, tab[i].word, tab[i].len))
			best = i;
	return best;
}

/* Exact spelling lookup, aliases included. */
int
shr_unit_find(const char *s, size_t len)
{
	int			lo,
				hi;

	if (s == NULL)
		return -1;
	if (len == 0)
		return SHR_UNIT_NONE;	/* the empty spelling of unit 0 */
	shr_words_find(spellings, NSPELLINGS, shr_word_first(s, len), &lo, &hi);
	for (int i = lo; i < hi; i++)
		if (spellings[i].len == len && shr_word_equal(spellings[i].word, s, len))
			return spellings[i].id;
	return -1;
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

/*
 * The longest spelling wins, so 个百分点 is not read as 个, 千瓦时 not as
 * 千瓦 and 吨标准煤 not as 吨.  The empty unit never matches.
 */
int
shr_unit_match(const char *s, size_t len, size_t *nbytes)
{
	int			i = longest_word(spellings, NSPELLINGS, s, len);

	if (i < 0)
		return -1;
	if (nbytes != NULL)
		*nbytes = spellings[i].len;
	return spellings[i].id;
}

/* How many dimensions there are. */
int
shr_dimension_count(void)
{
	return D_COUNT_DIMS;
}

/* The name shreport.dimension() shows for a dimension id. */
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
	int			i = longest_word(magnitude_words, NMAGWORDS, s, len);

	if (i < 0)
		return -1;
	if (nbytes != NULL)
		*nbytes = magnitude_words[i].len;
	return magnitude_words[i].id;
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
