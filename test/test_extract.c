/*
 * test_extract.c
 *		Unit tests of the figure extractor on snippets of reports: the hard
 *		cases (subjects carried over, distributed lists, 均, 其中, 翻一番,
 *		累计, governing 力争/争取), what is not a figure, outcome or target by
 *		part, CRLF/full-width/BOM input, empty text, allocation failures and
 *		random input.
 */
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "reader/report.h"
#include "unit.h"

static const char *const base_report =
"# 2024年山东省政府工作报告\n"
"`2024/11/25 22:57:38  by: 某人`\n"
"\n"
"一、2023年工作回顾\n"
"\n"
"2023年是全面贯彻党的二十大精神的开局之年。9月24日，总书记莅临视察。纵深推进“三个十大”行动。\n"
"\n"
"（一）经济发展实现新跃升。从经济总量看，地区生产总值达到9.2万亿元，增长6%。"
"规上工业增加值、固定资产投资、社会消费品零售总额、进出口分别增长7.1%、5.2%、8.7%和1.7%。"
"`烟台`成为我省第3个万亿级城市。新增规上工业和服务业企业9500多家、高新技术企业6000家。"
"全省游客人数、旅游收入均增长60%以上。城市书房数量翻一番。烟台东方航天港累计发射卫星48颗。"
"累计开通5G基站超过20万个。1类靶向创新药获批上市。德州12英寸大硅片项目投产，轨道交通7号线开通，"
"新增4A级景区和五星级饭店，引进世界500强企业，“海豚1”号首航，“2115”机制完善，落实“八抓20条”，"
"优化“2+N”格局，全球首座第四代核电站投运，日钢一期投产，开展三年行动。\n"
"\n"
"二、2024年工作总体要求和主要目标\n"
"\n"
"今年是实现“十四五”规划目标任务的关键一年。主要预期目标是：地区生产总值增长5%以上，"
"居民消费价格涨幅控制在3%左右，粮食综合生产能力稳定在1100亿斤以上。\n"
"\n"
"三、2024年重点工作\n"
"\n"
"（二）扩大有效需求。\n"
"\n"
"一是着力拉动消费。充电桩达到70万台以上，其中农村超过14万台。"
"争取外电入鲁1300亿千瓦时以上、绿电占比提高到20%左右。"
"推进雄商、济滨等7个高铁项目，力争完成投资3250亿元。实施1-2个示范工程。\n";

/* The raws the base report must yield, in text order, and nothing else. */
static const char *const base_raws[] = {
	"9.2万亿元", "6%", "7.1%", "5.2%", "8.7%", "1.7%", "9500多家", "6000家",
	"60%", "翻一番", "48颗", "20万个", "5%", "3%", "1100亿斤", "70万台",
	"14万台", "1300亿千瓦时", "20%", "7个", "3250亿元", "1-2个"
};

#define NBASE ((int) (sizeof(base_raws) / sizeof(base_raws[0])))

/* Parse text with the malloc allocator; NULL (and a failed check) on error. */
static ShrReport *
parse(const char *text, size_t len)
{
	ShrReport  *r = NULL;
	ShrError	err;
	ShrStatus	st = shr_report_parse(text, len, NULL, &unit_malloc_allocator, &r, &err);

	CHECK(st == SHR_OK);
	if (st != SHR_OK)
		fprintf(stderr, "    parse failed: %s\n", err.detail);
	return st == SHR_OK ? r : NULL;
}

/* The figure whose raw is raw, or NULL (a failed check). */
static const ShrFigure *
fig(const ShrReport *r, const char *raw)
{
	for (int i = 0; r != NULL && i < r->nfigures; i++)
		if (strcmp(r->figures[i].raw, raw) == 0)
			return &r->figures[i];
	fprintf(stderr, "    no figure \"%s\"\n", raw);
	CHECK(!"figure found");
	return NULL;
}

/* The qualifiers of f joined with commas. */
static const char *
quals(const ShrFigure *f, char *buf, size_t size)
{
	size_t		n = 0;

	buf[0] = '\0';
	for (int i = 0; i < f->nqualifiers; i++)
		n += (size_t) snprintf(buf + n, size - n, "%s%s", i ? "," : "", f->qualifiers[i]);
	return buf;
}

/* The value of f's amount, magnitude applied, as coef * 10^exp in a double. */
static double
value(const ShrFigure *f)
{
	double		v = (double) f->amount.coef;

	for (int i = 0; i < f->amount.exp; i++)
		v *= 10;
	for (int i = 0; i > f->amount.exp; i--)
		v /= 10;
	return v;
}

/* Check every field of one figure the test cares about. */
static void
expect(const ShrReport *r, const char *raw, const char *metric,
	   const char *predicate, const char *qual, const char *bound, int kind,
	   int year, bool change, bool resp, bool cum, const char *section)
{
	const ShrFigure *f = fig(r, raw);
	char		buf[256];

	if (f == NULL)
		return;
	if (metric)
		CHECK_STR(f->metric, metric);
	CHECK_STR(f->predicate, predicate);
	CHECK_STR(quals(f, buf, sizeof(buf)), qual);
	CHECK_STR(shr_bound_name(f->target.bound), bound);
	CHECK(f->kind == kind);
	CHECK(f->year == year);
	CHECK(f->is_change == change);
	CHECK(f->respectively == resp);
	CHECK(f->cumulative == cum);
	if (section)
		CHECK_STR(f->section, section);
}

/* Every figure's offsets point at its raw, in bytes and in code points. */
static void
check_spans(const ShrReport *r, const char *text, size_t len)
{
	for (int i = 0; i < r->nfigures; i++)
	{
		const ShrFigure *f = &r->figures[i];
		uint32_t	chars = 0;
		size_t		n = strlen(f->raw);
		bool		ok = f->span.byte_end <= len &&
			f->span.byte_end - f->span.byte_start == n &&
			memcmp(text + f->span.byte_start, f->raw, n) == 0;

		for (size_t b = 0; b < f->span.byte_start && b < len; b++)
			chars += (((unsigned char) text[b]) & 0xC0) != 0x80;
		ok = ok && chars == f->span.char_start;
		for (size_t b = f->span.byte_start; b < f->span.byte_end && b < len; b++)
			chars += (((unsigned char) text[b]) & 0xC0) != 0x80;
		ok = ok && chars == f->span.char_end;
		CHECK(ok);
		if (!ok)
			fprintf(stderr, "    bad span of \"%s\"\n", f->raw);
		CHECK(i == 0 || r->figures[i - 1].span.byte_start < f->span.byte_start);
	}
}

/* The figures found are exactly the expected ones, in order. */
static void
check_raws(const ShrReport *r)
{
	CHECK(r->nfigures == NBASE);
	for (int i = 0; i < r->nfigures && i < NBASE; i++)
		CHECK_STR(r->figures[i].raw, base_raws[i]);
	if (r->nfigures != NBASE)
		for (int i = 0; i < r->nfigures; i++)
			fprintf(stderr, "    found \"%s\"\n", r->figures[i].raw);
}

