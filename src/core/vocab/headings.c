/*
 * headings.c
 *		The heading words of a work report, one table, and the words of a
 *		web page's chrome, a table for each of their roles (see headings.h),
 *		and the lookups the structure scanner reads a line or a string by.
 *
 * The tables are short and their words are looked for in short lines
 * (headings, front matter), so a lookup walks the table of its roles; a
 * word is found with memchr on its first byte, as strstr would.
 */
#include <string.h>

#include "vocab/headings.h"

#define W(w) w, sizeof(w) - 1

const ShrHeadingWord shr_heading_words[] = {
	/* the title line */
	{W("报告"), SHR_HW_TITLE},	/* # 2024年山东省政府工作报告 */

	/* the parts every work report has, written without marker */
	{W("回顾"), SHR_HW_PART | SHR_HW_REVIEW | SHR_HW_OUTCOMES},	/* 2023年工作回顾 -> year 2024 */
	{W("工作安排"), SHR_HW_PART},	/* 2025年工作安排 */
	{W("目标任务"), SHR_HW_PART},	/* 2025年主要目标任务 */
	{W("重点工作"), SHR_HW_PART | SHR_HW_TARGETS},	/* 2025年重点工作 */
	{W("重点任务"), SHR_HW_PART},	/* 今年的重点任务 */
	{W("工作任务"), SHR_HW_PART},	/* 2025年政府工作任务 */
	{W("预期目标"), SHR_HW_PART},	/* 今年发展主要预期目标 */
	{W("主要任务"), SHR_HW_PART},	/* 主要任务和政策取向 */
	{W("总体要求"), SHR_HW_PART},	/* 总体要求和主要预期目标 */
	{W("自身建设"), SHR_HW_PART},	/* 加强政府自身建设 */
	{W("政府建设"), SHR_HW_PART},	/* 全面加强政府建设 */

	/* appendices after the last part */
	{W("附件"), SHR_HW_APPENDIX},	/* 附件2 2025年省十件民生实事 */
	{W("名词解释"), SHR_HW_GLOSSARY | SHR_HW_EXPLAINS},	/* 名词解释 */
	{W("名词注释"), SHR_HW_GLOSSARY | SHR_HW_EXPLAINS},	/* 附：名词注释 */

	/*
	 * words that tell, inside any part heading, whether its figures are
	 * outcomes, targets or explanations (the figure pass reads them)
	 */
	{W("过去一年"), SHR_HW_OUTCOMES},	/* 过去一年工作回顾 */
	{W("过去五年"), SHR_HW_OUTCOMES},	/* 过去五年工作回顾 */
	{W("过去的一年"), SHR_HW_OUTCOMES},	/* 过去的一年 */
	{W("工作总结"), SHR_HW_OUTCOMES},	/* 2024年工作总结 */
	{W("去年工作"), SHR_HW_OUTCOMES},	/* 去年工作回顾 */
	{W("目标"), SHR_HW_TARGETS},	/* 主要预期目标 */
	{W("任务"), SHR_HW_TARGETS},	/* 2025年重点任务 */
	{W("要求"), SHR_HW_TARGETS},	/* 总体要求 */
	{W("思路"), SHR_HW_TARGETS},	/* 总体思路 */
	{W("建议"), SHR_HW_TARGETS},	/* 工作建议 */
	{W("计划"), SHR_HW_TARGETS},	/* 2025年工作计划 */
	{W("主要工作"), SHR_HW_TARGETS},	/* 今年主要工作 */
	{W("安排"), SHR_HW_TARGETS},	/* 2025年工作安排 */
	{W("部署"), SHR_HW_TARGETS},	/* 今年工作部署 */
	{W("名词释义"), SHR_HW_EXPLAINS},	/* 名词释义 */
	{W("术语解释"), SHR_HW_EXPLAINS},	/* 术语解释 */
	{W("注释"), SHR_HW_EXPLAINS},	/* 注释 */
	{W("注解"), SHR_HW_EXPLAINS},	/* 注解 */
	{W("释义"), SHR_HW_EXPLAINS},	/* 释义 */

	/* a paragraph back at the level of the whole part */
	{W("各位代表"), SHR_HW_ADDRESS},	/* 各位代表！今年是… */

	/* the region in the title */
	{W("政府工作报告"), SHR_HW_REPORT},	/* 2024年山东省政府工作报告 */
	{W("人民"), SHR_HW_PEOPLES},	/* 山东省人民政府工作报告 -> 山东省 */

	/* the date line: ——2025年1月14日在山东省第十四届人民代表大会第三次会议上 */
	{W("会议"), SHR_HW_SESSION},	/* …第三次会议上 */
	{W("大会"), SHR_HW_SESSION},	/* …人民代表大会上 */
	{W("在"), SHR_HW_VENUE},	/* 在山东省第十四届… -> 山东省 */
	{W("第"), SHR_HW_ORDINAL},	/* 在山东省第十四届… -> 山东省 */
	{W("全国人民代表大会"), SHR_HW_CONGRESS},	/* 在第十四届全国人民代表大会… */

	/* the speaker line */
	{W("国务院"), SHR_HW_COUNCIL},	/* 国务院总理 李强 -> 全国 */
	{W("代表国务院"), SHR_HW_FOR_COUNCIL},	/* 现在，我代表国务院，向大会报告政府工作 */
	{W("人民政府"), SHR_HW_GOVERNMENT},	/* 四川省人民政府省长 施小琳 */

	/* the region a national report speaks for */
	{W("全国"), SHR_HW_NATION},
};

