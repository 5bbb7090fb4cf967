/*
 * test_scan.c
 *		Unit tests of the report structure scanner: snippets in every input
 *		form the reports come in, metadata, bad input, allocation failure,
 *		size, and the bundled corpus (SHR_DATA_DIR, default "data").
 */
#include <dirent.h>
#include <stdlib.h>

#include "reader/report.h"
#include "reader/scan.h"
#include "unit.h"
#include "vocab/headings.h"

/* -------------------------------------------------------------- utilities */

/* A check that also returns its outcome, to print what was found. */
static bool
checked(bool ok, const char *expr, int line)
{
	unit_check(ok, expr, __FILE__, line);
	return ok;
}

#define CHECKED(expr) checked((expr) ? true : false, #expr, __LINE__)

/* Node i of r, or an empty stand-in so that a missing node fails checks. */
static const ShrNode *
node_at(const ShrReport *r, int i)
{
	static const ShrNode none = {0, 0, -2, {0, 0, 0, 0}, NULL, "-", "-", NULL, "-"};

	if (i < 0 || i >= r->nnodes)
		return &none;
	return &r->nodes[i];
}

#define N(i) (*node_at(r, (i)))

/* Parse text with the malloc allocator; NULL (with a failed check) on error. */
static ShrReport *
parse(const char *text, const ShrReportOptions *opts)
{
	ShrReport  *r = NULL;
	ShrError	err;
	ShrStatus	st = shr_report_parse(text, strlen(text), opts,
									  &unit_malloc_allocator, &r, &err);

	CHECK(st == SHR_OK);
	if (st != SHR_OK)
		fprintf(stderr, "    parse failed: %s\n", err.detail);
	return r;
}

/* The index of the n-th (0-based) node of a kind, or -1. */
static int
nth(const ShrReport *r, int kind, int n)
{
	for (int i = 0; i < r->nnodes; i++)
		if (N(i).kind == kind && n-- == 0)
			return i;
	return -1;
}

static int
count_kind(const ShrReport *r, int kind)
{
	int			c = 0;

	for (int i = 0; i < r->nnodes; i++)
		c += N(i).kind == kind;
	return c;
}

/* The node of a kind whose text is exactly s, or -1. */
static int
find_text(const ShrReport *r, int kind, const char *s)
{
	for (int i = 0; i < r->nnodes; i++)
		if (N(i).kind == kind && strcmp(N(i).text, s) == 0)
			return i;
	return -1;
}

/* The original text of a node's span. */
static const char *
span_text(const char *text, const ShrNode *nd)
{
	static char buf[4096];
	size_t		n = nd->span.byte_end - nd->span.byte_start;

	if (n >= sizeof(buf))
		n = sizeof(buf) - 1;
	memcpy(buf, text + nd->span.byte_start, n);
	buf[n] = '\0';
	return buf;
}

/* s[0..n) without backticks and white space (as the scanner sees it), into out. */
static size_t
squeeze(const char *s, size_t n, char *out)
{
	size_t		k = 0;

	for (size_t i = 0; i < n; i++)
	{
		if (s[i] == '`' || s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')
			continue;
		if (i + 2 < n && (memcmp(s + i, "\xE3\x80\x80", 3) == 0 ||
						  memcmp(s + i, "\xEF\xBB\xBF", 3) == 0 ||
						  memcmp(s + i, "\xE2\x80\x8B", 3) == 0))
		{
			i += 2;
			continue;
		}
		if (i + 1 < n && memcmp(s + i, "\xC2\xA0", 2) == 0)
		{
			i++;
			continue;
		}
		out[k++] = s[i];
	}
	return k;
}

/* Is s valid ltree text: labels of [A-Za-z0-9_] joined by dots, or ""? */
static bool
valid_ltree(const char *s)
{
	bool		label = false;

	if (*s == '\0')
		return true;
	for (; *s; s++)
	{
		if (*s == '.')
		{
			if (!label)
				return false;
			label = false;
		}
		else if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
				 (*s >= '0' && *s <= '9') || *s == '_')
			label = true;
		else
			return false;
	}
	return label;
}

/*
 * Check every node of a report against the scheme: spans inside the text
 * with code-point offsets matching the byte offsets, inside the parent's
 * span, leaves' text equal to the span clean (without backticks and the
 * line breaks of a wrapped paragraph), headings' text at the start of
 * their span, paths valid ltree.  Returns the failures.
 */
static int
check_nodes(const char *text, size_t len, const ShrReport *r)
{
	uint32_t   *chars = malloc((len + 1) * sizeof(uint32_t));
	char	   *a = malloc(len + 1),
			   *b = malloc(len + 1);
	int			bad = 0;

	chars[0] = 0;
	for (size_t i = 0; i < len; i++)
		chars[i + 1] = chars[i] + (((unsigned char) text[i] & 0xC0) != 0x80);
	for (int i = 0; i < r->nnodes && bad < 5; i++)
	{
		const ShrNode *nd = &N(i);
		const ShrSpan *sp = &nd->span;
		bool		ok = true;

		ok = ok && sp->byte_start <= sp->byte_end && sp->byte_end <= len;
		ok = ok && chars[sp->byte_start] == sp->char_start &&
			chars[sp->byte_end] == sp->char_end;
		ok = ok && nd->path != NULL && valid_ltree(nd->path);
		ok = ok && nd->section != NULL && nd->text != NULL;
		ok = ok && nd->parent < i;
		if (ok && nd->parent >= 0)
		{
			const ShrSpan *ps = &N(nd->parent).span;

			ok = ps->byte_start <= sp->byte_start && sp->byte_end <= ps->byte_end &&
				nd->level > N(nd->parent).level;
		}
		if (ok && nd->kind >= SHR_NODE_PARAGRAPH)
		{
			size_t		k = 0,
						next;

			for (size_t j = sp->byte_start; j < sp->byte_end; j = next)
			{
				size_t		skip = shr_clean_skip(text, j, sp->byte_end, &next);

				memcpy(a + k, text + j, skip - j);
				k += skip - j;
			}
			a[k] = '\0';
			ok = strcmp(a, nd->text) == 0 && k > 0;
		}
		else if (ok)
		{
			size_t		ka = squeeze(text + sp->byte_start, sp->byte_end - sp->byte_start, a),
						kb = squeeze(nd->text, strlen(nd->text), b);

			ok = kb <= ka && memcmp(a, b, kb) == 0 && nd->heading != NULL;
			if (ok && nd->kind != SHR_NODE_TITLE && nd->marker != NULL)
				ok = memcmp(text + sp->byte_start, nd->marker, strlen(nd->marker)) == 0;
		}
		if (!ok)
		{
			bad++;
			fprintf(stderr, "    bad node %d (%s) path %s: \"%.60s\"\n", i,
					shr_node_kind_name(nd->kind), nd->path ? nd->path : "(null)",
					nd->text ? nd->text : "(null)");
		}
	}
	free(chars);
	free(a);
	free(b);
	return bad;
}