static void
test_hard_cases(void)
{
	size_t		len = strlen(base_report);
	ShrReport  *r = parse(base_report, len);
	const ShrFigure *f;
	const int	O = SHR_FIGURE_OUTCOME,
				T = SHR_FIGURE_TARGET;

	if (r == NULL)
		return;
	check_raws(r);
	check_spans(r, base_report, len);

	/* a subject carried over to the next clause */
	expect(r, "9.2万亿元", "地区生产总值", "达到", "", "eq", O, 2023, false, false, false, "一（一）");
	expect(r, "6%", "地区生产总值", "增长", "", "eq", O, 2023, true, false, false, "一（一）");
	f = fig(r, "9.2万亿元");
	if (f)
	{
		CHECK(value(f) == 9.2e12);
		CHECK_STR(shr_unit(f->amount.unit)->name, "元");
	}
	/* a distributed list */
	expect(r, "7.1%", "规上工业增加值", "增长", "", "eq", O, 2023, true, true, false, "一（一）");
	expect(r, "5.2%", "固定资产投资", "增长", "", "eq", O, 2023, true, true, false, "一（一）");
	expect(r, "8.7%", "社会消费品零售总额", "增长", "", "eq", O, 2023, true, true, false, "一（一）");
	expect(r, "1.7%", "进出口", "增长", "", "eq", O, 2023, true, true, false, "一（一）");
	/* a verb that carries to the next item of a list; 多 inside raw */
	expect(r, "9500多家", "规上工业和服务业企业", "新增", "多", "gt", O, 2023, false, false, false, "一（一）");
	expect(r, "6000家", "高新技术企业", "新增", "", "eq", O, 2023, false, false, false, "一（一）");
	/* one figure shared by a list: 均 */
	expect(r, "60%", "游客人数", "增长", "以上", "ge", O, 2023, true, true, false, "一（一）");
	/* a doubling */
	expect(r, "翻一番", "城市书房数量", "翻一番", "", "eq", O, 2023, true, false, false, "一（一）");
	f = fig(r, "翻一番");
	if (f)
	{
		CHECK(value(f) == 2);
		CHECK_STR(shr_unit(f->amount.unit)->name, "倍");
	}
	/* 累计 */
	expect(r, "48颗", NULL, "发射", "", "eq", O, 2023, false, false, true, "一（一）");
	expect(r, "20万个", "5G基站", "开通", "超过", "gt", O, 2023, false, false, true, "一（一）");
	/* the goals */
	expect(r, "5%", "地区生产总值", "增长", "以上", "ge", T, 2024, true, false, false, "二");
	expect(r, "3%", "居民消费价格涨幅", "控制在", "控制在,左右", "approx", T, 2024, true, false, false, "二");
	expect(r, "1100亿斤", "粮食综合生产能力", "稳定在", "以上", "ge", T, 2024, false, false, false, "二");
	/* 其中: a sub-figure */
	expect(r, "70万台", "充电桩", "达到", "以上", "ge", T, 2024, false, false, false, "三（二）一是");
	expect(r, "14万台", "农村", "超过", "超过", "gt", T, 2024, false, false, false, "三（二）一是");
	/* a governing 争取 applies to each figure of its clause */
	expect(r, "1300亿千瓦时", "外电入鲁", "", "争取,以上", "ge", T, 2024, false, false, false, "三（二）一是");
	expect(r, "20%", "绿电占比", "提高到", "争取,左右", "approx", T, 2024, false, false, false, "三（二）一是");
	f = fig(r, "20%");
	if (f)
		CHECK(f->target.commitment == SHR_COMMIT_ZHENGQU);
	/* the counted noun after the number; examples before 等 are not it */
	expect(r, "7个", "高铁项目", "推进", "", "eq", T, 2024, false, false, false, "三（二）一是");
	expect(r, "3250亿元", "投资", "完成", "力争", "eq", T, 2024, false, false, false, "三（二）一是");
	f = fig(r, "3250亿元");
	if (f)
		CHECK(f->target.commitment == SHR_COMMIT_LIZHENG);
	/* a range: the low end is the amount */
	expect(r, "1-2个", "示范工程", "实施", "", "range", T, 2024, false, false, false, "三（二）一是");
	f = fig(r, "1-2个");
	if (f)
	{
		CHECK(value(f) == 1);
		CHECK(f->target.hi.coef == 2);
	}
	shr_report_free(r, &unit_malloc_allocator);
}

/* Replace every "\n" of s by "\r\n" and indent lines with "　　". */
static char *
as_published(const char *s, bool bom)
{
	char	   *out = malloc(strlen(s) * 3 + 16);
	char	   *o = out;
	bool		bol = true;

	if (bom)
	{
		memcpy(o, "\xEF\xBB\xBF", 3);
		o += 3;
	}
	for (; *s; s++)
	{
		if (bol && *s != '\n' && *s != '#')
		{
			memcpy(o, "　　", 6);
			o += 6;
		}
		bol = false;
		if (*s == '\n')
		{
			*o++ = '\r';
			bol = true;
		}
		*o++ = *s;
	}
	*o = '\0';
	return out;
}

static void
test_published_forms(void)
{
	for (int bom = 0; bom < 2; bom++)
	{
		char	   *text = as_published(base_report, bom);
		size_t		len = strlen(text);
		ShrReport  *r = parse(text, len);

		if (r != NULL)
		{
			check_raws(r);
			check_spans(r, text, len);
			expect(r, "6%", "地区生产总值", "增长", "", "eq", SHR_FIGURE_OUTCOME, 2023,
				   true, false, false, "一（一）");
			expect(r, "14万台", "农村", "超过", "超过", "gt", SHR_FIGURE_TARGET, 2024,
				   false, false, false, "三（二）一是");
			shr_report_free(r, &unit_malloc_allocator);
		}
		free(text);
	}
}

static void
test_full_width_digits(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"全省地区生产总值增长５．４％，粮食产量达到１２３０万吨。\n";
	ShrReport  *r = parse(text, strlen(text));

	if (r == NULL)
		return;
	CHECK(r->nfigures == 2);
	check_spans(r, text, strlen(text));
	expect(r, "５．４％", "地区生产总值", "增长", "", "eq", SHR_FIGURE_OUTCOME, 2024,
		   true, false, false, "一");
	expect(r, "１２３０万吨", "粮食产量", "达到", "", "eq", SHR_FIGURE_OUTCOME, 2024,
		   false, false, false, "一");
	shr_report_free(r, &unit_malloc_allocator);
}

static int	hook_calls;

static void
count_hook(void *arg)
{
	hook_calls += *(int *) arg;
}

/*
 * The interrupt hook gets its turn while a long text is scanned and while a
 * single clause with thousands of figures is read.
 */
static void
test_interrupt_hook(void)
{
	const char *head = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n";
	const char *fig = "地区生产总值增长5%、";
	size_t		n = 4000;
	size_t		len = strlen(head) + n * strlen(fig);
	char	   *text = malloc(len + 1);
	int			one = 1;
	ShrReportOptions opts = {0};
	ShrReport  *r = NULL;
	ShrError	err;

	strcpy(text, head);
	for (size_t i = 0; i < n; i++)
		strcat(text, fig);
	opts.interrupt_check = count_hook;
	opts.interrupt_arg = &one;
	hook_calls = 0;
	CHECK(shr_report_parse(text, len, &opts, &unit_malloc_allocator, &r, &err) == SHR_OK);
	if (r != NULL)
	{
		CHECK(r->nfigures == (int) n);
		shr_report_free(r, &unit_malloc_allocator);
	}
	/* one sentence: only the figures of its one clause can give the turns */
	CHECK(hook_calls >= (int) (n / 256));
	free(text);
}

/*
 * An allocator that keeps every block on a list, so that memory a parse
 * held when a hook jumped out of it can be given back afterwards, as a
 * server's memory context does.
 */
typedef struct Tracked
{
	struct Tracked *next;
	struct Tracked *prev;
	size_t		size;
	size_t		pad;			/* keeps the data after it 16-byte aligned */
} Tracked;

static Tracked tracked = {&tracked, &tracked, 0, 0};

static void *
tracked_alloc(void *ctx, size_t n)
{
	Tracked    *t = malloc(sizeof(Tracked) + n);

	if (t == NULL)
		return NULL;
	t->size = n;
	t->next = tracked.next;
	t->prev = &tracked;
	tracked.next->prev = t;
	tracked.next = t;
	return t + 1;
}

static void
tracked_free(void *ctx, void *p)
{
	Tracked    *t = (Tracked *) p - 1;

	if (p == NULL)
		return;
	t->prev->next = t->next;
	t->next->prev = t->prev;
	free(t);
}

static void *
tracked_realloc(void *ctx, void *p, size_t n)
{
	void	   *q = tracked_alloc(ctx, n);

	if (q != NULL && p != NULL)
	{
		size_t		old = ((Tracked *) p - 1)->size;

		memcpy(q, p, old < n ? old : n);
		tracked_free(ctx, p);
	}
	return q;
}

