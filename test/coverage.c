/*
 * coverage.c
 *		How many of a report's figure-like numbers the reader turns into
 *		figures: an audit independent of the reader's own rules.
 *
 * Usage: coverage [-v] [-min RATIO] REPORT...
 * A figure-like number is an Arabic number (ASCII or full-width digits,
 * with decimals and thousands separators) followed by a percent sign, a
 * magnitude word (万, 亿 ...), a unit of the catalogue, or one of the
 * measure words below that reports use and a human coder would count; not
 * a date (2024年, 3月), an ordinal (第2), a label (5G, 3.0版) or a list
 * number (1.).  It is covered when a figure's text contains its first
 * digit.  Prints one line per report with its coverage, then the misses of
 * the worst report (of every report with -v).  With -min, counts the
 * reports at or above RATIO as passed and exits 1 when one is below.
 *
 * Numbers in a quoted name (稳增长“18条”), scales named as a class (400亿级)
 * and voltage classes (500千伏) are labels, not figures.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader/report.h"
#include "text/chars.h"
#include "vocab/units.h"
#include "unit.h"

/*
 * Measure words a coder counts that the catalogue may not know (the audit
 * is meant to find such gaps, so it keeps its own list).
 */
static const char *const audit_words[] = {
	"%", "％", "‰", "个百分点", "百分点", "成", "倍", "岁", "天", "位", "车次", "班列", "列",
	"架次", "标箱", "人次", "万人次", "亿人次", "户", "家", "个", "项", "座", "条", "台",
	"辆", "套", "所", "处", "件", "批", "场", "次", "P", "EFLOPS", "PFLOPS", "微克/立方米",
	"千公顷", "公顷", "亩", "元", "人", "名", "支", "只", "头", "株", "篇", "部", "床",
	"张", "种", "类", "星", "颗", "艘", "吨", "斤", "瓦", "度", "小时", "分钟", "秒"
};

/*
 * What follows a number and makes it no figure: dates and years (also the
 * 3年 of a programme's name), editions, labels, list numbers.
 */
static const char *const not_figure_after[] = {
	"年", "月", "日", "号", "时", "届", "版", "期", "G", "D", "A", "S", "．", ".", "、", "）", ")",
	"周年", "年度", "年代", "世纪", "强", "条措施",
	/* the voltage class of a line or substation (500千伏变电站) names it */
	"千伏",
	/* a scale named as a class: 400亿级产业, 千亿级集群 */
	"亿级", "万级", "千亿级", "百亿级"
};

static size_t
starts(const char *s, size_t len, const char *w)
{
	size_t		n = strlen(w);

	return n <= len && memcmp(s, w, n) == 0 ? n : 0;
}

/* Bytes of the Arabic number at s (digits, one decimal point, separators), or 0. */
static size_t
number_len(const char *s, size_t len)
{
	size_t		i = 0;
	bool		point = false;

	while (i < len)
	{
		uint32_t	n;
		uint32_t	cp = shr_utf8_at(s, i, &n);

		if (shr_digit_value(cp) >= 0)
			i += n;
		else if ((cp == '.' || cp == 0xFF0E) && !point && i > 0 && i + n < len &&
				 shr_digit_value(shr_utf8_at(s, i + n, &(uint32_t) {0})) >= 0)
		{
			point = true;
			i += n;
		}
		else if (cp == ',' && i > 0 && i + 1 < len && shr_digit_value((unsigned char) s[i + 1]) >= 0)
			i += n;
		else
			break;
	}
	return i;
}

/*
 * At the start of a line, the bytes of a list number that the number at
 * s[0..n) begins with (8. of 8.6个), so that what follows is read on its
 * own; n when there is none.
 */
static size_t
list_number_len(const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i < n && s[i] == '.')
		return i + 1;
	if (i + 3 <= n && memcmp(s + i, "．", 3) == 0)
		return i + 3;
	return n;
}

/* Is what follows the number at s[0..len) a unit, %, or magnitude word? */
static bool
measured(const char *s, size_t len)
{
	size_t		n;
	int			mag;
	unsigned	k;

	for (k = 0; k < sizeof(not_figure_after) / sizeof(not_figure_after[0]); k++)
		if (starts(s, len, not_figure_after[k]))
			return false;
	mag = shr_magnitude_match(s, len, &n);
	if (mag > 0)
		return true;
	if (shr_unit_match(s, len, &n) > 0)
		return true;
	for (k = 0; k < sizeof(audit_words) / sizeof(audit_words[0]); k++)
		if (starts(s, len, audit_words[k]))
			return true;
	return false;
}

/*
 * Is the number at byte b an ordinal (第2), part of a label or a longer
 * word, or the start of a quoted name (稳增长“18条”, “15分钟健身圈”)?
 */