/*
 * The chrome of the web page a report was copied from, before the report
 * and after it: a table for each role, as each is looked for apart, so
 * that a lookup walks only the rows of its role.
 */
const ShrHeadingWord shr_chrome_fields[] = {
	{W("来源"), SHR_HW_CHROME_FIELD},	/* 来源：新华社 */
	{W("信息来源"), SHR_HW_CHROME_FIELD},	/* 信息来源：省政府办公厅 */
	{W("文章来源"), SHR_HW_CHROME_FIELD},	/* 文章来源：四川日报 */
	{W("时间"), SHR_HW_CHROME_FIELD},	/* 时间：2025-01-15 */
	{W("发布时间"), SHR_HW_CHROME_FIELD},	/* 发布时间：2025年01月15日 10:30 */
	{W("发布日期"), SHR_HW_CHROME_FIELD},	/* 发布日期：2025-01-15 */
	{W("日期"), SHR_HW_CHROME_FIELD},	/* 日期：2025-01-15 */
	{W("浏览次数"), SHR_HW_CHROME_FIELD},	/* 浏览次数：1234 */
	{W("阅读次数"), SHR_HW_CHROME_FIELD},	/* 阅读次数：1234 */
	{W("点击数"), SHR_HW_CHROME_FIELD},	/* 点击数：1234 */
	{W("访问量"), SHR_HW_CHROME_FIELD},	/* 访问量：1234 */
	{W("字号"), SHR_HW_CHROME_FIELD},	/* 【字号：大 中 小】 */
	{W("分享到"), SHR_HW_CHROME_FIELD},	/* 分享到： */
	{W("责任编辑"), SHR_HW_CHROME_FIELD},	/* 责任编辑：张三 */
	{W("编辑"), SHR_HW_CHROME_FIELD},	/* 编辑：张三 */
	{W("作者"), SHR_HW_CHROME_FIELD},	/* 作者：张三 */
	{W("当前位置"), SHR_HW_CHROME_FIELD},	/* 当前位置：首页 > 要闻 */
};

const ShrHeadingWord shr_chrome_buttons[] = {
	{W("下载"), SHR_HW_CHROME_BUTTON},	/* 下载 打印 全屏 收藏 关闭 */
	{W("打印"), SHR_HW_CHROME_BUTTON},	/* 【打印】【关闭】 */
	{W("打印本页"), SHR_HW_CHROME_BUTTON},	/* 【打印本页】【关闭窗口】 */
	{W("全屏"), SHR_HW_CHROME_BUTTON},	/* 全屏 */
	{W("收藏"), SHR_HW_CHROME_BUTTON},	/* 【收藏】 */
	{W("关闭"), SHR_HW_CHROME_BUTTON},	/* [关闭] */
	{W("关闭窗口"), SHR_HW_CHROME_BUTTON},	/* 【关闭窗口】 */
	{W("分享"), SHR_HW_CHROME_BUTTON},	/* 分享 | 打印 */
	{W("大"), SHR_HW_CHROME_BUTTON},	/* 大 中 小 */
	{W("中"), SHR_HW_CHROME_BUTTON},	/* 大 中 小 */
	{W("小"), SHR_HW_CHROME_BUTTON},	/* 大 中 小 */
	{W("加大"), SHR_HW_CHROME_BUTTON},	/* 加大 还原 减小 */
	{W("还原"), SHR_HW_CHROME_BUTTON},	/* 加大 还原 减小 */
	{W("减小"), SHR_HW_CHROME_BUTTON},	/* 加大 还原 减小 */
	{W("返回顶部"), SHR_HW_CHROME_BUTTON},	/* 【返回顶部】 */
};

