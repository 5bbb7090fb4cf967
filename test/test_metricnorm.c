/*
 * test_metricnorm.c
 *		Unit tests of the metric normal form and of target hardness.
 */
#include <stdlib.h>
#include <string.h>

#include "types/metricnorm.h"
#include "unit.h"

/* Check the normal form of one metric. */
static void
norm_is(const char *in, const char *want)
{
	char	   *buf = malloc(strlen(in) + 1);

	CHECK(shr_metric_normalize(in, strlen(in), buf) == strlen(buf));
	CHECK_STR(buf, want);
	free(buf);
}

static void
test_normalize(void)
{
	norm_is("地区生产总值", "地区生产总值");
	norm_is("全省地区生产总值", "地区生产总值");
	norm_is("全省全年地区生产总值", "地区生产总值");
	norm_is("2024年地区生产总值", "地区生产总值");
	norm_is("全市2024年地区生产总值", "地区生产总值");
	norm_is("我省“地区生产总值”", "地区生产总值");
	norm_is(" 地区 生产　总值 ", "地区生产总值");
	norm_is("`全国`国内生产总值", "国内生产总值");
	norm_is("规模以上工业增加值", "规上工业增加值");
	norm_is("全省规模以上工业增加值规模以上", "规上工业增加值规上");
	/* never the whole metric, and only leading words */
	norm_is("全省", "全省");
	norm_is("全年全省", "全省");
	norm_is("今年", "今年");
	norm_is("城镇居民人均可支配收入", "城镇居民人均可支配收入");
	norm_is("粮食产量全年", "粮食产量全年");
	norm_is("202年产量", "202年产量");
	norm_is("20245年产量", "20245年产量");
	norm_is("", "");
	norm_is("“”", "");
}

/* The hardness of a target written as text. */
static const char *
hardness_of(const char *s)
{
	ShrTarget	t;
	ShrError	err;

	if (shr_target_parse(s, strlen(s), &t, &err) != SHR_OK)
		return "(invalid)";
	return shr_hardness_name(shr_target_hardness(&t));
}

static void
test_hardness(void)
{
	CHECK_STR(hardness_of("5%以上"), "hard");
	CHECK_STR(hardness_of("不低于5%"), "hard");
	CHECK_STR(hardness_of("超过9500家"), "hard");
	CHECK_STR(hardness_of("确保1100亿斤"), "hard");
	CHECK_STR(hardness_of("3%左右"), "soft");
	CHECK_STR(hardness_of("约3%"), "soft");
	CHECK_STR(hardness_of("力争6%以上"), "soft");
	CHECK_STR(hardness_of("争取20亿吨"), "soft");
	CHECK_STR(hardness_of("5.5%以内"), "ceiling");
	CHECK_STR(hardness_of("不超过3%"), "ceiling");
	CHECK_STR(hardness_of("确保控制在3%以内"), "ceiling");
	CHECK_STR(hardness_of("5%-5.5%"), "range");
	CHECK_STR(hardness_of("3.5万家"), "point");
	CHECK(shr_hardness_name(-1) == NULL);
	CHECK(shr_hardness_name(5) == NULL);
}

int
main(void)
{
	test_normalize();
	test_hardness();
	return unit_done("test_metricnorm");
}