static bool
excluded_before(const char *text, size_t b)
{
	uint32_t	n;
	uint32_t	cp;

	if (b == 0)
		return false;
	cp = shr_utf8_before(text, b, &n);
	return cp == 0x7B2C ||		/* 第 */
		cp == 0x201C || cp == 0x300A ||	/* “ 《 */
		(cp < 0x80 && ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || cp == '-' ||
					   cp == '/' || cp == '.'));
}

typedef struct Miss
{
	size_t		byte;
	char		context[96];
} Miss;

typedef struct Result
{
	const char *path;
	int			found;
	int			covered;
	Miss	   *misses;
	int			nmisses;
} Result;

/* Is byte b inside the raw text of some figure?  Figures are in text order. */
static bool
covered_by(const ShrReport *r, size_t b, int *from)
{
	int			i;

	for (i = *from; i < r->nfigures; i++)
	{
		if (r->figures[i].span.byte_end <= b)
		{
			*from = i + 1;
			continue;
		}
		if (r->figures[i].span.byte_start > b)
			return false;
		return true;
	}
	return false;
}

static void
note_miss(Result *res, const char *text, size_t len, size_t b)
{
	size_t		lo = b,
				hi = b;
	Miss	   *m;

	res->misses = realloc(res->misses, (res->nmisses + 1) * sizeof(Miss));
	m = &res->misses[res->nmisses++];
	m->byte = b;
	/* about ten characters each side, on character boundaries, one line */
	for (int k = 0; k < 10 && lo > 0 && text[lo - 1] != '\n'; k++)
	{
		uint32_t	n;

		shr_utf8_before(text, lo, &n);
		lo -= n;
	}
	for (int k = 0; k < 12 && hi < len && text[hi] != '\n'; k++)
		hi += shr_utf8_char_len((unsigned char) text[hi]);
	snprintf(m->context, sizeof(m->context), "%.*s", (int) (hi - lo), text + lo);
}

static int
audit(Result *res)
{
	size_t		len;
	char	   *text = unit_read_file(res->path, &len);
	ShrReport  *r;
	ShrError	err;
	size_t		b = 0;
	int			from = 0;

	if (!text || shr_report_parse(text, len, NULL, &unit_malloc_allocator, &r, &err) != SHR_OK)
	{
		fprintf(stderr, "coverage: cannot read or parse %s\n", res->path);
		free(text);
		return 1;
	}
	while (b < len)
	{
		size_t		n = number_len(text + b, len - b);

		/* a list number at the start of a line (3．, 8.) is no decimal */
		if (n > 0 && (b == 0 || text[b - 1] == '\n'))
			n = list_number_len(text + b, n);
		if (n == 0)
		{
			b += shr_utf8_char_len((unsigned char) text[b]);
			continue;
		}
		if (!excluded_before(text, b) && measured(text + b + n, len - b - n))
		{
			res->found++;
			if (covered_by(r, b, &from))
				res->covered++;
			else
				note_miss(res, text, len, b);
		}
		b += n;
	}
	shr_report_free(r, &unit_malloc_allocator);
	free(text);
	return 0;
}

static double
ratio(const Result *res)
{
	return res->found ? (double) res->covered / res->found : 1.0;
}

int
main(int argc, char **argv)
{
	bool		verbose = false;
	double		min = -1;
	int			below = 0;
	int			first = 1;
	int			status = 0;
	int			worst = -1;
	Result	   *res;
	int			nres;

	while (first < argc && argv[first][0] == '-')
	{
		if (strcmp(argv[first], "-v") == 0)
			verbose = true;
		else if (strcmp(argv[first], "-min") == 0 && first + 1 < argc)
			min = atof(argv[++first]);
		first++;
	}
	nres = argc - first;
	res = calloc(nres > 0 ? nres : 1, sizeof(Result));
	for (int i = 0; i < nres; i++)
	{
		res[i].path = argv[first + i];
		if (audit(&res[i]) != 0)
			return 1;
		printf("%-36s %5d figure-like, %5d found, coverage %.3f\n",
			   strrchr(res[i].path, '/') ? strrchr(res[i].path, '/') + 1 : res[i].path,
			   res[i].found, res[i].covered, ratio(&res[i]));
		if (worst < 0 || ratio(&res[i]) < ratio(&res[worst]))
			worst = i;
		if (min >= 0 && ratio(&res[i]) < min)
		{
			status = 1;
			below++;
		}
	}
	for (int i = 0; i < nres; i++)
	{
		if (!verbose && i != worst)
			continue;
		printf("misses of %s:\n", res[i].path);
		for (int k = 0; k < res[i].nmisses; k++)
			printf("  %8zu  %s\n", res[i].misses[k].byte, res[i].misses[k].context);
	}
	if (min >= 0)
		printf("coverage: %d passed, %d failed\n", nres - below, below);
	return status;
}