const ShrHeadingWord shr_captions[] = {
	{W("图为"), SHR_HW_CAPTION},	/* 图为1月14日开幕的省人民代表大会会场。 */
	{W("摄"), SHR_HW_CAPTION},	/* 新华社记者 李学仁 摄 */
};

#undef W

const int	shr_heading_word_count =
(int) (sizeof(shr_heading_words) / sizeof(shr_heading_words[0]));
const int	shr_chrome_field_count =
(int) (sizeof(shr_chrome_fields) / sizeof(shr_chrome_fields[0]));
const int	shr_chrome_button_count =
(int) (sizeof(shr_chrome_buttons) / sizeof(shr_chrome_buttons[0]));
const int	shr_caption_count =
(int) (sizeof(shr_captions) / sizeof(shr_captions[0]));

/* The table that holds the words of roles, and in *n its rows. */
static const ShrHeadingWord *
table_of(unsigned roles, int *n)
{
	if (roles & SHR_HW_CHROME_FIELD)
	{
		*n = shr_chrome_field_count;
		return shr_chrome_fields;
	}
	if (roles & SHR_HW_CHROME_BUTTON)
	{
		*n = shr_chrome_button_count;
		return shr_chrome_buttons;
	}
	if (roles & SHR_HW_CAPTION)
	{
		*n = shr_caption_count;
		return shr_captions;
	}
	*n = shr_heading_word_count;
	return shr_heading_words;
}

/* The first place in s[0..len) where w stands, or NULL. */
static const char *
find_word(const char *s, size_t len, const ShrHeadingWord *w)
{
	const char *p = s,
			   *last;

	if (len < w->len)
		return NULL;
	last = s + len - w->len;	/* the last place w can start */
	while (p <= last &&
		   (p = memchr(p, w->word[0], (size_t) (last - p) + 1)) != NULL)
	{
		if (memcmp(p, w->word, w->len) == 0)
			return p;
		p++;
	}
	return NULL;
}

/* The earliest word of roles in s; see headings.h. */
const char *
shr_heading_find(const char *s, size_t len, unsigned roles, size_t *wlen)
{
	const char *best = NULL;
	size_t		best_len = 0;
	int			n;
	const ShrHeadingWord *rows = table_of(roles, &n);

	for (int i = 0; i < n; i++)
	{
		const ShrHeadingWord *w = &rows[i];
		const char *p;

		if ((w->roles & roles) == 0 || (p = find_word(s, len, w)) == NULL)
			continue;
		if (best == NULL || p < best || (p == best && w->len > best_len))
		{
			best = p;
			best_len = w->len;
		}
	}
	if (wlen != NULL)
		*wlen = best_len;
	return best;
}

/* Bytes of the longest word of roles at the start of s[0..len), or at its end. */
static size_t
longest_at(const char *s, size_t len, unsigned roles, bool at_end)
{
	size_t		best = 0;
	int			n;
	const ShrHeadingWord *rows = table_of(roles, &n);

	for (int i = 0; i < n; i++)
	{
		const ShrHeadingWord *w = &rows[i];
		const char *p;

		if ((w->roles & roles) == 0 || w->len > len || w->len <= best)
			continue;
		/* a word's first and last bytes rule out most rows without memcmp */
		p = at_end ? s + len - w->len : s;
		if (p[0] == w->word[0] && p[w->len - 1] == w->word[w->len - 1] &&
			memcmp(p, w->word, w->len) == 0)
			best = w->len;
	}
	return best;
}

/* The longest word of roles that s starts with. */
size_t
shr_heading_prefix(const char *s, size_t len, unsigned roles)
{
	return longest_at(s, len, roles, false);
}

/* The longest word of roles that s ends with. */
size_t
shr_heading_suffix(const char *s, size_t len, unsigned roles)
{
	return longest_at(s, len, roles, true);
}

/* The word of a one-word role, such as the nation's name. */
const char *
shr_heading_word(unsigned role)
{
	int			n;
	const ShrHeadingWord *rows = table_of(role, &n);

	for (int i = 0; i < n; i++)
		if ((rows[i].roles & role) != 0)
			return rows[i].word;
	return NULL;
}
