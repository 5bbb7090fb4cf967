/*
 * test_units.c
 *		Unit tests of the catalogue: its invariants, the ids that are part of
 *		the on-disk format, and the longest-match lookups.
 */
#include <string.h>

#include "types/quantity.h"
#include "vocab/units.h"
#include "unit.h"

/* Ids are stored on disk: these must never change. */
static void
test_pinned_ids(void)
{
	static const struct
	{
		const char *name;
		int			id;
		const char *dim;
	}			pinned[] = {
		{"", 0, "dimensionless"},
		{"%", 1, "percent"},
		{"‰", 2, "percent"},
		{"个百分点", 3, "percentage_point"},
		{"倍", 5, "multiple"},
		{"元", 6, "currency_cny"},
		{"美元", 7, "currency_usd"},
		{"欧元", 8, "currency_eur"},
		{"港元", 9, "currency_hkd"},
		{"吨", 10, "mass"},
		{"斤", 14, "mass"},
		{"吨标准煤", 16, "coal_equivalent"},
		{"公里", 20, "length"},
		{"平方米", 25, "area"},
		{"亩", 29, "area"},
		{"立方米", 30, "volume"},
		{"千瓦", 34, "power"},
		{"千瓦时", 38, "energy"},
		{"小时", 44, "time"},
		{"年", 47, "year"},
		{"个月", 48, "month"},
		{"家", 49, "count:家"},
		{"个", 50, "count:个"},
		{"人次", 52, "count:人次"},
		{"标箱", 92, "count:标准箱"},
		{"户次", 106, "count:户次"},
		{"车次", 107, "count:车次"},
		{"成", 108, "percent"},
		{"微克/立方米", 109, "mass_concentration"},
		{"毫克/立方米", 110, "mass_concentration"},
		{"微克每立方米", 111, "mass_concentration"},
		{"EFLOPS", 112, "computing_power"},
		{"PFLOPS", 113, "computing_power"},
		{"TFLOPS", 114, "computing_power"},
		{"岁", 115, "age"},
		{"方", 116, "volume"},
		{"组", 117, "count:组"},
		{"∶1", 118, "ratio"},
		{":1", 119, "ratio"},
		{"：1", 120, "ratio"},
		{"位", 121, "rank"},
		{"名", 122, "rank"},
		{"位次", 123, "rank"},
		{"个位次", 124, "rank"},
		{"市", 125, "count:市"},
		{"县", 126, "count:县"},
		{"千升", 127, "volume"},
	};
	size_t		i;

	for (i = 0; i < sizeof(pinned) / sizeof(pinned[0]); i++)
	{
		const ShrUnitDef *u = shr_unit(pinned[i].id);

		CHECK(u != NULL);
		if (u == NULL)
			continue;
		CHECK_STR(u->name, pinned[i].name);
		CHECK_STR(shr_dimension_name(u->dim), pinned[i].dim);
	}
	CHECK(shr_magnitude_for_exp(4) == 4);
	CHECK(shr_magnitude_for_exp(8) == 8);
	CHECK(shr_magnitude_for_exp(12) == 12);
	CHECK_STR(shr_magnitude(12)->word, "万亿");
}

/*
 * Is unit i what the lookup of its kind finds for s[0..len) whole, and no
 * other lookup: the plain ones for a plain unit, the ordinal one for an
 * ordinal unit (the 位 of 第2位), the place one for a place unit (市)?
 */
static bool
found(const char *s, size_t len, int i)
{
	size_t		n = 0;
	bool		plain = shr_unit_find(s, len) == i;
	bool		ordinal = shr_unit_ordinal_match(s, len, &n) == i && n == len;
	bool		place;

	place = shr_unit_place_match(s, len, &n) == i && n == len;

	if (shr_unit(i)->ordinal)
		return ordinal && !plain && !place;
	if (shr_unit(i)->place)
		return place && !plain && !ordinal && shr_unit_match(s, len, &n) != i;
	return plain && shr_unit_match(s, len, &n) == i && n == len &&
		!ordinal && !place;
}