/* ------------------------------------------------------------- snippets */

static void
test_markdown(void)
{
	const char *text =
		"# 2024年山东省政府工作报告\n"
		"`2024/11/25 22:57:38  by: 程序员·小李`\n"
		"\n"
		"一、2023年工作回顾\n"
		"\n"
		"2023年是`开局之年`，是恢复发展的一年。全省经济持续回升！\n"
		"\n"
		"（一）经济发展实现新跃升。地区生产总值达到9.2万亿元，增长6%。\n"
		"\n"
		"一是`加快打造产业科技创新高地`。开展科技领军企业提升行动。\n"
		"\n"
		"二、2024年工作总体要求和主要目标\n"
		"\n"
		"主要预期目标是：地区生产总值增长5%以上。\n";
	ShrReport  *r = parse(text, NULL);
	int			i;

	if (r == NULL)
		return;
	CHECK(check_nodes(text, strlen(text), r) == 0);
	CHECK_STR(r->title, "2024年山东省政府工作报告");
	CHECK(r->year == 2024);
	CHECK_STR(r->region, "山东省");

	i = nth(r, SHR_NODE_TITLE, 0);
	CHECK(i == 0);
	CHECK(N(0).parent == -1 && N(0).level == 0);
	CHECK_STR(N(0).path, "");
	CHECK(N(0).span.byte_start == 2);	/* after "# " */
	CHECK(N(0).span.byte_end == strlen(text) - 1);	/* whole report */

	/* the stamp line is a paragraph under the title, not a part */
	i = nth(r, SHR_NODE_PARAGRAPH, 0);
	CHECK_STR(N(i).text, "2024/11/25 22:57:38  by: 程序员·小李");
	CHECK(N(i).parent == 0);
	CHECK_STR(N(i).path, "p1");
	CHECK_STR(N(i).section, "");

	CHECK(count_kind(r, SHR_NODE_PART) == 2);
	i = nth(r, SHR_NODE_PART, 0);
	CHECK_STR(N(i).marker, "一、");
	CHECK_STR(N(i).heading, "2023年工作回顾");
	CHECK_STR(N(i).text, "一、2023年工作回顾");
	CHECK_STR(N(i).path, "1");
	CHECK_STR(N(i).section, "一");
	CHECK(N(i).level == 1 && N(i).parent == 0);
	/* the part spans its whole unit, up to the end of the item */
	CHECK(N(i).span.byte_end == N(nth(r, SHR_NODE_ITEM, 0)).span.byte_end);

	/* a paragraph directly under the part, with a highlight */
	i = find_text(r, SHR_NODE_SENTENCE, "2023年是开局之年，是恢复发展的一年。");
	CHECK(i > 0);
	if (i > 0)
	{
		CHECK_STR(N(i).path, "1.p1.s1");
		CHECK_STR(N(i).section, "一");
		CHECK_STR(span_text(text, &N(i)), "2023年是`开局之年`，是恢复发展的一年。");
		CHECK(N(i + 1).kind == SHR_NODE_HIGHLIGHT);
		CHECK_STR(N(i + 1).text, "开局之年");
		CHECK_STR(span_text(text, &N(i + 1)), "开局之年");
		CHECK(N(i + 1).parent == i);
		CHECK_STR(N(i + 1).path, "1.p1.s1.h1");
		/* code points: the title line is 19 + 1, the stamp line ... */
		CHECK(N(i + 1).span.char_end - N(i + 1).span.char_start == 4);
	}
	CHECK(find_text(r, SHR_NODE_SENTENCE, "全省经济持续回升！") > 0);

	/* a section whose heading runs into its paragraph */
	i = nth(r, SHR_NODE_SECTION, 0);
	CHECK_STR(N(i).marker, "（一）");
	CHECK_STR(N(i).heading, "经济发展实现新跃升");
	CHECK_STR(N(i).text, "（一）经济发展实现新跃升。");
	CHECK_STR(N(i).path, "1.1");
	CHECK_STR(N(i).section, "一（一）");
	CHECK(N(i + 1).kind == SHR_NODE_PARAGRAPH && N(i + 1).parent == i);
	CHECK_STR(N(i + 1).text, "经济发展实现新跃升。地区生产总值达到9.2万亿元，增长6%。");
	CHECK_STR(N(i + 1).path, "1.1.p1");
	CHECK_STR(N(i + 2).text, "经济发展实现新跃升。");
	CHECK_STR(N(i + 3).text, "地区生产总值达到9.2万亿元，增长6%。");
	CHECK_STR(N(i + 3).section, "一（一）");

	/* an item under the section, its heading a highlight */
	i = nth(r, SHR_NODE_ITEM, 0);
	CHECK_STR(N(i).marker, "一是");
	CHECK_STR(N(i).heading, "加快打造产业科技创新高地");
	CHECK_STR(N(i).section, "一（一）一是");
	CHECK_STR(N(i).path, "1.1.1");
	CHECK(N(i).level == 3);
	CHECK(N(i).parent == nth(r, SHR_NODE_SECTION, 0));

	i = nth(r, SHR_NODE_PART, 1);
	CHECK_STR(N(i).path, "2");
	CHECK_STR(N(i).section, "二");
	i = find_text(r, SHR_NODE_SENTENCE, "主要预期目标是：地区生产总值增长5%以上。");
	CHECK(i > 0 && strcmp(N(i).section, "二") == 0);
	shr_report_free(r, &unit_malloc_allocator);
}

