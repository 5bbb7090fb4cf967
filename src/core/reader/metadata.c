/*
 * metadata.c
 *		A report's title, year and region, read from its title line, its
 *		front matter (date and speaker lines) or its review heading.
 */
#include <string.h>

#include "reader/scan_int.h"

/* The first "2024年" in s (a year 1900..2199); 0 when none. *after past 年. */
static int
find_year(const char *s, const char **after)
{
	for (const char *p = s; *p; p++)
	{
		const char *q = p;
		int			y = 0;

		if (p > s && p[-1] >= '0' && p[-1] <= '9')
			continue;
		while (*q >= '0' && *q <= '9' && q - p < 5)
			y = y * 10 + (*q++ - '0');
		if (q - p != 4)
			continue;
		while (*q == ' ')
			q++;
		if (strncmp(q, "年", 3) == 0 && y >= 1900 && y < 2200)
		{
			if (after)
				*after = q + 3;
			return y;
		}
	}
	return 0;
}

/* Code points of s[0..n). */
static size_t
utf8_chars(const char *s, size_t n)
{
	size_t		c = 0;

	for (size_t i = 0; i < n; i++)
		c += ((unsigned char) s[i] & 0xC0) != 0x80;
	return c;
}

/* A copy of s[0..n) without surrounding ASCII spaces, if it reads like a region. */
static char *
region_dup(ShrReport *r, const char *s, size_t n, ShrStatus *st)
{
	while (n > 0 && *s == ' ')
		s++, n--;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n == 0 || utf8_chars(s, n) > 12)
		return NULL;
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		/* digits, punctuation and full-width forms do not name a place */
		if (c < 0x80 || (c == 0xEF && i + 1 < n && (unsigned char) s[i + 1] >= 0xBC) ||
			(c == 0xE3 && i + 1 < n && (unsigned char) s[i + 1] == 0x80))
			return NULL;
	}
	{
		char	   *p = shr_report_strndup(r, s, n);

		if (p == NULL)
			*st = SHR_ENOMEM;
		return p;
	}
}

/* The region a title names: 2024年山东省政府工作报告 -> 山东省. */
static char *
region_from_title(ShrReport *r, const char *title, ShrStatus *st)
{
	const char *end = strstr(title, "政府工作报告");
	const char *start = title;
	const char *after;

	if (end == NULL)
		return NULL;
	if (find_year(title, &after) && after <= end)
		start = after;
	if (end - start >= 6 && memcmp(end - 6, "人民", 6) == 0)
		end -= 6;
	return region_dup(r, start, (size_t) (end - start), st);
}

/*
 * From a date line (——2025年1月14日在山东省第十四届人民代表大会…会议上):
 * the year, and the region between 在 and 第, or 全国 for the National
 * People's Congress.
 */
static int
scan_date_line(ShrReport *r, const char *s, char **region, ShrStatus *st)
{
	const char *after;
	int			y = find_year(s, &after);
	const char *at,
			   *di;

	if (y == 0)
		return 0;
	while (*after >= '0' && *after <= '9')
		after++;
	if (strncmp(after, "月", 3) != 0 ||
		(strstr(s, "会议") == NULL && strstr(s, "大会") == NULL))
		return 0;
	if (*region == NULL && (at = strstr(after, "在")) != NULL &&
		(di = strstr(at, "第")) != NULL)
		*region = region_dup(r, at + 3, (size_t) (di - at - 3), st);
	if (*region == NULL && strstr(s, "全国人民代表大会") != NULL)
		*region = region_dup(r, "全国", strlen("全国"), st);
	return y;
}

/* From a speaker line: 四川省人民政府省长 施小琳, 国务院总理 李强. */
static void
scan_speaker_line(ShrReport *r, const char *s, char **region, ShrStatus *st)
{
	const char *gov;

	if (utf8_chars(s, strlen(s)) > 40)
		return;
	if (strstr(s, "国务院") != NULL)
		*region = region_dup(r, "全国", strlen("全国"), st);
	else if ((gov = strstr(s, "人民政府")) != NULL && gov > s)
		*region = region_dup(r, s, (size_t) (gov - s), st);
}

/* Title, year and region: the caller's, else the text's. */
ShrStatus
sc_scan_metadata(ShrReport *r, const ShrReportOptions *opts)
{
	ShrStatus	st = SHR_OK;
	const char *title = NULL;
	int			year = 0,
				date_year = 0,
				review_year = 0;
	char	   *region = NULL;
	bool		front = true;

	for (int32_t i = 0; i < r->nnodes; i++)
	{
		const ShrNode *nd = &r->nodes[i];

		if (nd->kind == SHR_NODE_TITLE && title == NULL)
			title = nd->text;
		else if (nd->kind == SHR_NODE_PART)
		{
			const char *after;
			int			y;

			front = false;
			if (review_year == 0 && nd->heading && strstr(nd->heading, "回顾") &&
				(y = find_year(nd->heading, &after)) != 0)
				review_year = y + 1;
		}
		else if (front && nd->kind == SHR_NODE_PARAGRAPH)
		{
			if (date_year == 0)
				date_year = scan_date_line(r, nd->text, &region, &st);
			if (region == NULL)
				scan_speaker_line(r, nd->text, &region, &st);
		}
	}

	if (opts && opts->title)
		r->title = shr_report_strndup(r, opts->title, strlen(opts->title));
	else if (title)
		r->title = shr_report_strndup(r, title, strlen(title));
	if ((opts && opts->title) || title)
		if (r->title == NULL)
			return SHR_ENOMEM;

	if (title)
	{
		char	   *treg;

		year = find_year(title, NULL);
		treg = region_from_title(r, title, &st);
		if (treg != NULL)
			region = treg;
		else if (region == NULL && strstr(title, "国务院") != NULL)
			region = region_dup(r, "全国", strlen("全国"), &st);
	}
	if (year == 0)
		year = date_year ? date_year : review_year;
	r->year = (opts && opts->year) ? opts->year : year;
	if (opts && opts->region)
	{
		region = shr_report_strndup(r, opts->region, strlen(opts->region));
		if (region == NULL)
			st = SHR_ENOMEM;
	}
	r->region = region;
	return st;
}