static void
test_invariants(void)
{
	int			i;
	int			j;

	CHECK(shr_unit_count() >= 100);
	CHECK(shr_unit(-1) == NULL);
	CHECK(shr_unit(shr_unit_count()) == NULL);
	CHECK(shr_dimension_name(-1) == NULL);
	CHECK(shr_dimension_name(shr_dimension_count()) == NULL);
	CHECK(shr_magnitude(-1) == NULL);
	CHECK(shr_magnitude(shr_magnitude_count()) == NULL);
	CHECK(shr_magnitude_for_exp(13) == -1);

	for (i = 0; i < shr_unit_count(); i++)
	{
		const ShrUnitDef *u = shr_unit(i);

		CHECK(u->factor > 0 && u->factor < 100000);
		CHECK(u->factor_exp >= 0 && u->factor_exp <= 9);
		CHECK(shr_dimension_name(u->dim) != NULL);
		CHECK((i == 0) == (u->name[0] == '\0'));
		if (i > 0)
			CHECK(found(u->name, strlen(u->name), i));
		/* a spelling names one unit of each kind at most */
		CHECK(!(u->ordinal && u->place));
		for (j = 0; j < i; j++)
			CHECK(strcmp(shr_unit(j)->name, u->name) != 0 ||
				  shr_unit(j)->ordinal != u->ordinal ||
				  shr_unit(j)->place != u->place);
	}
	for (i = 0; i < shr_dimension_count(); i++)
	{
		const char *name = shr_dimension_name(i);
		bool		used = false;

		CHECK(name != NULL && name[0] != '\0');
		for (j = 0; j < i; j++)
			CHECK(strcmp(shr_dimension_name(j), name) != 0);
		for (j = 0; j < shr_unit_count(); j++)
			used |= shr_unit(j)->dim == i;
		CHECK(used);
	}
	for (i = 0; i < shr_magnitude_count(); i++)
		CHECK(shr_magnitude(i)->exp == i);	/* one word per power of ten */
}

/* Are a of one unit exactly as much as b of another of its dimension? */
static void
same_size(const char *one, int64_t a, const char *other, int64_t b)
{
	const ShrUnitDef *x = shr_unit(shr_unit_find(one, strlen(one)));
	const ShrUnitDef *y = shr_unit(shr_unit_find(other, strlen(other)));
	int64_t		xs = a * x->factor;
	int64_t		ys = b * y->factor;

	CHECK(x->dim == y->dim);
	for (int i = 0; i < x->factor_exp; i++)
		xs *= 10;
	for (int i = 0; i < y->factor_exp; i++)
		ys *= 10;
	CHECK(xs == ys);
}

/* The unit the longest match finds at the start of s, and its length. */
static void
match(const char *s, const char *unit, size_t nbytes)
{
	size_t		n = 0;
	int			id = shr_unit_match(s, strlen(s), &n);

	CHECK(id >= 0);
	if (id < 0)
		return;
	CHECK_STR(shr_unit(id)->name, unit);
	CHECK(n == nbytes);
}