/* Plain text as published: BOM, CRLF, full-width indentation, no blank lines. */
static void
test_plain_text(void)
{
	const char *text =
		"\xEF\xBB\xBF" "2025年广西政府工作报告\r\n"
		"来源：广西日报\r\n"
		"2025年1月13日在广西壮族自治区第十四届人民代表大会第三次会议上\r\n"
		"　　各位代表：\r\n"
		"一、过去一年工作回顾\r\n"
		"　　一年来，我们主要做了以下工作：\r\n"
		"　　(一)扎实推进重大项目建设。合湛高铁开工建设。　\r\n"
		"　　(二)扎实推进强产业增动能\r\n"
		"　　全区工业增加值增长6%；进出口增长4%。\r\n"
		"二、2025年目标任务和重点工作\r\n"
		"　　地区生产总值增长5%左右。";
	ShrReport  *r = parse(text, NULL);
	int			i;

	if (r == NULL)
		return;
	CHECK(check_nodes(text, strlen(text), r) == 0);
	CHECK_STR(r->title, "2025年广西政府工作报告");
	CHECK(r->year == 2025);
	CHECK_STR(r->region, "广西");
	CHECK(N(0).kind == SHR_NODE_TITLE);
	CHECK(N(0).span.byte_start == 3);	/* the BOM is no part of it */
	CHECK(N(0).span.char_start == 1);	/* but it is a character */
	CHECK(count_kind(r, SHR_NODE_PART) == 2);
	CHECK(count_kind(r, SHR_NODE_SECTION) == 2);

	/* the front matter stays under the title; the page's source is none of it */
	CHECK(find_text(r, SHR_NODE_PARAGRAPH, "来源：广西日报") < 0);
	i = find_text(r, SHR_NODE_PARAGRAPH, "2025年1月13日在广西壮族自治区第十四届人民代表大会第三次会议上");
	CHECK(i == 1 && N(i).parent == 0);
	CHECK_STR(N(i).path, "p1");
	i = find_text(r, SHR_NODE_PARAGRAPH, "各位代表：");
	CHECK(i > 0 && N(i).parent == 0);
	CHECK(i > 0 && strncmp(span_text(text, &N(i)), "各位代表：", 15) == 0);

	/* half-width (一): marker as written, marker path normalized */
	i = nth(r, SHR_NODE_SECTION, 0);
	CHECK_STR(N(i).marker, "(一)");
	CHECK_STR(N(i).section, "一（一）");
	CHECK_STR(N(i).heading, "扎实推进重大项目建设");
	/* trailing full-width space and CR are outside every span */
	i = find_text(r, SHR_NODE_SENTENCE, "合湛高铁开工建设。");
	CHECK(i > 0 && text[N(i).span.byte_end] == '\xE3');

	/* a heading alone on its line has no paragraph; the next line is its */
	i = nth(r, SHR_NODE_SECTION, 1);
	CHECK_STR(N(i).heading, "扎实推进强产业增动能");
	CHECK(N(i + 1).kind == SHR_NODE_PARAGRAPH && N(i + 1).parent == i);
	CHECK_STR(N(i + 2).text, "全区工业增加值增长6%；");
	CHECK_STR(N(i + 3).text, "进出口增长4%。");

	/* the last line has no line break */
	i = find_text(r, SHR_NODE_SENTENCE, "地区生产总值增长5%左右。");
	CHECK(i > 0 && N(i).span.byte_end == strlen(text));
	shr_report_free(r, &unit_malloc_allocator);
}

/* Items of every style, and numbered items nested under them. */
static void
test_items(void)
{
	const char *text =
		"三、2025年重点工作\n"
		"（一）扩大内需\n"
		"一是提振消费。消费增长5%。\n"
		"1.以旧换新。补贴100亿元。\n"
		"2.服务消费。\n"
		"（1）养老服务。\n"
		"（2）托育服务。\n"
		"3．文旅消费\n"
		"二是扩大投资。\n"
		"（二）发展产业\n"
		"第一，抓制造业。工业增长6%。\n"
		"第二，抓服务业。\n"
		"各位代表！这是总结。\n";
	ShrReport  *r = parse(text, NULL);
	int			i;

	if (r == NULL)
		return;
	CHECK(check_nodes(text, strlen(text), r) == 0);
	CHECK(N(0).kind == SHR_NODE_PART);	/* no title line */
	CHECK(r->title == NULL);
	CHECK(r->region == NULL);
	CHECK(r->year == 0);
	CHECK(count_kind(r, SHR_NODE_ITEM) == 9);

	i = find_text(r, SHR_NODE_ITEM, "一是提振消费。");
	CHECK(i > 0 && N(i).level == 3);
	CHECK_STR(N(i).section, "三（一）一是");
	CHECK_STR(N(i).path, "1.1.1");
	i = find_text(r, SHR_NODE_ITEM, "1.以旧换新。");
	CHECK(i > 0 && N(i).level == 4);
	CHECK_STR(N(i).marker, "1.");
	CHECK_STR(N(i).heading, "以旧换新");
	CHECK_STR(N(i).section, "三（一）一是1.");
	CHECK_STR(N(i).path, "1.1.1.1");
	i = find_text(r, SHR_NODE_ITEM, "（2）托育服务。");
	CHECK(i > 0 && N(i).level == 5);
	CHECK_STR(N(i).section, "三（一）一是2.（2）");
	CHECK_STR(N(i).path, "1.1.1.2.2");
	i = find_text(r, SHR_NODE_ITEM, "3．文旅消费");
	CHECK(i > 0 && N(i).level == 4);
	CHECK_STR(N(i).section, "三（一）一是3.");
	i = find_text(r, SHR_NODE_ITEM, "二是扩大投资。");
	CHECK(i > 0 && N(i).level == 3);
	CHECK_STR(N(i).path, "1.1.2");
	i = find_text(r, SHR_NODE_ITEM, "第一，抓制造业。");
	CHECK(i > 0 && N(i).level == 3);
	CHECK_STR(N(i).marker, "第一，");
	CHECK_STR(N(i).heading, "抓制造业");
	CHECK_STR(N(i).section, "三（二）第一");
	i = find_text(r, SHR_NODE_SENTENCE, "工业增长6%。");
	CHECK(i > 0 && strcmp(N(i).section, "三（二）第一") == 0);
	/* an item alone on its line is content too: it goes on as a paragraph */
	i = find_text(r, SHR_NODE_SENTENCE, "扩大投资。");
	CHECK(i > 0 && N(N(i).parent).kind == SHR_NODE_PARAGRAPH &&
		  N(N(i).parent).parent == find_text(r, SHR_NODE_ITEM, "二是扩大投资。"));
	CHECK(find_text(r, SHR_NODE_SENTENCE, "养老服务。") > 0);
	/* a section heading alone on its line is a title, not content */
	CHECK(find_text(r, SHR_NODE_SENTENCE, "扩大内需") < 0);
	/* 各位代表 speaks to the whole part again */
	i = find_text(r, SHR_NODE_PARAGRAPH, "各位代表！这是总结。");
	CHECK(i > 0 && N(i).parent == nth(r, SHR_NODE_PART, 0));
	CHECK(i > 0 && strcmp(N(i).section, "三") == 0);
	shr_report_free(r, &unit_malloc_allocator);
}