/* Give back every block still on the list; returns how many there were. */
static int
tracked_release(void)
{
	int			n = 0;

	while (tracked.next != &tracked)
	{
		tracked_free(NULL, tracked.next + 1);
		n++;
	}
	return n;
}

static jmp_buf cancel_jump;
static int	cancel_after;
static uint64_t polls_seen;

/* An interrupt hook that cancels on its cancel_after-th call, as a server's does. */
static void
cancel_hook(void *arg)
{
	if (++polls_seen >= (uint64_t) cancel_after)
		longjmp(cancel_jump, 1);
}

/* A text of n copies of body, NUL-terminated, malloc'd. */
static char *
repeat_text(const char *body, size_t n, size_t *len)
{
	size_t		blen = strlen(body);
	char	   *text = malloc(n * blen + 1);

	for (size_t i = 0; i < n; i++)
		memcpy(text + i * blen, body, blen);
	text[n * blen] = '\0';
	*len = n * blen;
	return text;
}

/* Parse text with a hook that cancels on its third turn. */
static void
check_cancelled(const char *text, size_t len)
{
	ShrAllocator alloc = {tracked_alloc, tracked_realloc, tracked_free, NULL};
	ShrReportOptions opts = {0};
	ShrReport  *volatile r = NULL;
	ShrError	err;
	volatile bool cancelled = false;

	opts.interrupt_check = cancel_hook;
	polls_seen = 0;
	cancel_after = 3;
	if (setjmp(cancel_jump) == 0)
	{
		ShrReport  *out = NULL;

		shr_report_parse(text, len, &opts, &alloc, &out, &err);
		r = out;
	}
	else
		cancelled = true;
	CHECK(cancelled);
	CHECK(r == NULL);
	CHECK(polls_seen == 3);
	CHECK(tracked_release() > 0);
}

static const char *const long_bodies[] = {"地区生产总值增长5%。\n", "地区生产总值增长5%、"};

/*
 * A hook that does not return cancels the parse: the parser stops where
 * the hook jumped out, in the structure scan of many lines as in one
 * clause of thousands of figures, and all it held came from its allocator,
 * which can give it back.
 */
static void
test_cancel(void)
{
	for (int k = 0; k < 2; k++)
	{
		size_t		len;
		char	   *text = repeat_text(long_bodies[k], 20000, &len);

		check_cancelled(text, len);
		free(text);
	}
}

/*
 * The hook's turns come in step with the work: a text ten times as long
 * gives it at least five times as many turns, in lines as in one clause.
 */
static void
test_poll_rate(void)
{
	for (int k = 0; k < 2; k++)
	{
		uint64_t	turns[2];

		for (int size = 0; size < 2; size++)
		{
			size_t		len;
			char	   *text = repeat_text(long_bodies[k], size ? 40000 : 4000, &len);
			ShrReportOptions opts = {0};
			ShrReport  *r = NULL;
			ShrError	err;
			int			one = 1;

			opts.interrupt_check = count_hook;
			opts.interrupt_arg = &one;
			hook_calls = 0;
			CHECK(shr_report_parse(text, len, &opts, &unit_malloc_allocator,
								   &r, &err) == SHR_OK);
			shr_report_free(r, &unit_malloc_allocator);
			turns[size] = (uint64_t) hook_calls;
			free(text);
		}
		CHECK(turns[0] > 0 && turns[1] >= 5 * turns[0]);
	}
}

/* Characters of a UTF-8 string. */
static size_t
chars_of(const char *s)
{
	size_t		n = 0;

	for (; *s; s++)
		n += ((unsigned char) *s & 0xC0) != 0x80;
	return n;
}

/*
 * The excerpt of the one figure of head + body into buf; false (and a
 * failed check) when the text does not have exactly one figure.
 */
static bool
excerpt_of(const char *body, char *buf)
{
	const char *head = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n";
	size_t		len = strlen(head) + strlen(body);
	char	   *text = malloc(len + 1);
	ShrReport  *r;
	bool		ok;

	strcpy(text, head);
	strcat(text, body);
	r = parse(text, len);
	ok = r != NULL && r->nfigures == 1;
	CHECK(ok);
	if (ok)
		CHECK(shr_figure_excerpt(text, r, &r->figures[0], buf) == strlen(buf));
	shr_report_free(r, &unit_malloc_allocator);
	free(text);
	return ok;
}

/*
 * A figure's excerpt is its whole sentence when short, else a window of
 * SHR_EXCERPT_CHARS characters around it, marked where it was cut.
 */
static void
test_excerpt(void)
{
	char		buf[SHR_EXCERPT_BUFLEN];
	char		body[4096];
	size_t		len;
	char	   *pad = repeat_text("推进", 150, &len);

	/* short: the clean sentence, backticks gone */
	if (excerpt_of("地区生产总值`增长5%`。\n", buf))
		CHECK_STR(buf, "地区生产总值增长5%。");

	/* long, figure in the middle: cut on both sides */
	snprintf(body, sizeof(body), "%s地区生产总值增长5%%，%s。\n", pad, pad);
	if (excerpt_of(body, buf))
	{
		CHECK(strstr(buf, "地区生产总值增长5%") != NULL);
		CHECK(strncmp(buf, "…", 3) == 0);
		CHECK(strcmp(buf + strlen(buf) - 3, "…") == 0);
		CHECK(chars_of(buf) == SHR_EXCERPT_CHARS + 2);
	}

	/* long, figure near the start: the room goes after it */
	snprintf(body, sizeof(body), "增长5%%，%s%s。\n", pad, pad);
	if (excerpt_of(body, buf))
	{
		CHECK(strncmp(buf, "增长5%，推进", strlen("增长5%，推进")) == 0);
		CHECK(chars_of(buf) == SHR_EXCERPT_CHARS + 1);
	}
	free(pad);
}

/*
 * 年均 right before the verb or the number marks an average over years
 * (kept as a qualifier, so that a scorecard can pass it over); in a
 * metric's name (年均浓度) it marks nothing.
 */
static void
test_average(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"过去五年，地区生产总值年均增长5.2%，细颗粒物年均浓度下降6.2%。\n";
	ShrReport  *r = parse(text, strlen(text));

	if (r == NULL)
		return;
	CHECK(r->nfigures == 2);
	expect(r, "5.2%", "地区生产总值", "增长", "年均", "eq", SHR_FIGURE_OUTCOME, 2024,
		   true, false, false, "一");
	expect(r, "6.2%", "细颗粒物年均浓度", "下降", "", "eq", SHR_FIGURE_OUTCOME, 2024,
		   true, false, false, "一");
	shr_report_free(r, &unit_malloc_allocator);
}

/* A numbered item alone on a short line still has its figures found. */
static void
test_short_items(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n二、2025年主要目标\n\n"
		"（1）城镇新增就业110万人以上；\n"
		"（2）居民消费价格涨幅2%左右。\n";
	ShrReport  *r = parse(text, strlen(text));

	if (r == NULL)
		return;
	CHECK(r->nfigures == 2);
	check_spans(r, text, strlen(text));
	expect(r, "110万人", "城镇新增就业", "新增", "以上", "ge", SHR_FIGURE_TARGET, 2025,
		   false, false, false, "二（1）");
	expect(r, "2%", "居民消费价格涨幅", "", "左右", "approx", SHR_FIGURE_TARGET, 2025,
		   true, false, false, "二（2）");
	shr_report_free(r, &unit_malloc_allocator);
}

/* Parse text, which must hold no figure. */
static void
expect_no_figures(const char *text)
{
	ShrReport  *r = parse(text, strlen(text));

	if (r == NULL)
		return;
	CHECK(r->nfigures == 0);
	for (int k = 0; k < r->nfigures; k++)
		fprintf(stderr, "    unexpected figure \"%s\"\n", r->figures[k].raw);
	shr_report_free(r, &unit_malloc_allocator);
}

