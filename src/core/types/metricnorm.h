/*
 * metricnorm.h
 *		The normal form of a metric as a report writes it, under which the
 *		metric catalogue's aliases are kept and looked up, and the hardness
 *		of a target as the literature on target-setting codes it.
 */
#ifndef SHR_METRICNORM_H
#define SHR_METRICNORM_H

#include "types/target.h"

/*
 * Write the normal form of the metric s[0..len) (UTF-8) to buf, which must
 * hold len + 1 bytes; returns its length.  The rules, in order:
 *   1. drop white space (ASCII and full-width), quotes and backticks;
 *   2. drop leading words that name the whole region or the time, as often
 *      as they stand there: 全省 全市 全区 全自治区 全州 全县 我省 我市 我区
 *      本省 本市 全国 全年 今年 去年 上年 年度, and a year (2024年), but
 *      never the whole metric;
 *   3. write 规模以上 as 规上.
 * Nothing else changes: 城镇居民人均可支配收入 stays apart from
 * 居民人均可支配收入, and aliases carry every other variant.
 */
extern size_t shr_metric_normalize(const char *s, size_t len, char *buf);

/* How binding a target is (shr_target_hardness). */
typedef enum ShrHardness
{
	SHR_HARD_POINT = 0,			/* a value without qualifier: 达到3.5万家 */
	SHR_HARD_FLOOR,				/* hard: 以上, 不低于, 至少, 超过, 确保 */
	SHR_HARD_SOFT,				/* 左右, 约, 力争, 争取 */
	SHR_HARD_CEILING,			/* 以内, 不超过, 控制在…以内 */
	SHR_HARD_RANGE				/* 5%-5.5% */
} ShrHardness;

/*
 * The hardness of a target.  A soft word wins over any bound (力争6%以上 is
 * soft), a ceiling over 确保, and 确保 makes a plain value a floor.
 */
extern int	shr_target_hardness(const ShrTarget *t);

/* "point", "hard" (a floor), "soft", "ceiling", "range". */
extern const char *shr_hardness_name(int hardness);

#endif							/* SHR_METRICNORM_H */
