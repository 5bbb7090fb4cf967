/*
 * metricnorm.c
 *		The normal form of a metric (for the metric catalogue) and the
 *		hardness of a target.
 *
 * Reports name one metric many ways: 全省地区生产总值, 2024年地区生产总值,
 * “地区生产总值”.  The normal form takes off only what never changes the
 * meaning (the region as a whole, the time, quotes, spacing, 规模以上 for
 * 规上), so that the alias table holds real variants and no two metrics
 * meet by accident.
 */
#include <string.h>

#include "types/metricnorm.h"

/* Leading words that name the whole region or the time (rule 2). */
static const char *const scope_words[] = {
	"全自治区", "全省", "全市", "全区", "全州", "全县", "我省", "我市", "我区",
	"本省", "本市", "全国", "全年", "今年", "去年", "上年", "年度"
};

/* Characters dropped anywhere (rule 1): spaces, quotes, backticks. */
static const char *const dropped[] = {
	" ", "\t", "\xE3\x80\x80" /* full-width space */ , "\"", "'", "`",
	"“", "”", "‘", "’", "「", "」", "『", "』", "＂", "＇"
};

/* Length of the word of table[0..n) that starts s, or 0. */
static size_t
word_at(const char *const *table, size_t n, const char *s, size_t len)
{
	for (size_t i = 0; i < n; i++)
	{
		size_t		w = strlen(table[i]);

		if (w <= len && memcmp(s, table[i], w) == 0)
			return w;
	}
	return 0;
}

/* Length of the dropped character at s, or 0. */
static size_t
dropped_at(const char *s, size_t len)
{
	return word_at(dropped, sizeof(dropped) / sizeof(dropped[0]), s, len);
}

/* Length of a leading scope word or year (2024年) at s, or 0. */
static size_t
scope_at(const char *s, size_t len)
{
	size_t		w = word_at(scope_words, sizeof(scope_words) / sizeof(scope_words[0]),
							s, len);

	if (w > 0)
		return w;
	if (len >= 7 && memcmp(s + 4, "年", 3) == 0)
	{
		for (int k = 0; k < 4; k++)
			if (s[k] < '0' || s[k] > '9')
				return 0;
		return 7;
	}
	return 0;
}

size_t
shr_metric_normalize(const char *s, size_t len, char *buf)
{
	size_t		n = 0,
				start = 0,
				w;

	/* rule 1 */
	for (size_t i = 0; i < len;)
	{
		size_t		d = dropped_at(s + i, len - i);

		if (d > 0)
		{
			i += d;
			continue;
		}
		buf[n++] = s[i++];
	}
	/* rule 2: never down to nothing */
	while ((w = scope_at(buf + start, n - start)) > 0 && w < n - start)
		start += w;
	memmove(buf, buf + start, n - start);
	n -= start;
	/* rule 3 */
	for (size_t i = 0; i + 12 <= n;)
	{
		if (memcmp(buf + i, "规模以上", 12) == 0)
		{
			memcpy(buf + i, "规上", 6);
			memmove(buf + i + 6, buf + i + 12, n - i - 12);
			n -= 6;
			i += 6;
		}
		else
			i++;
	}
	buf[n] = '\0';
	return n;
}

int
shr_target_hardness(const ShrTarget *t)
{
	if (t->commitment == SHR_COMMIT_LIZHENG || t->commitment == SHR_COMMIT_ZHENGQU ||
		t->bound == SHR_BOUND_APPROX)
		return SHR_HARD_SOFT;
	switch (t->bound)
	{
		case SHR_BOUND_LE:
		case SHR_BOUND_LT:
			return SHR_HARD_CEILING;
		case SHR_BOUND_GE:
		case SHR_BOUND_GT:
			return SHR_HARD_FLOOR;
		case SHR_BOUND_RANGE:
			return SHR_HARD_RANGE;
		default:
			return t->commitment == SHR_COMMIT_QUEBAO ? SHR_HARD_FLOOR : SHR_HARD_POINT;
	}
}

const char *
shr_hardness_name(int hardness)
{
	static const char *const names[] = {"point", "hard", "soft", "ceiling", "range"};

	if (hardness < 0 || hardness >= (int) (sizeof(names) / sizeof(names[0])))
		return NULL;
	return names[hardness];
}