static void
test_lookup(void)
{
	size_t		n;

	match("个百分点", "个百分点", strlen("个百分点"));
	match("个月以来", "个月", strlen("个月"));
	match("个项目", "个", strlen("个"));
	match("千瓦时电", "千瓦时", strlen("千瓦时"));
	match("千瓦装机", "千瓦", strlen("千瓦"));
	match("人次", "人次", strlen("人次"));
	match("人口", "人", strlen("人"));
	match("平方公里", "平方公里", strlen("平方公里"));
	match("吨标准煤", "吨标准煤", strlen("吨标准煤"));
	match("吨钢", "吨", strlen("吨"));
	match("％以上", "%", strlen("％"));
	CHECK(shr_unit_find("％", strlen("％")) == shr_unit_find("%", 1));
	CHECK(shr_unit_find("斤斤", strlen("斤斤")) == -1);
	CHECK(shr_unit_find("", 0) == 0);
	CHECK(shr_unit_match("", 0, &n) == -1);
	CHECK(shr_unit_match("万元", strlen("万元"), &n) == -1);
	match("成", "成", strlen("成"));
	match("车次", "车次", strlen("车次"));
	match("岁以上", "岁", strlen("岁"));
	match("方的", "方", strlen("方"));
	match("立方米", "立方米", strlen("立方米"));
	match("组国企", "组", strlen("组"));
	match("微克/立方米以内", "微克/立方米", strlen("微克/立方米"));
	match("微克每立方米", "微克每立方米", strlen("微克每立方米"));
	match("EFLOPS、", "EFLOPS", strlen("EFLOPS"));
	match("EFlops", "EFLOPS", strlen("EFlops"));
	match("Pflops", "PFLOPS", strlen("Pflops"));
	CHECK(shr_unit_match("E", 1, &n) == -1);
	CHECK(shr_unit_match("eflops", strlen("eflops"), &n) == -1);
	CHECK(shr_unit_match("FLOPS", strlen("FLOPS"), &n) == -1);
	CHECK(shr_unit_match("微克", strlen("微克"), &n) == -1);
	/* 月 is no unit, so a date is none either; 日 alone is a day */
	CHECK(shr_unit_match("月5日", strlen("月5日"), &n) == -1);
	CHECK(shr_unit_find("日", strlen("日")) == shr_unit_find("天", strlen("天")) + 1);
	/* never reads past len: a prefix of a longer spelling */
	CHECK(shr_unit_match("千瓦时", strlen("千瓦"), &n) == shr_unit_find("千瓦", strlen("千瓦")));

	CHECK(shr_magnitude_match("万亿元", strlen("万亿元"), &n) == 12 && n == strlen("万亿"));
	CHECK(shr_magnitude_match("十万", strlen("十万"), &n) == 5 && n == strlen("十万"));
	CHECK(shr_magnitude_match("千瓦", strlen("千瓦"), &n) == 3 && n == strlen("千"));
	CHECK(shr_magnitude_match("元", strlen("元"), &n) == -1);

	/* factors: 1吨 = 2000斤, 1公顷 = 15亩, 1度 = 1千瓦时 */
	{
		const ShrUnitDef *ton = shr_unit(shr_unit_find("吨", strlen("吨")));
		const ShrUnitDef *jin = shr_unit(shr_unit_find("斤", strlen("斤")));
		const ShrUnitDef *ha = shr_unit(shr_unit_find("公顷", strlen("公顷")));
		const ShrUnitDef *mu = shr_unit(shr_unit_find("亩", strlen("亩")));

		CHECK(ton->factor * 1000000 == 2000 * jin->factor * 100);
		CHECK(ha->factor * 10000 == 15 * mu->factor * 10000);
		CHECK(shr_unit(shr_unit_find("度", strlen("度")))->dim ==
			  shr_unit(shr_unit_find("千瓦时", strlen("千瓦时")))->dim);
	}
	/* 1成 = 10%, 1EFLOPS = 1000PFLOPS = 10^6TFLOPS, 1毫克 = 1000微克 */
	same_size("成", 1, "%", 10);
	same_size("EFLOPS", 1, "PFLOPS", 1000);
	same_size("PFLOPS", 1, "TFLOPS", 1000);
	same_size("毫克/立方米", 1, "微克/立方米", 1000);
	same_size("微克每立方米", 1, "微克/立方米", 1);
	same_size("天", 1, "小时", 24);
	/* 370亿方 of gas are cubic metres */
	same_size("方", 1, "立方米", 1);
}

/* The longest unit spelling that starts s[0..len), by a plain walk. */
static int
reference_match(const char *s, size_t len, size_t *nbytes)
{
	int			best = -1;
	size_t		best_len = 0;

	for (int i = 0; i < shr_unit_spelling_count(); i++)
	{
		int			unit;
		const char *w = shr_unit_spelling(i, &unit);
		size_t		n = strlen(w);

		if (shr_unit(unit)->ordinal || shr_unit(unit)->place)
			continue;
		if (n <= len && n > best_len && memcmp(s, w, n) == 0)
		{
			best = unit;
			best_len = n;
		}
	}
	*nbytes = best_len;
	return best;
}

/* The longest magnitude word that starts s[0..len), by a plain walk. */
static int
reference_magnitude(const char *s, size_t len, size_t *nbytes)
{
	int			best = -1;
	size_t		best_len = 0;

	for (int i = 1; i < shr_magnitude_count(); i++)
	{
		const char *w = shr_magnitude(i)->word;
		size_t		n = strlen(w);

		if (n <= len && n > best_len && memcmp(s, w, n) == 0)
		{
			best = i;
			best_len = n;
		}
	}
	*nbytes = best_len;
	return best;
}

/* The indexed lookups agree with the plain walks on s and its prefixes. */
static void
agree(const char *s)
{
	for (size_t len = 0; len <= strlen(s); len++)
	{
		size_t		n = 0,
					rn;
		int			id = shr_unit_match(s, len, &n);

		CHECK(id == reference_match(s, len, &rn) && (id < 0 || n == rn));
		n = 0;
		id = shr_magnitude_match(s, len, &n);
		CHECK(id == reference_magnitude(s, len, &rn) && (id < 0 || n == rn));
	}
}