/* Each of n sentences, alone in a review part, must hold no figure. */
static void
expect_no_figures_in(const char *const *sentences, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		char		text[1024];

		snprintf(text, sizeof(text), "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n%s\n",
				 sentences[i]);
		expect_no_figures(text);
	}
}

static void
test_no_figures(void)
{
	const char *texts[] = {
		"",
		"   \n\n",
		"# 政府工作报告\n\n各位代表：现在，我代表省人民政府，向大会报告工作。\n",
		"# 2024年某省政府工作报告\n\n一、2023年工作回顾\n\n"
		"2023年9月24日，召开第二届大会。推进“十四五”规划，落实“1+N”政策，建设5G网络、"
		"3号线、C919项目，第3次会议于2024-01-05 09:30举行，（1）项目推进。\n",
	};

	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		expect_no_figures(texts[i]);
}

/*
 * The examples of the rules that reject a number (not_figure in
 * figrules.c), one sentence a row and in its order: none is a figure.  A
 * new row brings its example here.
 */
static void
test_not_figure_rows(void)
{
	static const char *const sentences[] = {
		"全省第3个项目投产，举办第二届博览会。",
		"建成5G基站，创建4A级景区，实施2+N模式。",
		"2024/11/25召开会议，22:57发布。",
		"2023年开工，9月24日投产。",
		"12月开工，24时完成，7号线开通。",
		"1类地区，12英寸晶圆，世界500强，75周年。",
		"为全省60岁以上老年人免费接种流感疫苗，支持幼儿园招收2-3岁幼儿，为0-6岁儿童筛查。",
		"全省前10位企业名单。",
		"加快发展。(2)推进改革。",
		"加快发展。 1. 推进改革",
		"实施“2115”工程，出台《2024年行动方案》。",
		"居53位。",
		"到2024，全面完成。",
		"推进2115工程。",
		"推进1、2号机组建设。",
		"京东、360、科大讯飞入驻，边疆路331。",
	};

	expect_no_figures_in(sentences, sizeof(sentences) / sizeof(sentences[0]));
}

/* The name of f's unit, "" without one. */
static const char *
unit_of(const ShrFigure *f)
{
	const ShrUnitDef *u = shr_unit(f->amount.unit);

	return u != NULL ? u->name : "";
}

/* Check raw's unit and value. */
static void
expect_amount(const ShrReport *r, const char *raw, const char *unit, double v)
{
	const ShrFigure *f = fig(r, raw);

	if (f == NULL)
		return;
	CHECK_STR(unit_of(f), unit);
	CHECK(value(f) == v);
}

/* Print the raws of r when it does not hold n figures. */
static void
expect_count(const ShrReport *r, int n)
{
	CHECK(r->nfigures == n);
	if (r->nfigures != n)
		for (int i = 0; i < r->nfigures; i++)
			fprintf(stderr, "    found \"%s\"\n", r->figures[i].raw);
}

/*
 * A number without a measure word counts the noun after it: the lexicon's
 * counted nouns give the unit (人, 户, 家); after 万 or 亿 another noun
 * makes a dimensionless count.  A threshold (5万关口) and a hotline
 * (12345市民服务热线) count nothing.
 */
static void
test_noun_counts(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"健康关爱服务项目惠及16万儿童。新增39.8万农业转移人口成为新市民，"
		"完成662万农户延包任务，新增10万经营主体，惠及300儿童，3万多家庭住进新房，"
		"带动1200亿投资。人均地区生产总值突破5万关口，12345市民服务热线"
		"诉求解决率达96.7%。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	expect(r, "16万", "儿童", "惠及", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "16万", "人", 160000);
	expect(r, "39.8万", "农业转移人口", "新增", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "39.8万", "人", 398000);
	expect(r, "662万", "农户", "完成", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "662万", "户", 6620000);
	expect(r, "10万", "经营主体", "新增", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "10万", "家", 100000);
	expect(r, "300", "儿童", "惠及", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "300", "人", 300);
	expect(r, "3万多", "家庭", "", "多", "gt", O, 2024, false, false, false, "一");
	expect_amount(r, "3万多", "户", 30000);
	expect(r, "1200亿", "投资", "带动", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "1200亿", "", 120000000000.0);
	expect_amount(r, "96.7%", "%", 96.7);
	expect_count(r, 8);
	shr_report_free(r, &unit_malloc_allocator);
}

/* Check that raw's unit is of dimension dim. */
static void
expect_dimension(const ShrReport *r, const char *raw, const char *dim)
{
	const ShrFigure *f = fig(r, raw);

	if (f == NULL)
		return;
	CHECK_STR(shr_dimension_name(shr_quantity_dim(&f->amount)), dim);
}

/*
 * A place counts like a measure word (16市全覆盖) where a break or a verb
 * follows it, a verb stands before the number or the places are named;
 * not in a name (12345市民), a kind of place (超50万县), a year or a
 * phrase that goes on (沿黄9市一体化).  市 and 县 are then the units of
 * their counts; a place of two kinds (8市州) leaves the count bare.
 */
static void
test_place_counts(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"传染病医院实现16市全覆盖。卓尼、临潭2县新通高速公路，打造8市州消费场景。"
		"开通12345市民热线，培育城区人口超50万县，推动沿黄9市一体化发展，发布2024县域报告。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	expect(r, "16市", "传染病医院", "实现", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "16市", "市", 16);
	expect_dimension(r, "16市", "count:市");
	expect_amount(r, "2县", "县", 2);
	expect_dimension(r, "2县", "count:县");
	expect(r, "8市州", "消费场景", "打造", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "8市州", "", 8);
	expect_dimension(r, "8市州", "dimensionless");
	expect_count(r, 3);
	shr_report_free(r, &unit_malloc_allocator);
}

/*
 * 方 is a cubic metre as reports write it for gas and water (370亿方), 组 a
 * count (11组); a word that opens with either (方案, 方面, 组织) leaves the
 * number bare, and a Chinese numeral before 方 names sides (八方来客).
 */
static void
test_fang_and_zu(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"天然气产量370亿方。启动实施11组市属重点国企战略性重组。编制服务业扩大开放3.0方案，"
		"做好9方面民生实事，吸引八方来客，深化四方合作，千方百计稳就业。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	expect(r, "370亿方", "天然气产量", "", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "370亿方", "方", 37000000000.0);
	expect(r, "11组", "市属重点国企战略性重组", "实施", "", "eq", O, 2024, false, false,
		   false, "一");
	expect_amount(r, "11组", "组", 11);
	expect_count(r, 2);
	shr_report_free(r, &unit_malloc_allocator);
}

/*
 * Two counts in a row count the same things, each in its own unit, and
 * share the metric; a rate's base (每10万人45台) is no count.
 */
static void
test_counts_in_a_row(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"改造老旧小区1343个52.54万户，新增监测对象3.2万户14.9万人。"
		"6.1万户14.2万名防返贫监测对象稳定消除风险，新发布3批18项制度集成创新案例。"
		"配置AED达每10万人45台。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	expect(r, "1343个", "老旧小区", "改造", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "52.54万户", "老旧小区", "改造", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "52.54万户", "户", 525400);
	expect(r, "3.2万户", "监测对象", "新增", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "14.9万人", "监测对象", "新增", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "6.1万户", "防返贫监测对象", "", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "6.1万户", "户", 61000);
	expect(r, "14.2万名", "防返贫监测对象", "", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "14.2万名", "名", 142000);
	expect(r, "3批", "制度集成创新案例", "新发布", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "18项", "制度集成创新案例", "新发布", "", "eq", O, 2024, false, false, false,
		   "一");
	/* 每10万人 is the base of a rate, not a count */
	expect(r, "45台", NULL, "", "", "eq", O, 2024, false, false, false, "一");
	expect_count(r, 9);
	shr_report_free(r, &unit_malloc_allocator);
}

/*
 * A class between a count and its noun (A类, 5A级, 400亿级, 750千伏, 50户
 * 以上, 65岁及以上) keeps the count a figure, is no figure itself and opens
 * the count's noun.  An age bounded or a range before a noun names a group
 * (3岁以下婴幼儿), and the figure after it keeps its whole metric; an age
 * that ends a phrase is a figure (人均预期寿命79.3岁).
 */
