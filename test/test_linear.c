/*
 * test_linear.c
 *		The report parser does work in proportion to its input, whatever the
 *		input: hostile but plausible texts (a table pasted as one sentence, a
 *		list of thousands of members, runs of magnitude words, brackets that
 *		never close) are parsed at two sizes, and the work the parser counts
 *		(shr_report_work) may at most double, plus the cost of the fixed
 *		part of the text, when the text doubles.
 *
 * Work is counted, never timed: the checks give the same answer on a slow,
 * busy or clock-skewed machine, and under the sanitizers.
 */
#include <stdlib.h>
#include <string.h>

#include "reader/report.h"
#include "unit.h"

/* A growing text buffer. */
typedef struct Buf
{
	char	   *s;
	size_t		len;
	size_t		cap;
} Buf;

static void
put(Buf *b, const char *s)
{
	size_t		n = strlen(s);

	if (b->len + n + 1 > b->cap)
	{
		b->cap = (b->len + n + 1) * 2;
		b->s = realloc(b->s, b->cap);
	}
	memcpy(b->s + b->len, s, n + 1);
	b->len += n;
}

/* Append s n times. */
static void
put_n(Buf *b, const char *s, int n)
{
	for (int i = 0; i < n; i++)
		put(b, s);
}

/* Append printf-style items "prefix<i>" joined by sep, for i in [0, n). */
static void
put_list(Buf *b, const char *fmt, const char *sep, int n)
{
	char		item[64];

	for (int i = 0; i < n; i++)
	{
		if (i > 0)
			put(b, sep);
		snprintf(item, sizeof(item), fmt, i + 1);
		put(b, item);
	}
}

static const char *const head = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n";

/* One hostile family: writes its text of size n after the head. */
typedef struct Family
{
	const char *name;
	void		(*make) (Buf *b, int n);
} Family;

/* 地区生产总值增长5%、增长5%、… as one sentence: a table pasted as text. */
static void
make_growth(Buf *b, int n)
{
	put(b, "地区生产总值");
	put_n(b, "增长5%、", n);
	put(b, "。\n");
}

/* 指标1、…、指标n分别增长1%、…、n%: a list dealt out member by member. */
static void
make_list(Buf *b, int n)
{
	put_list(b, "指标%d", "、", n);
	put(b, "分别增长");
	put_list(b, "%d%%", "、", n);
	put(b, "。\n");
}

/* A long subject before a long list of figures: every figure would copy it. */
static void
make_long_subject(Buf *b, int n)
{
	put_n(b, "地区生产总值", n);
	put(b, "增长");
	put_n(b, "5%、", n);
	put(b, "。\n");
}

/* A long subject carried into each later clause's figure. */
static void
make_carried(Buf *b, int n)
{
	put_n(b, "地区生产总值", n);
	put_n(b, "增长5%，", n);
	put(b, "。\n");
}

/* Magnitude words, with and without numbers, on one line. */
static void
make_magnitudes(Buf *b, int n)
{
	put_n(b, "5亿元 ", n);
	put_n(b, "万亿", n);
	put_n(b, "1.5万亿", n);
	put_n(b, "一百二十三万", n);
	put(b, "元。\n");
}

/* Openers that never close, quotes around each figure, backticks. */
static void
make_brackets(Buf *b, int n)
{
	put_n(b, "“", n);
	put_n(b, "（增长5%", n);
	put_n(b, "“增长5%", n);
	put_n(b, "`增长5%`", n);
	put(b, "。\n");
}

/* Many short lines, items and parts: the structure scan's own load. */
static void
make_structure(Buf *b, int n)
{
	char		line[96];

	for (int i = 0; i < n; i++)
	{
		snprintf(line, sizeof(line), "（%d）城镇新增就业%d万人以上。\n", i + 1, i + 1);
		put(b, line);
		if (i % 50 == 49)
			put(b, "\n二、2025年主要目标\n\n1. 增长5%左右\n");
	}
}

/* One line without punctuation of words, qualifiers and numbers. */
static void
make_unpunctuated(Buf *b, int n)
{
	put_n(b, "居民消费价格涨幅控制在3%左右力争以上其中累计翻一番", n);
	put(b, "\n");
}

/* One paragraph of n sentences. */
static void
make_sentences(Buf *b, int n)
{
	put_n(b, "粮食总产量1131亿斤，增长2.3%。", n);
	put(b, "\n");
}