/* The sorted spelling tables behind the lookups hold every word. */
static void
test_index(void)
{
	static const char *const others[] = {"％", "万", "亿元", "时", "标准煤", "5", "以上"};
	char		buf[64];

	for (int i = 1; i < shr_unit_count(); i++)
	{
		const char *w = shr_unit(i)->name;

		CHECK(found(w, strlen(w), i));
		agree(w);
		for (int j = 1; j < shr_unit_count(); j++)
		{
			snprintf(buf, sizeof(buf), "%s%s", w, shr_unit(j)->name);
			agree(buf);
		}
		for (size_t k = 0; k < sizeof(others) / sizeof(others[0]); k++)
		{
			snprintf(buf, sizeof(buf), "%s%s", w, others[k]);
			agree(buf);
			snprintf(buf, sizeof(buf), "%s%s", others[k], w);
			agree(buf);
		}
	}
	for (int i = 1; i < shr_magnitude_count(); i++)
	{
		const char *w = shr_magnitude(i)->word;
		size_t		n = 0;

		CHECK(shr_magnitude_match(w, strlen(w), &n) == i && n == strlen(w));
		for (int j = 1; j < shr_magnitude_count(); j++)
		{
			snprintf(buf, sizeof(buf), "%s%s", w, shr_magnitude(j)->word);
			agree(buf);
		}
		for (int j = 1; j < shr_unit_count(); j++)
		{
			snprintf(buf, sizeof(buf), "%s%s", w, shr_unit(j)->name);
			agree(buf);
		}
	}
	agree("％以上");
	agree("\xEF\xBC");			/* the first two bytes of ％ alone */
	agree("EFlops以上");
	agree("Eflop");
	agree("微克/立方");
}

/*
 * Every spelling the lookups accept, aliases included, is found with its
 * unit, exactly and as the longest match.
 */
static void
test_spellings(void)
{
	int			n = shr_unit_spelling_count();
	int			unit = -1;

	CHECK(n >= shr_unit_count() - 1);
	CHECK(shr_unit_spelling(-1, &unit) == NULL);
	CHECK(shr_unit_spelling(n, &unit) == NULL);
	for (int i = 0; i < n; i++)
	{
		const char *w = shr_unit_spelling(i, &unit);
		size_t		len = strlen(w);

		CHECK(unit > SHR_UNIT_NONE && unit < shr_unit_count());
		CHECK(found(w, len, unit));
	}
}

/* A unit named with a magnitude word before it, as reports write amounts. */
static void
test_spec(void)
{
	static const struct
	{
		const char *spec;
		const char *unit;		/* NULL: unknown */
		const char *mag;
	}			cases[] = {
		{"元", "元", ""}, {"亿元", "元", "亿"}, {"万亿元", "元", "万亿"},
		{"千万元", "元", "千万"}, {"万吨", "吨", "万"}, {"万人", "人", "万"},
		{"千瓦", "千瓦", ""}, {"万千瓦", "千瓦", "万"}, {"亿千瓦时", "千瓦时", "亿"},
		{"亿人次", "人次", "亿"}, {"万标箱", "标箱", "万"}, {"万列", "列", "万"},
		{"万车次", "车次", "万"}, {"千公顷", "公顷", "千"}, {"万千瓦时", "千瓦时", "万"},
		{"亿方", "方", "亿"}, {"千升", "千升", ""}, {"万千升", "千升", "万"},
		{"成", "成", ""}, {"EFlops", "EFLOPS", ""}, {"万EFLOPS", "EFLOPS", "万"},
		{"亿", NULL, NULL}, {"万万元", NULL, NULL}, {"亿斤斤", NULL, NULL}, {"", "", ""},
		{"月5日", NULL, NULL}, {"FLOPS", NULL, NULL},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		int			mag = -1;
		int			unit = shr_unit_spec_find(cases[i].spec, strlen(cases[i].spec), &mag);

		if (cases[i].unit == NULL)
		{
			CHECK(unit < 0);
			continue;
		}
		CHECK(unit >= 0);
		if (unit < 0)
			continue;
		CHECK_STR(shr_unit(unit)->name, cases[i].unit);
		CHECK_STR(shr_magnitude(mag)->word, cases[i].mag);
	}
}

/*
 * A ratio to one is a quantity of its own dimension, whose amount is the
 * number before the colon and whose colon prints as written; a time and a
 * ratio to another number are no quantity.
 */