static void
test_classes_and_ages(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"建成3个A类飞行服务站，新增2家5A级景区，新建7个750千伏输变电工程，"
		"培育1个400亿级、3个100亿级产业名镇，改造957个50户以上农村木质房屋。"
		"为超2.5万名65岁及以上失能老年人免费提供服务。每千人口拥有3岁以下婴幼儿托位数达到4.5个。"
		"全区有40万3岁以下婴幼儿。人均预期寿命79.3岁。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	expect(r, "3个", "A类飞行服务站", "建成", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "2家", "5A级景区", "新增", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "7个", "750千伏输变电工程", "新建", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "1个", "400亿级", "培育", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "957个", "50户以上农村木质房屋", "改造", "", "eq", O, 2024, false, false,
		   false, "一");
	expect(r, "2.5万名", "65岁及以上失能老年人", "为", "超", "gt", O, 2024, false, false,
		   false, "一");
	expect(r, "4.5个", "每千人口拥有3岁以下婴幼儿托位数", "达到", "", "eq", O, 2024, false,
		   false, false, "一");
	expect(r, "40万", "3岁以下婴幼儿", "有", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "40万", "人", 400000);
	expect(r, "79.3岁", "人均预期寿命", "", "", "eq", O, 2024, false, false, false, "一");
	expect_count(r, 10);
	shr_report_free(r, &unit_malloc_allocator);
}

/*
 * A noun after a count that runs up to the next figure ends before that
 * figure's verb, and a count right before another takes the verb after
 * their noun.
 */
static void
test_noun_before_next_verb(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"向6097名困难家庭子女发放普通高校入学资助金5650.4万元。"
		"64个县市新增城镇常住人口30.5万人。3批18项案例保质保量完成。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	expect(r, "6097名", "困难家庭子女", "发放", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "5650.4万元", "普通高校入学资助金", "发放", "", "eq", O, 2024, false, false,
		   false, "一");
	expect(r, "64个", "县市", "新增", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "30.5万人", "城镇常住人口", "新增", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "3批", "案例", "完成", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "18项", "案例", "完成", "", "eq", O, 2024, false, false, false, "一");
	expect_count(r, 6);
	shr_report_free(r, &unit_malloc_allocator);
}

/*
 * A count in 类 counts kinds (11类民生支出, 12类55件民生实事), but 1类 is
 * the class one of a drug (1类创新药); the figure after a count of kinds
 * keeps its own metric (对10类重点就业群体发放创业担保贷款不低于80亿元).
 */
static void
test_kinds(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"12类55件民生实事保质保量完成。全市首个1类创新药获批上市，1类靶向创新药实现突破。"
		"出台3类专项政策，新增8类以上重点商品品种。"
		"对10类重点就业群体发放创业担保贷款不低于80亿元。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	expect(r, "12类", "民生实事", "完成", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "12类", "类", 12);
	expect(r, "55件", "民生实事", "完成", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "55件", "件", 55);
	expect(r, "3类", "专项政策", "出台", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "8类", "重点商品品种", "新增", "以上", "ge", O, 2024, false, false, false, "一");
	expect(r, "10类", "重点就业群体", "对", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "80亿元", "创业担保贷款", "发放", "不低于", "ge", O, 2024, false, false,
		   false, "一");
	expect_count(r, 6);
	shr_report_free(r, &unit_malloc_allocator);
}

/*
 * After a word of computing power a P or PF is a PFLOPS (5.1万P, 223PF);
 * elsewhere a P stays a code (a 1.5P air conditioner), and a longer word
 * (PB, PUE) is no unit.
 */
static void
test_computing_power(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"算力规模达到5.1万P，其中智算8.7万P。超算算力达223PF、增长34.6%。"
		"推广1.5P空调，算力中心存储达到10PB、PUE降至1.2。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	expect(r, "5.1万P", "算力规模", "达到", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "5.1万P", "PFLOPS", 51000);
	expect(r, "8.7万P", "智算", "", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "223PF", "超算算力", "达", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "223PF", "PFLOPS", 223);
	expect(r, "34.6%", "超算算力", "增长", "", "eq", O, 2024, true, false, false, "一");
	expect(r, "1.2", NULL, "降至", "", "eq", O, 2024, false, false, false, "一");
	expect_count(r, 5);
	shr_report_free(r, &unit_malloc_allocator);
}

/*
 * A ratio to one is a figure whose metric is what is before it; a time and
 * a ratio to another number are none.
 */
static void
test_ratios(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"城乡居民收入比缩小至2.04∶1。城乡居民收入比缩小至2.31:1。城乡居民收入比缩小到2.35：1。"
		"会议于9:30开始、10:15结束，开工备案项目比例达到1∶3.4，配套比例为1:2.5。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	expect(r, "2.04∶1", "城乡居民收入比", "缩小至", "", "eq", O, 2024, false, false,
		   false, "一");
	expect_amount(r, "2.04∶1", "∶1", 2.04);
	expect(r, "2.31:1", "城乡居民收入比", "缩小至", "", "eq", O, 2024, false, false,
		   false, "一");
	expect_amount(r, "2.31:1", ":1", 2.31);
	expect(r, "2.35：1", "城乡居民收入比", "缩小到", "", "eq", O, 2024, false, false,
		   false, "一");
	expect_amount(r, "2.35：1", "：1", 2.35);
	expect_count(r, 3);
	shr_report_free(r, &unit_malloc_allocator);
}

/* Check that raw's amount is a rank of the unit written (位 or 名) and value. */
static void
expect_rank(const ShrReport *r, const char *raw, const char *unit, double v)
{
	const ShrFigure *f = fig(r, raw);

	if (f == NULL)
		return;
	expect_amount(r, raw, unit, v);
	CHECK_STR(shr_dimension_name(shr_quantity_dim(&f->amount)), "rank");
}

/*
 * Ranks: a place after a verb of ranking, its field a qualifier (居全国第3位,
 * 全国排名53位); a ceiling of places, bound le (居全国前3位, 稳居全国前十,
 * 跻身全球前20名); from one place to another (从第12位升至第5位); the
 * places a rank moved by, a change (提升3位, 前移3位); lists of them.
 */
static void
test_ranks(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"增速居全国第3位。兰州高新区全国排名53位、提升3位。主要经济指标增速居全国前3位。"
		"牛屠宰量从第12位升至第5位。港口吞吐量稳居全国前十。指数排名跻身全球前20名。"
		"光伏装机总量居全国第1、第2位。经济总量保持全国第2位。"
		"经开区全国排名46位、82位，分别提升6位、49位。区域创新能力排名前移3个位次。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	expect(r, "第3位", "增速", "居", "全国", "eq", O, 2024, false, false, false, "一");
	expect_rank(r, "第3位", "位", 3);
	expect(r, "53位", "兰州高新区", "排名", "全国", "eq", O, 2024, false, false, false, "一");
	expect_rank(r, "53位", "位", 53);
	expect(r, "3位", "兰州高新区", "提升", "", "eq", O, 2024, true, false, false, "一");
	expect_rank(r, "3位", "位次", 3);
	expect(r, "前3位", "主要经济指标增速", "居", "全国,前", "le", O, 2024, false, false,
		   false, "一");
	expect_rank(r, "前3位", "位", 3);
	expect(r, "第12位", "牛屠宰量", "从", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "第5位", "牛屠宰量", "升至", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "前十", "港口吞吐量", "稳居", "全国,前", "le", O, 2024, false, false, false,
		   "一");
	expect_rank(r, "前十", "位", 10);
	expect(r, "前20名", NULL, "跻身", "全球,前", "le", O, 2024, false, false, false, "一");
	expect_rank(r, "前20名", "名", 20);
	expect(r, "第1", "光伏装机总量", "居", "全国", "eq", O, 2024, false, false, false, "一");
	expect_rank(r, "第1", "位", 1);
	expect_rank(r, "第2位", "位", 2);
	expect(r, "82位", "经开区", "排名", "", "eq", O, 2024, false, false, false, "一");
	expect_rank(r, "82位", "位", 82);
	expect(r, "49位", "经开区", "提升", "", "eq", O, 2024, true, true, false, "一");
	expect_rank(r, "49位", "位次", 49);
	expect(r, "3个位次", "区域创新能力排名", "前移", "", "eq", O, 2024, true, false, false,
		   "一");
	expect_rank(r, "3个位次", "个位次", 3);
	expect_count(r, 16);
	shr_report_free(r, &unit_malloc_allocator);

	/* a place within a ceiling, and a goal of places */
	text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n增速居全国第5位以内。\n\n"
		"二、2025年主要目标\n\n力争进入全国前十。\n";
	r = parse(text, strlen(text));
	if (r == NULL)
		return;
	expect(r, "第5位", "增速", "居", "全国,以内", "le", O, 2024, false, false, false, "一");
	expect(r, "前十", "", "进入", "力争,全国,前", "le", SHR_FIGURE_TARGET, 2025, false,
		   false, false, "二");
	CHECK(fig(r, "前十")->target.commitment == SHR_COMMIT_LIZHENG);
	expect_count(r, 2);
	shr_report_free(r, &unit_malloc_allocator);
}