/* Sentences split at 。！？； and line ends, never inside quotes or brackets. */
static void
test_sentences(void)
{
	const char *text =
		"一、总体要求\n"
		"坚持“稳中求进。以进促稳”总基调；实施《条例（试行）。》全文。对吗？对！\n"
		"他说“没有结尾。然后继续。\n"
		"`加粗。两句`之后。（括号里。）结束\n"
		"无标点的一行\n";
	ShrReport  *r = parse(text, NULL);

	if (r == NULL)
		return;
	CHECK(check_nodes(text, strlen(text), r) == 0);
	CHECK(find_text(r, SHR_NODE_SENTENCE, "坚持“稳中求进。以进促稳”总基调；") > 0);
	CHECK(find_text(r, SHR_NODE_SENTENCE, "实施《条例（试行）。》全文。") > 0);
	CHECK(find_text(r, SHR_NODE_SENTENCE, "对吗？") > 0);
	CHECK(find_text(r, SHR_NODE_SENTENCE, "对！") > 0);
	/* an unclosed quote protects nothing */
	CHECK(find_text(r, SHR_NODE_SENTENCE, "他说“没有结尾。") > 0);
	CHECK(find_text(r, SHR_NODE_SENTENCE, "然后继续。") > 0);
	/* a highlight is never cut */
	CHECK(find_text(r, SHR_NODE_SENTENCE, "加粗。两句之后。") > 0);
	CHECK(find_text(r, SHR_NODE_HIGHLIGHT, "加粗。两句") > 0);
	CHECK(find_text(r, SHR_NODE_SENTENCE, "（括号里。）结束") > 0);
	CHECK(find_text(r, SHR_NODE_SENTENCE, "无标点的一行") > 0);
	CHECK(count_kind(r, SHR_NODE_SENTENCE) == 9);
	shr_report_free(r, &unit_malloc_allocator);
}

/* The State Council's report: a bare title, its year and region elsewhere. */
static void
test_state_council(void)
{
	const char *text =
		"政府工作报告\n"
		"——2024年3月5日在第十四届全国人民代表大会第二次会议上\n"
		"国务院总理　李强\n"
		"各位代表：\n"
		"现在，我代表国务院，向大会报告政府工作，请予审议。\n"
		"一、2023年工作回顾\n"
		"过去一年，国内生产总值超过126万亿元，增长5.2%。\n"
		"二、2024年经济社会发展总体要求和政策取向\n"
		"三、2024年政府工作任务\n";
	const char *noyear =
		"政府工作报告\n"
		"一、2023年工作回顾\n"
		"过去一年。\n";
	ShrReport  *r = parse(text, NULL);
	ShrReportOptions opts = {"我的报告", "测试省", 1999};

	if (r == NULL)
		return;
	CHECK(check_nodes(text, strlen(text), r) == 0);
	CHECK_STR(r->title, "政府工作报告");
	CHECK(r->year == 2024);
	CHECK_STR(r->region, "全国");
	CHECK(count_kind(r, SHR_NODE_PART) == 3);
	/* date and speaker lines are front matter, not parts */
	CHECK(find_text(r, SHR_NODE_PARAGRAPH, "国务院总理　李强") == 3);
	CHECK(N(3).parent == 0);
	shr_report_free(r, &unit_malloc_allocator);

	/* the caller overrides each piece of metadata */
	r = parse(text, &opts);
	if (r != NULL)
	{
		CHECK_STR(r->title, "我的报告");
		CHECK_STR(r->region, "测试省");
		CHECK(r->year == 1999);
		shr_report_free(r, &unit_malloc_allocator);
	}

	/* no date line: the review heading's year plus one */
	r = parse(noyear, NULL);
	if (r != NULL)
	{
		CHECK(r->year == 2024);
		CHECK(r->region == NULL);
		shr_report_free(r, &unit_malloc_allocator);
	}

	/* a province's speaker line names the region */
	r = parse("政府工作报告\n四川省人民政府省长　施小琳\n一、2024年工作回顾\n", NULL);
	if (r != NULL)
	{
		CHECK_STR(r->region, "四川省");
		CHECK(r->year == 2025);
		shr_report_free(r, &unit_malloc_allocator);
	}
	r = parse("# 2025年内蒙古自治区政府工作报告\n", NULL);
	if (r != NULL)
	{
		CHECK_STR(r->region, "内蒙古自治区");
		CHECK(r->year == 2025);
		CHECK(r->nnodes == 1);
		shr_report_free(r, &unit_malloc_allocator);
	}
}