static const Family families[] = {
	{"growth", make_growth},
	{"list", make_list},
	{"long subject", make_long_subject},
	{"carried subject", make_carried},
	{"magnitudes", make_magnitudes},
	{"brackets", make_brackets},
	{"structure", make_structure},
	{"unpunctuated", make_unpunctuated},
	{"sentences", make_sentences},
};

/* The work of parsing head plus the family's text of size n; *len its bytes. */
static uint64_t
work_len(const Family *f, int n, const char *prefix, uint64_t *len)
{
	Buf			b = {NULL, 0, 0};
	ShrReport  *r = NULL;
	ShrError	err;
	uint64_t	w = 0;

	put(&b, prefix);
	put(&b, head);
	if (n > 0)
		f->make(&b, n);
	*len = b.len;
	if (shr_report_parse(b.s, b.len, NULL, &unit_malloc_allocator, &r, &err) == SHR_OK)
	{
		w = shr_report_work(r);
		shr_report_free(r, &unit_malloc_allocator);
	}
	free(b.s);
	return w;
}

/* The work of parsing head plus the family's text of size n. */
static uint64_t
work_of(const Family *f, int n, const char *prefix)
{
	uint64_t	len;

	return work_len(f, n, prefix, &len);
}

/*
 * Is the work per byte of added text at the larger size at most a
 * sixteenth above that at the smaller one?  The added text doubles
 * (nearly: numbers grow wider), so linear work passes and quadratic work,
 * about twice as much per byte, fails.
 */
static bool
linear(uint64_t w0, uint64_t w1, uint64_t w2, uint64_t l0, uint64_t l1, uint64_t l2)
{
	if (!(w0 > 0 && w1 > w0 && w2 > w1 && l1 > l0 && l2 > l1))
		return false;
	return (w2 - w0) * (l1 - l0) * 16 <= (w1 - w0) * (l2 - l0) * 17;
}

/*
 * Doubling a family's text at most doubles the work beyond that of the
 * fixed part, give or take a sixteenth.
 */
static void
check_family(const Family *f, int n, const char *prefix)
{
	uint64_t	l0,
				l1,
				l2;
	uint64_t	w0 = work_len(f, 0, prefix, &l0),
				w1 = work_len(f, n, prefix, &l1),
				w2 = work_len(f, 2 * n, prefix, &l2);
	bool		ok = linear(w0, w1, w2, l0, l1, l2);

	CHECK(ok);
	if (!ok)
		fprintf(stderr, "    %s (n = %d): work %llu, %llu, %llu\n", f->name, n,
				(unsigned long long) w0, (unsigned long long) w1,
				(unsigned long long) w2);
}

/* Every family is linear, alone and after a real report. */
static void
test_families(void)
{
	const char *dir = getenv("SHR_DATA_DIR");
	char		path[1024];
	size_t		len;
	char	   *report;

	snprintf(path, sizeof(path), "%s/2024-shandong.md", dir ? dir : "data");
	report = unit_read_file(path, &len);
	CHECK(report != NULL);
	for (size_t i = 0; i < sizeof(families) / sizeof(families[0]); i++)
	{
		check_family(&families[i], 1000, "");
		check_family(&families[i], 4000, "");
		if (report != NULL)
			check_family(&families[i], 2000, report);
	}
	free(report);
}

/* The counter counts: more text is more work, the same text the same work. */
static void
test_counter(void)
{
	CHECK(work_of(&families[0], 10, "") == work_of(&families[0], 10, ""));
	CHECK(work_of(&families[0], 10, "") < work_of(&families[0], 11, ""));
	CHECK(work_of(&families[0], 0, "") > 0);
}

/*
 * The linearity check itself fails on quadratic work: a family whose text
 * grows as the square of n must be caught.
 */
static void
make_square(Buf *b, int n)
{
	for (int i = 0; i < n; i++)
	{
		put_n(b, "增长5%、", n / 8);
		put(b, "。\n");
	}
}

static void
test_check_catches_square(void)
{
	const Family sq = {"square", make_square};
	uint64_t	l0,
				l1,
				l2;
	uint64_t	w0 = work_len(&sq, 0, "", &l0),
				w1 = work_len(&sq, 200, "", &l1),
				w2 = work_len(&sq, 400, "", &l2);

	/* the text grows fourfold: per byte, linear work stays flat */
	CHECK(linear(w0, w1, w2, l0, l1, l2));
	/* counted against n instead, as if the text had doubled, it is caught */
	CHECK(!linear(w0, w1, w2, 0, 200, 400));
}

int
main(void)
{
	test_counter();
	test_families();
	test_check_catches_square();
	return unit_done("test_linear");
}