/*
 * What ranks are not: ordinals of other things, a first place that is a
 * priority, a rank no verb reads, a ceiling of months or a share, a count
 * of people; 3位院士 stays a count of 位.
 */
static void
test_not_ranks(void)
{
	static const char *const sentences[] = {
		"第1季度开工，开展第三轮督察，举办第十四届运动会，进入第二回合。",
		"始终把维护稳定作为第一位的工作任务。",
		"保持第1位次。",
		"近岸海域水体优良率全国前三。",
		"提前2周投放，靠前一步，跨前一步。",
		"表彰全省前10位企业，前三季度。",
		"进入国家高新区综合评价前50强。",
		"保持金牌、奖牌总数第一名。",
		"“第一位”。",
	};
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"新增3位院士，提升3名干部。\n";
	ShrReport  *r;

	expect_no_figures_in(sentences, sizeof(sentences) / sizeof(sentences[0]));
	r = parse(text, strlen(text));
	if (r == NULL)
		return;
	expect_amount(r, "3位", "位", 3);
	CHECK_STR(shr_dimension_name(shr_quantity_dim(&fig(r, "3位")->amount)), "count:位");
	expect_amount(r, "3名", "名", 3);
	CHECK_STR(shr_dimension_name(shr_quantity_dim(&fig(r, "3名")->amount)), "count:名");
	expect_count(r, 2);
	shr_report_free(r, &unit_malloc_allocator);
}

/*
 * A word that divides is the verb of the count after it (分三批), and its
 * metric is what it divides, if its clause names it; a verb of doing with
 * no noun takes no metric from a figure before it that counts other
 * things, but goes on with one of the same things.
 */
static void
test_verbs_without_nouns(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"建成两个国家级创新中心，分三批推进。项目分四批开工。"
		"航空旅客吞吐量3.2亿人次，完成5000万车次。"
		"粮食播种面积达到3500万亩，新增202.9万亩。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	expect(r, "两个", "国家级创新中心", "建成", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "三批", "", "分", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "四批", "项目", "分", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "3.2亿人次", "航空旅客吞吐量", "", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "5000万车次", "", "完成", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "202.9万亩", "粮食播种面积", "新增", "", "eq", O, 2024, false, false, false,
		   "一");
	expect_count(r, 7);
	shr_report_free(r, &unit_malloc_allocator);
}

/*
 * Numerals as running text writes them: Arabic digits between place words
 * taken whole (3万4000人), but not a count run into an age (40万3岁); the
 * financial capitals and the traditional forms; a round 百万 or 千亿 after
 * a verb or a bound, never in a name, a class or a programme.
 */
static void
test_numerals_in_text(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"新增就业3万4000人。全区有40万3岁以下婴幼儿。全年财政收入达到壹仟贰佰亿元。"
		"粮食产量达到三萬五千吨。新增百万亩高标准农田。设备连接数突破千万台。\n";
	static const char *const names[] = {
		"完成百万人才进海南行动计划。",
		"实施千万亩高标准农田改造提升行动。",
		"支持打造千万千瓦级储能之都。",
		"形成营业收入超千亿元的先进制造业集群。",
		"德州建成全国首个百万亩示范区。",
		"队伍建设陆续推进，伍仟不是数。",
	};
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	expect(r, "3万4000人", "就业", "新增", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "3万4000人", "人", 34000);
	expect(r, "40万", "3岁以下婴幼儿", "有", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "壹仟贰佰亿元", "财政收入", "达到", "", "eq", O, 2024, false, false, false,
		   "一");
	expect_amount(r, "壹仟贰佰亿元", "元", 120000000000.0);
	expect(r, "三萬五千吨", "粮食产量", "达到", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "三萬五千吨", "吨", 35000);
	expect(r, "百万亩", "高标准农田", "新增", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "百万亩", "亩", 1000000);
	expect(r, "千万台", "设备连接数", "突破", "突破", "gt", O, 2024, false, false, false,
		   "一");
	expect_count(r, 6);
	shr_report_free(r, &unit_malloc_allocator);
	expect_no_figures_in(names, sizeof(names) / sizeof(names[0]));
}

/*
 * A Chinese numeral before a measure word counts where a verb takes it, it
 * totals the names a verb takes, batches precede an amount or a share in
 * tenths has its bound.
 */
static void
test_chinese_counts(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"建成济南、青岛两个国家级互联网骨干直联点，推出四批政策清单，项目分三批开工，"
		"率先上线两批21件“高效办成一件事”，“新三样”出口增长两倍多。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	expect(r, "两个", "国家级互联网骨干直联点", "建成", "", "eq", O, 2024,
		   false, false, false, "一");
	expect_amount(r, "两个", "个", 2);
	expect(r, "四批", "政策清单", "推出", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "四批", "批", 4);
	expect_amount(r, "三批", "批", 3);
	/* batches count the noun of the amount after them */
	expect(r, "两批", "“高效办成一件事”", "上线", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "21件", "“高效办成一件事”", "上线", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "两倍多", "“新三样”出口", "增长", "多", "gt", O, 2024, true, false, false, "一");
	expect_amount(r, "两倍多", "倍", 2);
	expect_count(r, 6);
	shr_report_free(r, &unit_malloc_allocator);
}

/*
 * The examples of the rules that make a Chinese numeral before a measure
 * word no count (not_counted in figcount.c), one sentence a row, then the
 * fixed phrases of the lexicon and numerals nothing governs: none is a
 * figure.
 */
static void
test_not_counted_rows(void)
{
	static const char *const sentences[] = {
		"推出一批重点项目，建设一个中心，出台一系列政策，坚持一成不变。",
		"推进二轮土地承包到期延包，开展二次招商。",
		"召开十二届五次全会，公布第三批名单，表彰全省前三位企业。",
		"坚决做到两个维护，推进十四五规划，共建一带一路，做好三农工作，开好两会，"
		"实现两位数增长，落实八项规定。",
		"实施三年行动，用两个月完成。",
		"抓好十二个方面工作，治理劣五类水体，抓好五件事。",
		"推出三个一批政策，实施三个“一号工程”。",
		"推进“两个结合”。",
		"提高残疾人两项补贴标准，两次下调利率，建设三门核电项目。",
		"提升分析研判、防控稳控、化解调处三种能力，养老、失业、工伤三项保险扩面。",
	};

	expect_no_figures_in(sentences, sizeof(sentences) / sizeof(sentences[0]));
}

/*
 * 成 is a tenth (超4成 is more than 40%).  A Chinese numeral before it needs
 * its bound (近七成, 八成以上), and a word that opens with 成 (成员, 成为)
 * makes it no unit.
 */