/* Headings by Markdown marks, without marker; parts without marker. */
static void
test_unmarked_headings(void)
{
	const char *md =
		"# 政府工作报告\n"
		"## 过去一年\n"
		"经济增长5%。\n"
		"### 产业发展\n"
		"工业增长6%。\n"
		"## 今年安排\n";
	const char *plain =
		"2025年西藏政府工作报告\n"
		"西藏自治区代理主席 嘎玛泽登\n"
		"2024年工作回顾\n"
		"一是稳定态势持续向好。地区生产总值增长6.3%。\n"
		"2025年工作安排\n"
		"(一)坚决维护社会和谐稳定。扎实推进。\n"
		"加强政府自身建设\n"
		"深化改革。\n";
	const char *broken =
		"一、2024年工作回顾\n\n"
		"经济增长。\n\n"
		"三、持续提升政府\n\n"
		"治理效能和服务水平\n\n"
		"人民满意是标准。\n";
	ShrReport  *r = parse(md, NULL);
	int			i;

	if (r != NULL)
	{
		CHECK(check_nodes(md, strlen(md), r) == 0);
		CHECK(count_kind(r, SHR_NODE_PART) == 2);
		i = nth(r, SHR_NODE_SECTION, 0);
		CHECK(i > 0 && N(i).marker == NULL);
		CHECK_STR(N(i).heading, "产业发展");
		CHECK_STR(N(i).section, "一（一）");
		CHECK_STR(N(i).path, "1.1");
		shr_report_free(r, &unit_malloc_allocator);
	}

	r = parse(plain, NULL);
	if (r != NULL)
	{
		CHECK(check_nodes(plain, strlen(plain), r) == 0);
		CHECK_STR(r->region, "西藏");
		/* no 一、 anywhere: the usual part names stand alone */
		CHECK(count_kind(r, SHR_NODE_PART) == 3);
		i = nth(r, SHR_NODE_PART, 1);
		CHECK_STR(N(i).heading, "2025年工作安排");
		CHECK(N(i).marker == NULL);
		CHECK_STR(N(i).section, "二");
		i = nth(r, SHR_NODE_SECTION, 0);
		CHECK_STR(N(i).section, "二（一）");
		i = find_text(r, SHR_NODE_SENTENCE, "地区生产总值增长6.3%。");
		CHECK(i > 0 && strcmp(N(i).section, "一一是") == 0);
		/* the speaker line stays in the front matter */
		CHECK(find_text(r, SHR_NODE_PARAGRAPH, "西藏自治区代理主席 嘎玛泽登") > 0);
		shr_report_free(r, &unit_malloc_allocator);
	}

	r = parse(broken, NULL);
	if (r != NULL)
	{
		CHECK(check_nodes(broken, strlen(broken), r) == 0);
		i = nth(r, SHR_NODE_PART, 1);
		CHECK_STR(N(i).heading, "持续提升政府治理效能和服务水平");
		CHECK_STR(N(i).text, "三、持续提升政府治理效能和服务水平");
		CHECK(find_text(r, SHR_NODE_PARAGRAPH, "治理效能和服务水平") < 0);
		CHECK(count_kind(r, SHR_NODE_PARAGRAPH) == 2);
		shr_report_free(r, &unit_malloc_allocator);
	}
}

/* Appendices are parts; their 一、 lists are sections. */
static void
test_appendix(void)
{
	const char *text =
		"一、2024年工作回顾\n"
		"经济增长。\n"
		"二、2025年工作安排\n"
		"（一）扩大内需。消费增长。\n"
		"附件1\n"
		"2025年省十件民生实事\n"
		"一、稳定和扩大就业\n"
		"年度目标：城镇新增就业50万人。\n"
		"附件2 名词解释\n"
		"1.“两重”：国家重大战略实施。\n"
		"2.6个专项：科技专项。\n"
		"3.5万亿元的来历。\n";
	ShrReport  *r = parse(text, NULL);
	int			i;

	if (r == NULL)
		return;
	CHECK(check_nodes(text, strlen(text), r) == 0);
	CHECK(count_kind(r, SHR_NODE_PART) == 4);
	i = nth(r, SHR_NODE_PART, 2);
	CHECK_STR(N(i).marker, "附件1");
	CHECK_STR(N(i).heading, "2025年省十件民生实事");
	CHECK_STR(N(i).path, "a1");
	CHECK_STR(N(i).section, "附件1");
	i = nth(r, SHR_NODE_SECTION, 1);
	CHECK_STR(N(i).heading, "稳定和扩大就业");
	CHECK_STR(N(i).section, "附件1一");
	CHECK_STR(N(i).path, "a1.1");
	CHECK(N(i).level == 2);
	i = nth(r, SHR_NODE_PART, 3);
	CHECK_STR(N(i).heading, "名词解释");
	CHECK_STR(N(i).path, "a2");
	i = nth(r, SHR_NODE_ITEM, 0);
	CHECK_STR(N(i).section, "附件21.");
	CHECK_STR(N(i).heading, "“两重”：国家重大战略实施");
	/* after item 1, "2.6个" is item 2; "3.5万亿元" then is item 3 too */
	i = nth(r, SHR_NODE_ITEM, 1);
	CHECK_STR(N(i).heading, "6个专项：科技专项");
	CHECK_STR(N(i).section, "附件22.");
	CHECK(count_kind(r, SHR_NODE_ITEM) == 3);
	shr_report_free(r, &unit_malloc_allocator);

	/* without a list before it, a line may start with a decimal */
	r = parse("一、回顾\n1.5万亿元的投资。\n", NULL);
	if (r == NULL)
		return;
	CHECK(count_kind(r, SHR_NODE_ITEM) == 0);
	CHECK(find_text(r, SHR_NODE_SENTENCE, "1.5万亿元的投资。") > 0);
	shr_report_free(r, &unit_malloc_allocator);
}

/*
 * Each shape of heading marker, and the lines that come close to one, as
 * the line after a part: a row a case, with what the line becomes (0: a
 * paragraph), its marker as written and its marker path.
 */