static void
test_ratio(void)
{
	static const char *const ratios[] = {"2.04∶1", "2.31:1", "2.35：1"};
	static const char *const none[] = {"9:30", "1:2.5", "1∶3.4", "22:57:38"};
	ShrQuantity q,
				r;
	ShrError	err;
	char		buf[SHR_QUANTITY_BUFLEN];

	for (size_t i = 0; i < sizeof(ratios) / sizeof(ratios[0]); i++)
	{
		CHECK(shr_quantity_parse(ratios[i], strlen(ratios[i]), &q, &err) == SHR_OK);
		shr_quantity_format(&q, buf, sizeof(buf));
		CHECK_STR(buf, ratios[i]);
		CHECK_STR(shr_dimension_name(shr_unit(q.unit)->dim), "ratio");
	}
	/* the colons are one unit: 2.04∶1 is 2.04:1 */
	CHECK(shr_quantity_parse("2.04∶1", strlen("2.04∶1"), &q, &err) == SHR_OK);
	CHECK(shr_quantity_parse("2.04:1", strlen("2.04:1"), &r, &err) == SHR_OK);
	CHECK(shr_quantity_cmp(&q, &r) == 0);
	for (size_t i = 0; i < sizeof(none) / sizeof(none[0]); i++)
		CHECK(shr_quantity_parse(none[i], strlen(none[i]), &q, &err) != SHR_OK);
}

/* A spelling of two dimensions (位: a count, and a place) read in the one asked for. */
static void
test_spec_in(void)
{
	int			mag = -1;
	int			rank = shr_unit(shr_unit_ordinal_match("位", strlen("位"), &(size_t) {0}))->dim;
	int			count = shr_unit(shr_unit_find("位", strlen("位")))->dim;
	int			u;

	CHECK(rank != count);
	u = shr_unit_spec_find_in("位", strlen("位"), rank, &mag);
	CHECK(u >= 0 && shr_unit(u)->dim == rank && mag == SHR_MAG_NONE);
	u = shr_unit_spec_find_in("位", strlen("位"), count, &mag);
	CHECK(u >= 0 && shr_unit(u)->dim == count);
	/* another dimension gets the plain unit, for the caller to refuse */
	u = shr_unit_spec_find_in("位", strlen("位"), shr_unit(shr_unit_find("吨", strlen("吨")))->dim, &mag);
	CHECK(u == shr_unit_find("位", strlen("位")));
	u = shr_unit_spec_find_in("万吨", strlen("万吨"), rank, &mag);
	CHECK(u == shr_unit_find("吨", strlen("吨")) && strcmp(shr_magnitude(mag)->word, "万") == 0);
}

/*
 * A place unit (市, 县) is found by its own lookup only: no plain lookup
 * returns it, so that a number before 市民, 县域 or 9市一体化 stays bare;
 * a quantity converted to a count of places names it, and the type reads
 * the counts the reader prints (16市).
 */
static void
test_places(void)
{
	size_t		n = 0;
	int			shi = shr_unit_place_match("市", strlen("市"), &n);
	int			xian = shr_unit_place_match("县", strlen("县"), &n);
	int			mag = -1;
	ShrQuantity q;
	ShrError	err;
	char		buf[SHR_QUANTITY_BUFLEN];

	CHECK(shi > 0 && xian > 0 && shi != xian);
	CHECK_STR(shr_dimension_name(shr_unit(shi)->dim), "count:市");
	CHECK_STR(shr_dimension_name(shr_unit(xian)->dim), "count:县");
	CHECK(shr_unit_place_match("市民", strlen("市民"), &n) == shi && n == strlen("市"));
	CHECK(shr_unit_place_match("区县", strlen("区县"), &n) == -1);
	CHECK(shr_unit_place_match("位", strlen("位"), &n) == -1);
	CHECK(shr_unit_place_match("", 0, &n) == -1);
	CHECK(shr_unit_find("市", strlen("市")) == -1);
	CHECK(shr_unit_match("市民", strlen("市民"), &n) == -1);
	CHECK(shr_unit_match("县域", strlen("县域"), &n) == -1);
	CHECK(shr_unit_spec_find("万县", strlen("万县"), &mag) == -1);
	CHECK(shr_unit_spec_find_in("市", strlen("市"), shr_unit(shi)->dim, &mag) == shi &&
		  mag == SHR_MAG_NONE);
	CHECK(shr_unit_spec_find_in("市", strlen("市"), shr_unit(xian)->dim, &mag) == -1);
	/* the type reads what it prints: a count of places */
	CHECK(shr_quantity_parse("16市", strlen("16市"), &q, &err) == SHR_OK);
	CHECK(q.unit == shi);
	shr_quantity_format(&q, buf, sizeof(buf));
	CHECK_STR(buf, "16市");
	CHECK(shr_quantity_parse("2县", strlen("2县"), &q, &err) == SHR_OK && q.unit == xian);
	CHECK(shr_quantity_parse("16市民", strlen("16市民"), &q, &err) != SHR_OK);
}

int
main(void)
{
	test_pinned_ids();
	test_invariants();
	test_lookup();
	test_index();
	test_spellings();
	test_spec();
	test_spec_in();
	test_places();
	test_ratio();
	return unit_done("test_units");
}
