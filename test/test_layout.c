/*
 * test_layout.c
 *		Unit tests of reports laid out as people copy them: with the chrome
 *		of the web page they were copied from, with parts headed in other
 *		ways, as plain text without blank lines, with CRLF line ends and with
 *		hard line breaks inside sentences (as text copied from a PDF is).
 *		Each layout of a bundled report must read like the report itself.
 */
#include <stdlib.h>

#include "reader/report.h"
#include "unit.h"

/* ------------------------------------------------------------- utilities */

/* A growing string. */
typedef struct Buf
{
	char	   *s;
	size_t		len;
	size_t		cap;
} Buf;

/* Append s[0..n) to b. */
static void
buf_add(Buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap)
	{
		b->cap = (b->len + n + 1) * 2;
		b->s = realloc(b->s, b->cap);
		if (b->s == NULL)
			abort();
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

/* Append the NUL-terminated s to b. */
static void
buf_str(Buf *b, const char *s)
{
	buf_add(b, s ? s : "-", strlen(s ? s : "-"));
}

/* Parse text with the malloc allocator; NULL (with a failed check) on error. */
static ShrReport *
parse(const char *text, size_t len)
{
	ShrReport  *r = NULL;
	ShrError	err;
	ShrStatus	st = shr_report_parse(text, len, NULL, &unit_malloc_allocator, &r, &err);

	CHECK(st == SHR_OK);
	if (st != SHR_OK)
		fprintf(stderr, "    parse failed: %s\n", err.detail);
	return r;
}

/* Read data/<name>, or NULL with a failed check. */
static char *
read_report(const char *name, size_t *len)
{
	const char *dir = getenv("SHR_DATA_DIR");
	char		path[1024];
	char	   *text;

	snprintf(path, sizeof(path), "%s/%s", dir ? dir : "data", name);
	text = unit_read_file(path, len);
	CHECK(text != NULL);
	if (text == NULL)
		fprintf(stderr, "    no report at %s (set SHR_DATA_DIR)\n", path);
	return text;
}

/* ------------------------------------------------------------ summaries */

/* What a summary of a report holds besides its headings and sentences. */
#define SUM_PATHS		0x01	/* the paths of paragraphs and sentences */
#define SUM_FIGURES		0x02	/* the figures */
#define SUM_NO_MARKERS	0x04	/* not the markers as written */

/*
 * One line per heading (kind, marker, path, marker path, heading), per
 * sentence (marker path, clean text, and with SUM_PATHS its path) and per
 * figure (raw, metric, amount, kind, year), after a line of metadata:
 * what two layouts of one report must share.
 */
static char *
summary(const ShrReport *r, int what)
{
	Buf			b = {0};
	char		line[512];

	snprintf(line, sizeof(line), "M\t%s\t%s\t%d\n", r->title ? r->title : "-",
			 r->region ? r->region : "-", r->year);
	buf_str(&b, line);
	for (int i = 0; i < r->nnodes; i++)
	{
		const ShrNode *n = &r->nodes[i];

		if (n->kind <= SHR_NODE_ITEM)
		{
			snprintf(line, sizeof(line), "%s\t%s\t", shr_node_kind_name(n->kind),
					 n->marker && !(what & SUM_NO_MARKERS) ? n->marker : "-");
			buf_str(&b, line);
			buf_str(&b, n->path);
			buf_str(&b, "\t");
			buf_str(&b, n->section);
			buf_str(&b, "\t");
			buf_str(&b, n->heading);
		}
		else if (n->kind == SHR_NODE_SENTENCE)
		{
			buf_str(&b, "s\t");
			buf_str(&b, n->section);
			buf_str(&b, "\t");
			buf_str(&b, (what & SUM_PATHS) ? n->path : "");
			buf_str(&b, "\t");
			buf_str(&b, n->text);
		}
		else if (n->kind == SHR_NODE_PARAGRAPH && (what & SUM_PATHS))
			buf_str(&b, "p\t");
		else
			continue;
		buf_str(&b, "\n");
	}
	for (int i = 0; (what & SUM_FIGURES) && i < r->nfigures; i++)
	{
		const ShrFigure *f = &r->figures[i];
		char		amount[128];

		shr_quantity_format(&f->amount, amount, sizeof(amount));
		snprintf(line, sizeof(line), "F\t%s\t%s\t%s\t%s\t%d\n", f->raw, f->metric,
				 amount, shr_figure_kind_name(f->kind), f->year);
		buf_str(&b, line);
	}
	return b.s;
}

/* The summary of text parsed; NULL when it does not parse. */
static char *
summary_of(const char *text, size_t len, int what)
{
	ShrReport  *r = parse(text, len);
	char	   *s;

	if (r == NULL)
		return NULL;
	s = summary(r, what);
	shr_report_free(r, &unit_malloc_allocator);
	return s;
}

/* Check two summaries are the same; print the first line that differs. */
static bool
same_summary(const char *want, const char *got, const char *name, const char *layout)
{
	size_t		i = 0,
				line_start = 0;
	int			line = 1;

	if (want == NULL || got == NULL)
		return false;
	while (want[i] != '\0' && want[i] == got[i])
	{
		if (want[i++] == '\n')
		{
			line_start = i;
			line++;
		}
	}
	CHECK(want[i] == got[i]);
	if (want[i] != got[i])
	{
		fprintf(stderr, "    %s %s: line %d differs\n    want %.*s\n    got  %.*s\n",
				name, layout, line,
				(int) strcspn(want + line_start, "\n"), want + line_start,
				(int) strcspn(got + line_start, "\n"), got + line_start);
		return false;
	}
	return true;
}

/* Check that text, a layout of a report, reads as want says; frees text. */
static void
check_layout(const char *want, char *text, int what, const char *name,
			 const char *layout)
{
	char	   *got = summary_of(text, strlen(text), what);

	same_summary(want, got, name, layout);
	free(got);
	free(text);
}

/* -------------------------------------------------------------- layouts */

/* Bytes of the line at s, without its line break. */
static size_t
line_len(const char *s)
{
	return strcspn(s, "\n");
}

/* Is s[0..n) nothing but white space? */
static bool
blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

/* text without its blank lines: plain text, a paragraph a line. */
static char *
without_blank_lines(const char *text)
{
	Buf			b = {0};

	buf_add(&b, "", 0);
	for (const char *s = text; *s;)
	{
		size_t		n = line_len(s);

		if (!blank(s, n))
		{
			buf_add(&b, s, n);
			buf_str(&b, "\n");
		}
		s += n + (s[n] == '\n');
	}
	return b.s;
}

/* text with CRLF line ends. */
static char *
with_crlf(const char *text)
{
	Buf			b = {0};

	buf_add(&b, "", 0);
	for (const char *s = text; *s; s++)
		buf_add(&b, *s == '\n' ? "\r\n" : s, *s == '\n' ? 2 : 1);
	return b.s;
}

/*
 * text with each line broken into lines of widths[0], widths[1] … (over
 * again) characters, at whatever character falls there (Markdown headings
 * apart, which cannot be broken).
 */
static char *
rewrapped_by(const char *text, const int *widths, int nwidths)
{
	Buf			b = {0};
	int			next = 0;

	buf_add(&b, "", 0);
	for (const char *s = text; *s;)
	{
		size_t		n = line_len(s),
					i = 0;
		int			k = 0,
					width = widths[next++ % nwidths];

		for (; i < n && *s != '#'; i++)
		{
			if (((unsigned char) s[i] & 0xC0) != 0x80 && k++ == width)
			{
				buf_add(&b, s, i);
				buf_str(&b, "\n");
				s += i;
				n -= i;
				i = 0;
				k = 1;
				width = widths[next++ % nwidths];
			}
		}
		buf_add(&b, s, n);
		buf_str(&b, "\n");
		s += n + (s[n] == '\n');
	}
	return b.s;
}

/* text with each line broken into lines of width characters. */
static char *
rewrapped(const char *text, int width)
{
	return rewrapped_by(text, &width, 1);
}

/* The ways a part's marker may be written, for with_parts. */
typedef enum PartStyle
{
	PARTS_UNMARKED,				/* 2024年工作回顾 */
	PARTS_DI,					/* 第一部分 2024年工作回顾 */
	PARTS_DI_ALONE,				/* 第一部分, and the heading a line below */
	PARTS_FULL_STOP,			/* 一．2024年工作回顾 */
	PARTS_BOLD					/* **一、2024年工作回顾** */
} PartStyle;

/* text with the markers of its parts (as r found them) written as style says. */
static char *
with_parts(const char *text, const ShrReport *r, PartStyle style)
{
	Buf			b = {0};
	size_t		done = 0;

	buf_add(&b, "", 0);
	for (int i = 0; i < r->nnodes; i++)
	{
		const ShrNode *n = &r->nodes[i];
		size_t		at = n->span.byte_start,
					after;
		const char *prefix[] = {"", "第", "第", "", "**"};
		const char *suffix[] = {"", "部分 ", "部分\n\n", "．", ""};

		if (n->kind != SHR_NODE_PART || n->marker == NULL || n->path[0] == 'a')
			continue;
		after = at + strlen(n->marker);
		buf_add(&b, text + done, at - done);
		buf_str(&b, prefix[style]);
		if (style != PARTS_UNMARKED)
			buf_str(&b, style == PARTS_BOLD ? n->marker : n->section);
		buf_str(&b, suffix[style]);
		done = after;
		if (style == PARTS_BOLD)
		{
			done = at + strcspn(text + at, "\n");
			buf_add(&b, text + after, done - after);
			buf_str(&b, "**");
		}
	}
	buf_str(&b, text + done);
	return b.s;
}

/*
 * A bundled report whose parts are headed in other ways: without marker,
 * 第一部分 (with its heading on the line or the next), 一．, in bold.  It
 * reads the same but for the markers as written.
 */
static void
test_part_styles_of(const char *name)
{
	static const char *const styles[] = {
		"without marker", "第一部分", "第一部分 alone", "一．", "in bold"
	};
	size_t		len;
	char	   *text = read_report(name, &len);
	ShrReport  *r;
	char	   *want;

	if (text == NULL || (r = parse(text, len)) == NULL)
	{
		free(text);
		return;
	}
	want = summary(r, SUM_FIGURES | SUM_NO_MARKERS);
	for (int s = PARTS_UNMARKED; s <= PARTS_BOLD; s++)
		check_layout(want, with_parts(text, r, (PartStyle) s), SUM_FIGURES | SUM_NO_MARKERS,
					 name, styles[s]);
	shr_report_free(r, &unit_malloc_allocator);
	free(want);
	free(text);
}

/* ------------------------------------------------------------ the tests */

/*
 * A bundled report in every layout reads the same: the same headings,
 * sentences and figures.  Without blank lines and with CRLF each paragraph
 * stays one too; broken into lines of 40 characters (with or without the
 * blank lines, or of 39 to 42 as digits make a PDF's lines), a paragraph
 * may be split where a sentence ends at a line's end.
 */
static void
test_layouts_of(const char *name)
{
	static const int ragged[] = {40, 41, 40, 39, 42};
	size_t		len;
	char	   *text = read_report(name, &len);
	char	   *want,
			   *wantp,
			   *w;

	if (text == NULL)
		return;
	want = summary_of(text, len, SUM_FIGURES);
	wantp = summary_of(text, len, SUM_FIGURES | SUM_PATHS);
	check_layout(wantp, without_blank_lines(text), SUM_FIGURES | SUM_PATHS, name,
				 "without blank lines");
	check_layout(wantp, with_crlf(text), SUM_FIGURES | SUM_PATHS, name, "with CRLF");
	check_layout(want, rewrapped(text, 40), SUM_FIGURES, name, "broken at 40");
	check_layout(want, rewrapped_by(text, ragged, 5), SUM_FIGURES, name,
				 "broken at 39 to 42");
	w = rewrapped(text, 40);
	check_layout(want, without_blank_lines(w), SUM_FIGURES, name,
				 "broken at 40 without blank lines");
	free(w);
	free(want);
	free(wantp);
	free(text);
}

/*
 * A report of paragraphs a line each (without or with blank lines between
 * them) whose lines test the rules by which lines broken at 20 characters
 * are joined: where a line ends, the last line of each paragraph apart.
 */
static const char *const wrap_paragraphs[] = {
	"2025年某省政府工作报告",
	"一、2024年工作回顾",
	/* a figure is broken: "…达到9." / "2万亿元…" */
	"过去一年，面对更加复杂严峻外部形势和艰巨繁重的改革任务，全省地区生产总值"
	"达到9.2万亿元，增长5.6%，城镇新增就业110万人，居民人均可支配收入增长"
	"5.5%，较好完成了全年目标任务。",
	/* a full line ending with a colon, then a section in sequence */
	"一年来，我们主要做了以下几个方面的工作：",
	/* "…有效投资；" / "二是提振消费": 二是 out of sequence, so text */
	"（一）经济运行稳中向好。坚持稳中求进，着力扩大有效需求。一是要积极扩大有效投资；"
	"二是提振消费，社零总额增长7%。",
	"（二）改革开放持续深化。",
	/* a full line ending a sentence, then the item that follows it */
	"一是深化各项改革，新增经营主体超1万户。",
	/* "…推动城乡统" / "一、稳步提高": part 一 is open, so text */
	"二是扩大开放，进出口增长4%，推动城乡统一、稳步提高，实际使用外资40亿美元。",
	/* "…提高到78%。" / "新建…": a paragraph may split; "省长" / " 王清宪" */
	"三是改善民生。民生支出占比提高到78%。新建保障性住房3万套，改造老旧小区2000个，"
	"全面完成了年初确定的各项任务和省长 王清宪交办的事项。",
};

/* The paragraphs of wrap_paragraphs, each followed by sep. */
static char *
wrap_report(const char *sep)
{
	Buf			b = {0};

	for (size_t i = 0; i < sizeof(wrap_paragraphs) / sizeof(wrap_paragraphs[0]); i++)
	{
		buf_str(&b, wrap_paragraphs[i]);
		buf_str(&b, sep);
	}
	return b.s;
}

/* The node of a kind whose text is exactly s, or -1. */
static int
find_text(const ShrReport *r, int kind, const char *s)
{
	for (int i = 0; i < r->nnodes; i++)
		if (r->nodes[i].kind == kind && strcmp(r->nodes[i].text, s) == 0)
			return i;
	return -1;
}

/* The number of nodes of a kind. */
static int
count_kind(const ShrReport *r, int kind)
{
	int			c = 0;

	for (int i = 0; i < r->nnodes; i++)
		c += r->nodes[i].kind == kind;
	return c;
}

/*
 * What the joined lines of wrap_report(sep) broken at 20 characters read:
 * what the report itself does, but for the space at a line break, and
 * the paragraphs there are.
 */
static void
check_wrap_rules(const char *sep, int paragraphs)
{
	char	   *text = wrap_report(sep),
			   *broken = rewrapped(text, 20),
			   *space = strstr(text, "省长 ");
	ShrReport  *r = parse(broken, strlen(broken));
	const ShrFigure *f = NULL;
	char	   *want,
			   *got;

	memmove(space + strlen("省长"), space + strlen("省长 "), strlen(space + strlen("省长")));
	want = summary_of(text, strlen(text), SUM_FIGURES);
	got = summary_of(broken, strlen(broken), SUM_FIGURES);
	same_summary(want, got, "the wrap rules", sep);
	free(want);
	free(got);
	if (r != NULL)
	{
		CHECK(count_kind(r, SHR_NODE_PART) == 1);
		CHECK(count_kind(r, SHR_NODE_SECTION) == 2);
		CHECK(count_kind(r, SHR_NODE_ITEM) == 3);
		CHECK(count_kind(r, SHR_NODE_PARAGRAPH) == paragraphs);
		CHECK(find_text(r, SHR_NODE_SENTENCE, "扩大开放，进出口增长4%，推动城乡统一、"
						"稳步提高，实际使用外资40亿美元。") > 0);
		/* the white space around a line break is no part of the text */
		CHECK(find_text(r, SHR_NODE_SENTENCE, "新建保障性住房3万套，改造老旧小区2000个，"
						"全面完成了年初确定的各项任务和省长王清宪交办的事项。") > 0);
		for (int i = 0; i < r->nfigures && f == NULL; i++)
			if (strcmp(r->figures[i].raw, "9.2万亿元") == 0)
				f = &r->figures[i];
		CHECK(f != NULL && memchr(broken + f->span.byte_start, '\n',
								  f->span.byte_end - f->span.byte_start) != NULL);
		CHECK(f != NULL && strcmp(f->metric, "地区生产总值") == 0);
		shr_report_free(r, &unit_malloc_allocator);
	}
	free(broken);
	free(text);
}

/*
 * The rules for lines broken at a width: with blank lines between the
 * paragraphs, every line runs on up to a blank line; without, a line that
 * ends a sentence where the line ends may end its paragraph (a paragraph
 * more), the rest read as the report does.
 */
static void
test_wrap_rules(void)
{
	check_wrap_rules("\n\n", 6);
	check_wrap_rules("\n", 7);
}

/* The heading of the n-th (0-based) node of a kind, or "". */
static const char *
nth_heading(const ShrReport *r, int kind, int n)
{
	for (int i = 0; i < r->nnodes; i++)
		if (r->nodes[i].kind == kind && n-- == 0)
			return r->nodes[i].heading ? r->nodes[i].heading : "";
	return "";
}

/* Parts headed without marker, by the words every work report uses. */
static void
test_unmarked_parts(void)
{
	const char *text =
		"# 2025年某省政府工作报告\n\n"
		"“十四五”时期工作回顾\n\n"
		"过去五年，经济年均增长5%。\n\n"
		"2024年工作回顾\n\n"
		"过去一年，经济增长6%。\n\n"
		"今年经济社会发展总体要求和主要预期目标\n\n"
		"地区生产总值增长5%左右。\n\n"
		"2025年重点工作\n\n"
		"（一）扩大内需。消费增长5%。\n";
	ShrReport  *r = parse(text, strlen(text));

	if (r == NULL)
		return;
	CHECK(count_kind(r, SHR_NODE_PART) == 4);
	CHECK_STR(nth_heading(r, SHR_NODE_PART, 0), "“十四五”时期工作回顾");
	CHECK_STR(nth_heading(r, SHR_NODE_PART, 1), "2024年工作回顾");
	CHECK_STR(nth_heading(r, SHR_NODE_PART, 2), "今年经济社会发展总体要求和主要预期目标");
	CHECK_STR(nth_heading(r, SHR_NODE_PART, 3), "2025年重点工作");
	CHECK(r->nfigures == 4);
	CHECK(r->nfigures == 4 && strcmp(r->figures[3].section, "四（一）") == 0);
	CHECK(r->nfigures == 4 && r->figures[2].kind == SHR_FIGURE_TARGET);
	shr_report_free(r, &unit_malloc_allocator);
}

/*
 * Lines of a web page's chrome, and lines like them that are the report's,
 * each read as the line after a title: chrome makes no node.
 */
static void
test_chrome_lines(void)
{
	static const struct
	{
		const char *line;
		bool		chrome;
	}			cases[] = {
		{"来源：新华社", true},
		{"来源 : 南方日报", true},
		{"时间：2025-01-15", true},
		{"发布时间：2025年01月15日 10:30", true},
		{"浏览次数：1234", true},
		{"【字号：大 中 小】", true},
		{"【字号：加大 还原 减小】", true},
		{"下载 打印 全屏 收藏 关闭", true},
		{"【打印】【关闭】", true},
		{"【打印本页】【关闭窗口】 浏览次数：1234", true},
		{"分享到：", true},
		{"责任编辑：张三", true},
		{"编辑：李四", true},
		{"新华社记者 李学仁 摄", true},
		{"（记者 张三 摄）", true},
		{"图为1月14日开幕的省人民代表大会会场。", true},
		{"李学仁/摄", true},
		{"5.航拍：指利用无人机拍摄", false},
		/* a date line after its source is the date line */
		{"来源：江西省人民政府2025年1月17日在江西省第十四届人民代表大会第四次会议上", false},
		{"时间过得很快，经济增长5%。", false},
		{"中小企业", false},
		{"各位代表：", false},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		char		text[256];
		ShrReport  *r;

		snprintf(text, sizeof(text), "# 2025年某省政府工作报告\n%s\n一、回顾\n", cases[i].line);
		if ((r = parse(text, strlen(text))) == NULL)
			continue;
		CHECK(r->nodes[0].kind == SHR_NODE_TITLE);
		CHECK((r->nodes[1].kind == SHR_NODE_PART) == cases[i].chrome);
		if ((r->nodes[1].kind == SHR_NODE_PART) != cases[i].chrome)
			fprintf(stderr, "    \"%s\" is %s\n", cases[i].line,
					cases[i].chrome ? "not chrome" : "chrome");
		CHECK(r->nfigures == 0 || !cases[i].chrome);
		shr_report_free(r, &unit_malloc_allocator);
	}
}

/* The chrome a bundled report is copied with, before its title and after it. */
static const char *const chrome_before =
"当前位置：首页 > 政务公开 > 政府工作报告\n"
"【字号：大 中 小】【打印】【关闭】\n\n";
static const char *const chrome_after_title =
"\n来源：新华社　　时间：2025-01-15\n"
"发布时间：2025年01月15日 10:30　浏览次数：1234\n"
"下载 打印 全屏 收藏 关闭\n"
"【字号：加大 还原 减小】\n\n"
"图为1月14日开幕的省第十四届人民代表大会第三次会议会场。\n"
"新华社记者 李学仁 摄\n";
static const char *const chrome_after =
"\n责任编辑：张三\n"
"编辑：李四\n\n"
"分享到：\n"
"【打印本页】【关闭窗口】 浏览次数：1234\n";

/*
 * A bundled report copied with the chrome of its web page reads as the
 * report does: the same nodes, paths and figures, and the chrome is none
 * of them.  So it does broken at 40 characters, paths too if the report
 * has blank lines between all its paragraphs (wrapped, as SUM_PATHS).
 */
static void
test_chrome_of(const char *name, int wrapped)
{
	size_t		len,
				title;
	char	   *text = read_report(name, &len);
	char	   *want;
	Buf			b = {0};

	if (text == NULL)
		return;
	want = summary_of(text, len, SUM_FIGURES | wrapped);
	title = strcspn(text, "\n");
	buf_str(&b, chrome_before);
	buf_add(&b, text, title);
	buf_str(&b, chrome_after_title);
	buf_str(&b, text + title);
	buf_str(&b, chrome_after);
	check_layout(want, rewrapped(b.s, 40), SUM_FIGURES | wrapped, name,
				 "with chrome, broken at 40");
	free(want);
	want = summary_of(text, len, SUM_FIGURES | SUM_PATHS);
	check_layout(want, b.s, SUM_FIGURES | SUM_PATHS, name, "with chrome");
	free(want);
	free(text);
}

/* The chrome lines apart, in reports, and a body line like one. */
static void
test_chrome(void)
{
	const char *inside = "一、回顾\n责任编辑：张三\n经济增长5%。\n";
	ShrReport  *r;

	test_chrome_lines();
	/* two of 2024-shandong's paragraphs have no blank line between them */
	test_chrome_of("2024-shandong.md", 0);
	test_chrome_of("2025-national.md", SUM_PATHS);
	test_chrome_of("reports-2025/2025-guangdong.md", SUM_PATHS);
	if ((r = parse(inside, strlen(inside))) != NULL)
	{
		CHECK(find_text(r, SHR_NODE_PARAGRAPH, "责任编辑：张三") > 0);
		shr_report_free(r, &unit_malloc_allocator);
	}
}

/*
 * The State Council's report: its region is 全国, named by its opening
 * words however long they are, and its three parts are found.
 */
static void
test_national(void)
{
	const char *opening =
		"政府工作报告\n\n各位代表：\n\n"
		"现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员和其他列席人员提出意见。\n\n"
		"一、2024年工作回顾\n\n过去一年，国内生产总值增长5%。\n";
	size_t		len;
	char	   *text = read_report("2025-national.md", &len);
	ShrReport  *r;

	if (text != NULL && (r = parse(text, len)) != NULL)
	{
		CHECK_STR(r->title, "政府工作报告");
		CHECK_STR(r->region, "全国");
		CHECK(r->year == 2025);
		CHECK(count_kind(r, SHR_NODE_PART) == 3);
		CHECK_STR(nth_heading(r, SHR_NODE_PART, 0), "2024年工作回顾");
		CHECK_STR(nth_heading(r, SHR_NODE_PART, 1), "2025年经济社会发展总体要求和政策取向");
		CHECK_STR(nth_heading(r, SHR_NODE_PART, 2), "2025年政府工作任务");
		CHECK(count_kind(r, SHR_NODE_SECTION) == 10);
		shr_report_free(r, &unit_malloc_allocator);
	}
	free(text);
	test_layouts_of("2025-national.md");
	if ((r = parse(opening, strlen(opening))) != NULL)
	{
		CHECK_STR(r->region, "全国");
		CHECK(r->year == 2025);
		shr_report_free(r, &unit_malloc_allocator);
	}
}

int
main(void)
{
	test_chrome();
	test_wrap_rules();
	test_unmarked_parts();
	test_national();
	test_part_styles_of("2024-shandong.md");
	test_part_styles_of("2025-national.md");
	test_part_styles_of("reports-2025/2025-guangdong.md");
	test_layouts_of("2024-shandong.md");
	test_layouts_of("reports-2025/2025-guangdong.md");
	test_layouts_of("reports-2025/2025-sichuan.md");
	return unit_done("test_layout");
}