static void
test_marker_shapes(void)
{
	static const struct
	{
		const char *line;
		int			kind;
		const char *marker;
		const char *section;
	}			cases[] = {
		{"二、扩大内需", SHR_NODE_PART, "二、", "二"},
		{"十一、其他", SHR_NODE_PART, "十一、", "十一"},
		{"一、二、三产业协同发展", 0, NULL, "一"},	/* a list of numerals */
		{"二．扩大内需", SHR_NODE_PART, "二．", "二"},
		{"二.扩大内需", SHR_NODE_PART, "二.", "二"},
		{"第二部分 扩大内需", SHR_NODE_PART, "第二部分", "二"},
		{"第二部分：扩大内需", SHR_NODE_PART, "第二部分：", "二"},
		{"第二部", 0, NULL, "一"},
		{"（一）扩大内需", SHR_NODE_SECTION, "（一）", "一（一）"},
		{"(二)扩大内需", SHR_NODE_SECTION, "(二)", "一（二）"},
		{"一是提振消费", SHR_NODE_ITEM, "一是", "一一是"},
		{"第一，抓制造业", SHR_NODE_ITEM, "第一，", "一第一"},
		{"第二、抓服务业", SHR_NODE_ITEM, "第二、", "一第二"},
		{"第三：抓农业", SHR_NODE_ITEM, "第三：", "一第三"},
		{"第一次会议", 0, NULL, "一"},
		{"（1）养老服务", SHR_NODE_ITEM, "（1）", "一（1）"},
		{"(12)托育服务", SHR_NODE_ITEM, "(12)", "一（12）"},
		{"(123)托育服务", 0, NULL, "一"},	/* at most two digits */
		{"1.以旧换新", SHR_NODE_ITEM, "1.", "一1."},
		{"2．以旧换新", SHR_NODE_ITEM, "2．", "一2."},
		{"3、以旧换新", SHR_NODE_ITEM, "3、", "一3."},
		{"1.", 0, NULL, "一"},	/* a marker needs its heading */
		{"1.5万亿元的投资", 0, NULL, "一"},	/* a decimal: no item 0. before */
		{"①城乡居民", SHR_NODE_ITEM, "①", "一①"},
		{"⑳末项", SHR_NODE_ITEM, "⑳", "一⑳"},
		{"①", 0, NULL, "一"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		/* the 。 keeps the line from going on as the heading's second line */
		const char *head = "一、总体要求。\n";
		char		text[128];
		ShrReport  *r;
		int			kind = cases[i].kind ? cases[i].kind : SHR_NODE_PARAGRAPH,
					k = 0;

		snprintf(text, sizeof(text), "%s%s\n", head, cases[i].line);
		r = parse(text, NULL);
		if (r == NULL)
			continue;
		while (k < r->nnodes && N(k).span.byte_start < strlen(head))
			k++;
		if (!CHECKED(N(k).kind == kind) ||
			!CHECKED(cases[i].marker == NULL ? N(k).marker == NULL :
					 N(k).marker != NULL && strcmp(N(k).marker, cases[i].marker) == 0) ||
			!CHECKED(strcmp(N(k).section, cases[i].section) == 0))
			fprintf(stderr, "    line \"%s\": kind %d, marker %s, section %s\n",
					cases[i].line, N(k).kind, N(k).marker ? N(k).marker : "-",
					N(k).section);
		shr_report_free(r, &unit_malloc_allocator);
	}
}

/*
 * Every heading or chrome word is found by the lookups for its roles, which
 * are those of its table, and stands in one row of one table only; a
 * lookup finds the first word in a text, the longest of those starting
 * there.
 */
static void
test_heading_words(void)
{
	const char *s = "2024年工作回顾和2025年重点工作";
	const char *speaker = "四川省人民政府省长";
	size_t		wlen = 0;
	const ShrHeadingWord *const tables[] = {shr_heading_words, shr_chrome_fields,
	shr_chrome_buttons, shr_captions};
	const int	counts[] = {shr_heading_word_count, shr_chrome_field_count,
	shr_chrome_button_count, shr_caption_count};
	const unsigned roles[] = {~(unsigned) SHR_HW_CHROME, SHR_HW_CHROME_FIELD,
	SHR_HW_CHROME_BUTTON, SHR_HW_CAPTION};

	for (int t = 0; t < 4; t++)
		for (int i = 0; i < counts[t]; i++)
		{
			const ShrHeadingWord *w = &tables[t][i];

			CHECK(w->roles != 0 && w->len == strlen(w->word));
			CHECK((w->roles & ~roles[t]) == 0);
			CHECK(shr_heading_prefix(w->word, w->len, w->roles) == w->len);
			CHECK(shr_heading_suffix(w->word, w->len, w->roles) == w->len);
			CHECK(shr_heading_find(w->word, w->len, w->roles, &wlen) == w->word &&
				  wlen == w->len);
			for (int u = 0; u < 4; u++)
				for (int j = 0; j < counts[u]; j++)
					CHECK((u == t && j == i) || strcmp(tables[u][j].word, w->word) != 0);
		}
	CHECK(shr_heading_find(s, strlen(s), SHR_HW_PART, &wlen) == strstr(s, "回顾") &&
		  wlen == strlen("回顾"));
	CHECK(shr_heading_find(s, strlen(s), SHR_HW_TITLE, &wlen) == NULL && wlen == 0);
	CHECK(shr_heading_find(speaker, strlen(speaker), SHR_HW_PEOPLES | SHR_HW_GOVERNMENT,
						   &wlen) == strstr(speaker, "人民") &&
		  wlen == strlen("人民政府"));
	CHECK(shr_heading_prefix("附件1", strlen("附件1"), SHR_HW_APPENDIX) == strlen("附件"));
	CHECK(shr_heading_prefix("附", strlen("附"), SHR_HW_APPENDIX) == 0);
	CHECK(shr_heading_prefix("附件", strlen("附件"), SHR_HW_GLOSSARY) == 0);
	CHECK(shr_heading_suffix("附：名词注释", strlen("附：名词注释"), SHR_HW_GLOSSARY) ==
		  strlen("名词注释"));
	CHECK_STR(shr_heading_word(SHR_HW_NATION), "全国");
	CHECK(shr_heading_word(0) == NULL);
}

/* Empty text, white space only, invalid UTF-8, NUL bytes, too long. */
static void
test_bad_input(void)
{
	ShrReport  *r = NULL;
	ShrError	err;
	ShrStatus	st;
	static const char *const bad[] = {
		"一、好\xC3", "abc\xFF", "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80",
		"\xC0\xAF", "ab\x80", "\xE4\xB8"
	};

	st = shr_report_parse("", 0, NULL, &unit_malloc_allocator, &r, &err);
	CHECK(st == SHR_OK && r != NULL && r->nnodes == 0 && r->title == NULL &&
		  r->region == NULL && r->year == 0 && r->nfigures == 0);
	shr_report_free(r, &unit_malloc_allocator);
	r = NULL;
	st = shr_report_parse(NULL, 0, NULL, &unit_malloc_allocator, &r, &err);
	CHECK(st == SHR_OK && r != NULL && r->nnodes == 0);
	shr_report_free(r, &unit_malloc_allocator);

	r = parse("\xEF\xBB\xBF\r\n　　\r\n\n `` \n", NULL);
	CHECK(r != NULL && r->nnodes == 0);
	shr_report_free(r, &unit_malloc_allocator);

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		r = NULL;
		st = shr_report_parse(bad[i], strlen(bad[i]), NULL, &unit_malloc_allocator,
							  &r, &err);
		CHECK(st == SHR_ESYNTAX && r == NULL);
	}
	st = shr_report_parse("一、好\xC3", 10, NULL, &unit_malloc_allocator, &r, &err);
	CHECK(st == SHR_ESYNTAX);
	CHECK(strstr(err.detail, "byte offset 9") != NULL);
	st = shr_report_parse("ab\0cd", 5, NULL, &unit_malloc_allocator, &r, &err);
	CHECK(st == SHR_ESYNTAX && strstr(err.detail, "byte offset 2") != NULL);
	st = shr_report_parse("x", (size_t) SHR_REPORT_MAX_BYTES + 1, NULL,
						  &unit_malloc_allocator, &r, &err);
	CHECK(st == SHR_ETOOLARGE && r == NULL);
	/* err may be left out */
	CHECK(shr_report_parse("\xFF", 1, NULL, &unit_malloc_allocator, &r, NULL) == SHR_ESYNTAX);

	CHECK_STR(shr_node_kind_name(SHR_NODE_TITLE), "title");
	CHECK_STR(shr_node_kind_name(SHR_NODE_HIGHLIGHT), "highlight");
	CHECK(shr_node_kind_name(7) == NULL && shr_node_kind_name(-1) == NULL);
	CHECK_STR(shr_figure_kind_name(SHR_FIGURE_OUTCOME), "outcome");
	CHECK_STR(shr_figure_kind_name(SHR_FIGURE_TARGET), "target");
	CHECK(shr_figure_kind_name(2) == NULL);
}