static void
test_tenths(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"新能源汽车产量占全国超4成，财政支出近七成投向民生，保障八成以上工作时间，"
		"降雨偏多六成。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	expect(r, "4成", NULL, "超", "超", "gt", O, 2024, false, false, false, "一");
	expect_amount(r, "4成", "成", 4);
	expect(r, "七成", NULL, "", "近", "approx", O, 2024, false, false, false, "一");
	expect(r, "八成", NULL, "保障", "以上", "ge", O, 2024, false, false, false, "一");
	expect_count(r, 3);
	shr_report_free(r, &unit_malloc_allocator);

	/* a word that opens with 成 leaves the number bare: 30 members */
	text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n联盟共有30成员单位。\n";
	r = parse(text, strlen(text));
	if (r == NULL)
		return;
	expect(r, "30", "成员单位", "共有", "", "eq", O, 2024, false, false, false, "一");
	expect_amount(r, "30", "", 30);
	expect_count(r, 1);
	shr_report_free(r, &unit_malloc_allocator);
}

/*
 * The wording of the State Council's report: 跃上 and 延长至 link a level,
 * 拟 is an adverbial (赤字率拟按4%左右安排), 发行 a verb of doing, and 向
 * opens a clause (向困难群众发放…，惠及1100多万人).
 */
static void
test_national_wording(void)
{
	const char *text = "# 2025年政府工作报告\n\n一、2024年工作回顾\n\n"
		"粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤；过境免签境内停留时间延长至240小时。"
		"向困难群众发放一次性生活补助，惠及1100多万人。\n\n"
		"二、2025年政府工作任务\n\n"
		"赤字率拟按4%左右安排。拟发行超长期特别国债1.3万亿元。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;
	const int	T = SHR_FIGURE_TARGET;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	expect(r, "1.4万亿斤", "粮食产量", "跃上", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "10.1斤", "亩产", "提升", "", "eq", O, 2024, true, false, false, "一");
	expect(r, "240小时", "过境免签境内停留时间", "延长至", "", "eq", O, 2024,
		   false, false, false, "一");
	expect(r, "1100多万人", "困难群众", "惠及", "多", "gt", O, 2024, false, false, false, "一");
	expect(r, "4%", "赤字率", "", "左右", "approx", T, 2025, false, false, false, "二");
	expect(r, "1.3万亿元", "超长期特别国债", "发行", "", "eq", T, 2025, false, false, false, "二");
	expect_count(r, 6);
	shr_report_free(r, &unit_malloc_allocator);
}

/* The words the trimming rules (phrase.c) cut off a metric, end by end. */
static void
test_trimmed_metrics(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"1-11月份规上工业增加值增长7%。从质量效益看规上工业利润增长8%。"
		"其中，社会消费品零售总额同比增长8.5%。城镇居民收入比上年增长6.1%。"
		"举办家电、汽车等促消费活动300场。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;

	if (r == NULL)
		return;
	expect(r, "7%", "规上工业增加值", "增长", "", "eq", O, 2024, true, false, false, "一");
	expect(r, "8%", "规上工业利润", "增长", "", "eq", O, 2024, true, false, false, "一");
	expect(r, "8.5%", "社会消费品零售总额", "增长", "", "eq", O, 2024, true, false, false, "一");
	expect(r, "6.1%", "城镇居民收入", "增长", "", "eq", O, 2024, true, false, false, "一");
	expect(r, "300场", "促消费活动", "举办", "", "eq", O, 2024, false, false, false, "一");
	shr_report_free(r, &unit_malloc_allocator);
}

/* An outcome inside the goals part, and a goal inside the review. */
static void
test_wording_overrides(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"预计全省生产总值增长5.4%。今年力争研发投入增长10%。\n\n"
		"二、2025年主要目标\n\n去年全省粮食产量达到900亿斤。城镇新增就业60万人以上。\n\n"
		"三、加强政府自身建设\n\n全年会议数量压减30%。\n";
	ShrReport  *r = parse(text, strlen(text));

	if (r == NULL)
		return;
	expect(r, "5.4%", "生产总值", "增长", "预计", "eq", SHR_FIGURE_OUTCOME, 2024,
		   true, false, false, "一");
	expect(r, "10%", "研发投入", "增长", "力争", "eq", SHR_FIGURE_TARGET, 2025,
		   true, false, false, "一");
	expect(r, "900亿斤", "粮食产量", "达到", "", "eq", SHR_FIGURE_OUTCOME, 2024,
		   false, false, false, "二");
	expect(r, "60万人", "城镇新增就业", "新增", "以上", "ge", SHR_FIGURE_TARGET, 2025,
		   false, false, false, "二");
	/* a part whose heading names neither after the goals holds targets */
	expect(r, "30%", "会议数量", "压减", "", "eq", SHR_FIGURE_TARGET, 2025,
		   true, false, false, "三");
	shr_report_free(r, &unit_malloc_allocator);
}

/* Lists whose members share a head noun, and more names that are no figures. */
static void
test_lists_and_names(void)
{
	const char *text = "# 2025年某市政府工作报告\n\n一、2024年工作回顾\n\n"
		"城镇、农村居民人均可支配收入分别增长4.3%、6.6%。"
		"农村卫生厕所普及率、生活垃圾和污水治理率分别达到87.8%、100%、75%。"
		"食品、药品抽检合格率均超99%。国家物流枢纽、骨干冷链物流基地各新增2家。"
		"项目比例达到1∶3.4，核电1、2号机组获核准，与京东、360等企业合作，"
		"全国排名五十三，经济总量迈上1200亿台阶，年均增长8%。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;
	const ShrFigure *f;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	expect(r, "4.3%", "城镇居民人均可支配收入", "增长", "", "eq", O, 2024, true, true, false, "一");
	expect(r, "6.6%", "农村居民人均可支配收入", "增长", "", "eq", O, 2024, true, true, false, "一");
	expect(r, "87.8%", "农村卫生厕所普及率", "达到", "", "eq", O, 2024, false, true, false, "一");
	/* 生活垃圾 shares the head 治理率 of the last member */
	expect(r, "100%", "生活垃圾治理率", "达到", "", "eq", O, 2024, false, true, false, "一");
	expect(r, "75%", "污水治理率", "达到", "", "eq", O, 2024, false, true, false, "一");
	expect(r, "99%", "食品抽检合格率", "超", "超", "gt", O, 2024, false, true, false, "一");
	expect(r, "2家", "国家物流枢纽", "新增", "", "eq", O, 2024, false, true, false, "一");
	/* 1200亿台阶: 台 opens a word, so the amount has no unit */
	f = fig(r, "1200亿");
	if (f)
		CHECK(f->amount.unit == SHR_UNIT_NONE);
	/* 年均 is no 均 of a list; it is kept as a qualifier (an average over years) */
	expect(r, "8%", NULL, "增长", "年均", "eq", O, 2024, true, false, false, "一");
	/* nothing else: no ratio to another number, label, company name or rank
	 * but in figures */
	CHECK(r->nfigures == 9);
	for (int i = 0; i < r->nfigures; i++)
		if (r->nfigures != 9)
			fprintf(stderr, "    found \"%s\"\n", r->figures[i].raw);
	shr_report_free(r, &unit_malloc_allocator);
}

/*
 * Verbs inside a metric, comparisons, bare list members, 争取 in the review
 * and a glossary part.
 */