/* ------------------------------------------------------- failing allocator */

typedef struct FailCtx
{
	long		left;			/* allocations that still succeed */
	long		live;			/* blocks not yet freed */
} FailCtx;

static void *
fail_alloc(void *ctx, size_t size)
{
	FailCtx    *f = ctx;
	void	   *p;

	if (f->left-- <= 0)
		return NULL;
	p = malloc(size);
	f->live += p != NULL;
	return p;
}

static void *
fail_realloc(void *ctx, void *ptr, size_t size)
{
	FailCtx    *f = ctx;
	void	   *p;

	if (f->left-- <= 0)
		return NULL;
	p = realloc(ptr, size);
	f->live += p != NULL && ptr == NULL;
	return p;
}

static void
fail_free(void *ctx, void *ptr)
{
	FailCtx    *f = ctx;

	f->live -= ptr != NULL;
	free(ptr);
}

/* Every allocation that can fail gives SHR_ENOMEM and leaks nothing. */
static void
test_out_of_memory(const char *text, size_t len)
{
	int			failures = 0,
				leaks = 0,
				wrong = 0;
	long		n;

	for (n = 0; n < 100000; n++)
	{
		FailCtx		f = {n, 0};
		ShrAllocator a = {fail_alloc, fail_realloc, fail_free, &f};
		ShrReport  *r = NULL;
		ShrError	err;
		ShrStatus	st = shr_report_parse(text, len, NULL, &a, &r, &err);

		if (st == SHR_OK)
		{
			shr_report_free(r, &a);
			leaks += f.live != 0;
			break;
		}
		failures++;
		wrong += st != SHR_ENOMEM || r != NULL;
		leaks += f.live != 0;
	}
	CHECK(failures > 3);
	CHECK(wrong == 0);
	CHECK(leaks == 0);
	CHECK(n < 100000);
}

/* ----------------------------------------------------------------- size */

/*
 * Large and hostile inputs parse into consistent nodes (test_linear.c
 * checks that the work they take stays linear).
 */
static void
test_large(void)
{
	size_t		n = 4 * 1024 * 1024;
	char	   *s = malloc(n + 1);
	const char *pieces[] = {"“", "（", "`", "。", "一、", "\n", "（一）", "a"};
	ShrReport  *r = NULL;
	ShrError	err;
	ShrStatus	st;

	/* one huge line of unclosed openers */
	for (size_t i = 0; i + 3 <= n; i += 3)
		memcpy(s + i, "“", 3);
	s[n - n % 3] = '\0';
	st = shr_report_parse(s, strlen(s), NULL, &unit_malloc_allocator, &r, &err);
	CHECK(st == SHR_OK && r != NULL && count_kind(r, SHR_NODE_SENTENCE) == 1);
	shr_report_free(r, &unit_malloc_allocator);

	/* a mix of everything, pseudo-random */
	{
		size_t		k = 0;
		unsigned	x = 12345;

		while (k + 12 < n)
		{
			const char *p;

			x = x * 1103515245 + 12345;
			p = pieces[(x >> 16) % 8];
			memcpy(s + k, p, strlen(p));
			k += strlen(p);
		}
		s[k] = '\0';
		st = shr_report_parse(s, k, NULL, &unit_malloc_allocator, &r, &err);
		CHECK(st == SHR_OK);
		if (st == SHR_OK)
		{
			CHECK(check_nodes(s, k, r) == 0);
			shr_report_free(r, &unit_malloc_allocator);
		}
	}

	free(s);
}

/* Random snippets of report-like pieces: every node stays consistent. */
static void
test_random(void)
{
	static const char *const pieces[] = {
		"一、", "（一）", "(二)", "（1）", "1.", "8.6个", "一是", "二是", "第一，", "①",
		"“", "”", "（", "）", "《", "》", "`", "。", "；", "！", "\n", "\r\n", "\r",
		"　", " ", "# ", "## ", "附件1", "\n附件\n", "名词解释", "2024年工作回顾",
		"各位代表！", "增长6%", "政府工作报告", "——2024年3月5日在第十四届全国人民代表大会",
		"\xEF\xBB\xBF", "\"", "a"
	};
	char		buf[512];
	unsigned	x = 2024;
	int			bad = 0,
				failed = 0;

	for (int round = 0; round < 3000; round++)
	{
		size_t		k = 0;
		int			n;
		ShrReport  *r = NULL;
		ShrError	err;

		x = x * 1103515245 + 12345;
		n = (int) ((x >> 16) % 40);
		for (int j = 0; j < n; j++)
		{
			const char *p;

			x = x * 1103515245 + 12345;
			p = pieces[(x >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
			if (k + strlen(p) >= sizeof(buf))
				break;
			memcpy(buf + k, p, strlen(p));
			k += strlen(p);
		}
		buf[k] = '\0';
		if (shr_report_parse(buf, k, NULL, &unit_malloc_allocator, &r, &err) != SHR_OK)
		{
			failed++;
			continue;
		}
		if (check_nodes(buf, k, r) != 0)
		{
			if (bad++ == 0)
				fprintf(stderr, "    input: \"%s\"\n", buf);
		}
		shr_report_free(r, &unit_malloc_allocator);
	}
	CHECK(failed == 0);
	CHECK(bad == 0);
}

/* --------------------------------------------------------------- corpus */

/* The region each report file's name stands for. */
static const char *const regions[][2] = {
	{"anhui", "安徽省"}, {"beijing", "北京市"}, {"chongqing", "重庆市"},
	{"fujian", "福建省"}, {"gansu", "甘肃省"}, {"guangdong", "广东省"},
	{"guangxi", "广西"}, {"guizhou", "贵州省"}, {"hainan", "海南省"},
	{"hebei", "河北省"}, {"heilongjiang", "黑龙江省"}, {"henan", "河南省"},
	{"hubei", "湖北省"}, {"hunan", "湖南省"}, {"jiangsu", "江苏省"},
	{"jiangxi", "江西省"}, {"jilin", "吉林省"}, {"liaoning", "辽宁省"},
	{"neimenggu", "内蒙古自治区"}, {"ningxia", "宁夏"}, {"qinghai", "青海省"},
	{"shaanxi", "陕西省"}, {"shandong", "山东省"}, {"shanghai", "上海市"},
	{"shanxi", "山西省"}, {"sichuan", "四川省"}, {"tianjin", "天津市"},
	{"xinjiang", "新疆"}, {"xizang", "西藏"}, {"yunnan", "云南省"},
	{"zhejiang", "浙江省"}
};

/*
 * The structure every work report has: at least two parts (the review and
 * the year's work; many add a third on the government itself), one of
 * them the review, at least seven second-level headings (sections, or
 * items directly under a part where a report has no sections), sentences,
 * and consistent nodes.
 */
static void
check_report(const char *name, const char *text, size_t len, int year,
			 const char *region, bool verbose)
{
	ShrReport  *r = NULL;
	ShrError	err;
	ShrStatus	st = shr_report_parse(text, len, NULL, &unit_malloc_allocator, &r, &err);
	int			parts = 0,
				appendices = 0,
				sections = 0,
				second = 0,
				review = 0,
				items = 0,
				sentences,
				nfigures;

	CHECK(st == SHR_OK);
	if (st != SHR_OK)
	{
		fprintf(stderr, "    %s: %s\n", name, err.detail);
		return;
	}
	for (int i = 0; i < r->nnodes; i++)
	{
		const ShrNode *nd = &N(i);
		const ShrNode *p = nd->parent >= 0 ? &N(nd->parent) : NULL;

		if (nd->kind == SHR_NODE_PART && nd->path[0] == 'a')
			appendices++;
		else if (nd->kind == SHR_NODE_PART)
		{
			parts++;
			review += strstr(nd->heading, "回顾") != NULL;
		}
		else if (nd->kind == SHR_NODE_SECTION && p && p->path[0] != 'a')
			sections++;
		else if (nd->kind == SHR_NODE_ITEM)
			items++;
		if ((nd->kind == SHR_NODE_SECTION || nd->kind == SHR_NODE_ITEM) &&
			p && p->kind == SHR_NODE_PART && p->path[0] != 'a')
			second++;
	}
	if (!CHECKED(r->year == year))
		fprintf(stderr, "    %s: year %d\n", name, r->year);
	if (!CHECKED(r->region != NULL && strcmp(r->region, region) == 0))
		fprintf(stderr, "    %s: region %s\n", name, r->region ? r->region : "(null)");
	/* Fujian names its review "牢记殷殷嘱托，在接续奋斗中…取得新成效". */
	if (strcmp(name, "fujian") == 0)
		review += 1;
	if (!CHECKED(parts >= 2 && parts <= 4 && review == 1 && second >= 7))
		fprintf(stderr, "    %s: %d parts (%d reviews), %d second-level headings\n",
				name, parts, review, second);
	CHECK(N(0).kind == SHR_NODE_TITLE);
	sentences = count_kind(r, SHR_NODE_SENTENCE);
	nfigures = r->nfigures;
	CHECK(sentences > 200);
	if (check_nodes(text, len, r) != 0)
	{
		CHECK(false);
		fprintf(stderr, "    %s: inconsistent nodes\n", name);
	}
	shr_report_free(r, &unit_malloc_allocator);
	if (verbose)
		printf("%-14s %-18s %4d %2d+%d %4d %4d %5d %5d\n", name, region, year,
			   parts, appendices, sections, items, sentences, nfigures);
}

static void
test_corpus(void)
{
	const char *dir = getenv("SHR_DATA_DIR");
	char		path[1024];
	char	   *text;
	size_t		len;
	int			found = 0;
	bool		verbose = getenv("SHR_SCAN_VERBOSE") != NULL;

	if (dir == NULL)
		dir = "data";
	snprintf(path, sizeof(path), "%s/2024-shandong.md", dir);
	text = unit_read_file(path, &len);
	CHECK(text != NULL);
	if (text == NULL)
	{
		fprintf(stderr, "    no report at %s (set SHR_DATA_DIR)\n", path);
		return;
	}
	check_report("2024-shandong", text, len, 2024, "山东省", verbose);
	{
		size_t		cut = len > 6000 ? 6000 : len;

		while (cut > 0 && ((unsigned char) text[cut] & 0xC0) == 0x80)
			cut--;				/* end on a whole character */
		test_out_of_memory(text, cut);
	}
	free(text);

	for (size_t i = 0; i < sizeof(regions) / sizeof(regions[0]); i++)
	{
		snprintf(path, sizeof(path), "%s/reports-2025/2025-%s.md", dir, regions[i][0]);
		text = unit_read_file(path, &len);
		if (!CHECKED(text != NULL))
		{
			fprintf(stderr, "    missing %s\n", path);
			continue;
		}
		found++;
		check_report(regions[i][0], text, len, 2025, regions[i][1], verbose);
		free(text);
	}
	CHECK(found == 31);
}

int
main(void)
{
	test_markdown();
	test_plain_text();
	test_items();
	test_sentences();
	test_state_council();
	test_unmarked_headings();
	test_appendix();
	test_marker_shapes();
	test_heading_words();
	test_bad_input();
	{
		const char *t = "# 2024年山东省政府工作报告\n一、回顾\n（一）经济。增长`6%`。\n一是好。\n";

		test_out_of_memory(t, strlen(t));
	}
	test_large();
	test_random();
	test_corpus();
	return unit_done("test_scan");
}