static void
test_metric_verbs(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"全社会研发投入预计超1200亿元，保交房完成95%以上。"
		"A占外贸比重78.7%，B占出口比重62.6%，分别提高11.1、11.2个百分点。"
		"社会消费品零售总额增长4.1%，增速高于全国0.6个百分点。"
		"争取中央资金500亿元，争取到国债资金80亿元，完成17支“4+1”专项基金组建，"
		"实现16个市全覆盖。\n\n"
		"二、2025年主要目标\n\n森林覆盖率不低于20%，研发投入不低于2.5%，"
		"特困人员基本生活标准不低于当地最低生活保障标准的1.6倍，争取中央资金600亿元。\n\n"
		"名词解释\n\n1.某集群：国家有关部门采取竞赛方式，从不同行业领域内的领先者中遴选先进制造业集群，"
		"综合考虑产业规模、创新能力和开放合作水平等因素，我省现有5个集群入选国家队。集群内企业协同创新。\n\n"
		"2.某工程：省委全会明确提出，要实施民族团结进步示范引领工程，坚持以点带面、逐级推进，"
		"统筹资源力量，力争用三年时间建设10个示范县，形成可复制可推广的经验做法。各地分级组织实施。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;
	const int	T = SHR_FIGURE_TARGET;
	const ShrFigure *f;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	/* a verb of doing glued to a noun is part of it, before 超 or 不低于 */
	expect(r, "1200亿元", "全社会研发投入", "超", "预计,超", "gt", O, 2024, false, false, false, "一");
	expect(r, "95%", "保交房", "完成", "以上", "ge", O, 2024, false, false, false, "一");
	expect(r, "20%", "森林覆盖率", "", "不低于", "ge", T, 2025, false, false, false, "二");
	expect(r, "2.5%", "研发投入", "", "不低于", "ge", T, 2025, false, false, false, "二");
	/* a subjectless 分别 list takes the metrics before it, a bare member the unit after it */
	expect(r, "11.1", "A占外贸比重", "提高", "", "eq", O, 2024, true, true, false, "一");
	expect(r, "11.2个百分点", "B占出口比重", "提高", "", "eq", O, 2024, true, true, false, "一");
	f = fig(r, "11.1");
	if (f)
		CHECK_STR(shr_unit(f->amount.unit)->name, "个百分点");
	/* a comparison keeps its subject, and a bare 增速 the metric before it */
	expect(r, "0.6个百分点", "社会消费品零售总额增速", "高于", "", "eq", O, 2024,
		   true, false, false, "一");
	expect(r, "1.6倍", "特困人员基本生活标准", "不低于", "", "eq", T, 2025,
		   false, false, false, "二");
	/* 争取 is the verb of the review, a commitment of the goals */
	expect(r, "500亿元", "中央资金", "争取", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "80亿元", "国债资金", "争取到", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "600亿元", "中央资金", "", "争取", "eq", T, 2025, false, false, false, "二");
	f = fig(r, "600亿元");
	if (f)
		CHECK(f->target.commitment == SHR_COMMIT_ZHENGQU);
	/* a quoted name inside the counted noun; 全覆盖 ends it */
	expect(r, "17支", "“4+1”专项基金组建", "完成", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "16个", "市", "实现", "", "eq", O, 2024, false, false, false, "一");
	/* a glossary states facts unless it speaks of a plan */
	expect(r, "5个", "集群", "有", "", "eq", O, 2024, false, false, false, NULL);
	expect(r, "10个", "示范县", "建设", "力争", "eq", T, 2025, false, false, false, NULL);
	shr_report_free(r, &unit_malloc_allocator);
}

/* What the unit catalogue leaves out but belongs to raw; verbs with 至. */
static void
test_raw_extensions(void)
{
	const char *text = "# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n"
		"开展促消费活动10336场次，出口增长1倍多，国际航线恢复至41条，完成营造林638万亩。\n";
	ShrReport  *r = parse(text, strlen(text));
	const int	O = SHR_FIGURE_OUTCOME;
	const ShrFigure *f;

	if (r == NULL)
		return;
	check_spans(r, text, strlen(text));
	CHECK(r->nfigures == 4);
	expect(r, "10336场次", "促消费活动", "开展", "", "eq", O, 2024, false, false, false, "一");
	f = fig(r, "10336场次");
	if (f)
		CHECK_STR(shr_unit(f->amount.unit)->name, "场");
	expect(r, "1倍多", "出口", "增长", "多", "gt", O, 2024, true, false, false, "一");
	expect(r, "41条", "国际航线", "恢复至", "", "eq", O, 2024, false, false, false, "一");
	expect(r, "638万亩", "营造林", "完成", "", "eq", O, 2024, false, false, false, "一");
	shr_report_free(r, &unit_malloc_allocator);
}

/* An allocator that fails after a given number of allocations. */
typedef struct FailCtx
{
	int			left;
} FailCtx;

static void *
fail_alloc(void *ctx, size_t size)
{
	FailCtx    *f = ctx;

	if (f->left-- <= 0)
		return NULL;
	return malloc(size);
}

static void *
fail_realloc(void *ctx, void *ptr, size_t size)
{
	FailCtx    *f = ctx;

	if (f->left-- <= 0)
		return NULL;
	return realloc(ptr, size);
}

static void
fail_free(void *ctx, void *ptr)
{
	free(ptr);
}

static void
test_out_of_memory(void)
{
	size_t		len = strlen(base_report);
	bool		done = false;

	for (int n = 0; n < 400 && !done; n++)
	{
		FailCtx		ctx = {n};
		ShrAllocator a = {fail_alloc, fail_realloc, fail_free, &ctx};
		ShrReport  *r = NULL;
		ShrError	err;
		ShrStatus	st = shr_report_parse(base_report, len, NULL, &a, &r, &err);

		CHECK(st == SHR_OK || st == SHR_ENOMEM);
		CHECK((st == SHR_OK) == (r != NULL));
		if (st == SHR_OK)
		{
			CHECK(r->nfigures == NBASE);
			shr_report_free(r, &a);
			done = true;
		}
	}
	CHECK(done);
}

/* Random text from pieces that stress the rules; spans must stay exact. */
static void
test_random_text(void)
{
	static const char *const pieces[] = {
		"1", "23", "4.5", "６", "%", "万", "亿", "元", "个", "多", "余", "-", "—",
		"年", "月", "日", "第", "、", "，", "。", "；", "：", "“", "”", "《", "》",
		"`", "增长", "达到", "分别", "均", "其中", "力争", "以上", "左右", "超过",
		"翻一番", "百分之", "三千", "两万", "家", "号", "级", "G", "+", "/", ":",
		"\n", "\r\n", "一、", "（一）", "一是", "　", " ", "地区生产总值", "累计", "等"
	};
	const int	npieces = (int) (sizeof(pieces) / sizeof(pieces[0]));
	uint32_t	seed = 12345;
	char		buf[4096];

	for (int iter = 0; iter < 300; iter++)
	{
		size_t		len = 0;
		ShrReport  *r = NULL;
		ShrError	err;

		while (len < sizeof(buf) - 64)
		{
			const char *p;

			seed = seed * 1103515245u + 12345u;
			if ((seed >> 16) % 97 == 0)
				break;
			p = pieces[(seed >> 16) % (uint32_t) npieces];
			memcpy(buf + len, p, strlen(p));
			len += strlen(p);
		}
		if (shr_report_parse(buf, len, NULL, &unit_malloc_allocator, &r, &err) == SHR_OK)
		{
			check_spans(r, buf, len);
			for (int i = 0; i < r->nfigures; i++)
				CHECK(r->figures[i].metric != NULL && r->figures[i].predicate != NULL &&
					  r->figures[i].section != NULL &&
					  (r->figures[i].nqualifiers == 0 || r->figures[i].qualifiers != NULL));
			shr_report_free(r, &unit_malloc_allocator);
		}
	}
}

int
main(void)
{
	test_hard_cases();
	test_published_forms();
	test_full_width_digits();
	test_short_items();
	test_interrupt_hook();
	test_cancel();
	test_poll_rate();
	test_excerpt();
	test_average();
	test_no_figures();
	test_not_figure_rows();
	test_noun_counts();
	test_place_counts();
	test_fang_and_zu();
	test_ratios();
	test_computing_power();
	test_counts_in_a_row();
	test_classes_and_ages();
	test_noun_before_next_verb();
	test_kinds();
	test_chinese_counts();
	test_numerals_in_text();
	test_ranks();
	test_not_ranks();
	test_verbs_without_nouns();
	test_not_counted_rows();
	test_tenths();
	test_national_wording();
	test_trimmed_metrics();
	test_wording_overrides();
	test_lists_and_names();
	test_raw_extensions();
	test_metric_verbs();
	test_out_of_memory();
	test_random_text();
	return unit_done("test_extract");
}
