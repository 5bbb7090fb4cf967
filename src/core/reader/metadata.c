/*
 * metadata.c
 *		A report's title, year and region, read from its title line, its
 *		front matter (date and speaker lines) or its review heading.
 */
#include <string.h>

#include "reader/scan_int.h"
#include "vocab/headings.h"

#define REGION_MAX_CHARS 12		/* 新疆维吾尔自治区 and the like */
#define SPEAKER_MAX_CHARS 40	/* a speaker line is short */

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

/* The first word of roles in the string s, or NULL; *wlen its bytes. */
static const char *
find_word(const char *s, unsigned roles, size_t *wlen)
{
	return shr_heading_find(s, strlen(s), roles, wlen);
}

/* A copy of s[0..n) without surrounding ASCII spaces, if it reads like a region. */
static char *
region_dup(ShrReport *r, const char *s, size_t n, ShrStatus *st)
{
	char	   *p;

	while (n > 0 && *s == ' ')
		s++, n--;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n == 0 || shr_utf8_count(s, n) > REGION_MAX_CHARS)
		return NULL;
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		/*
		 * Digits, punctuation and full-width forms do not name a place: ASCII,
		 * and the characters whose UTF-8 starts EF BC to EF BF (U+FF00 ..
		 * U+FFFF) or E3 80 (U+3000 .. U+303F).
		 */
		if (c < 0x80 || (c == 0xEF && i + 1 < n && (unsigned char) s[i + 1] >= 0xBC) ||
			(c == 0xE3 && i + 1 < n && (unsigned char) s[i + 1] == 0x80))
			return NULL;
	}
	p = shr_report_strndup(r, s, n);
	if (p == NULL)
		*st = SHR_ENOMEM;
	return p;
}

/* The region of a national report (全国). */
static char *
nation(ShrReport *r, ShrStatus *st)
{
	const char *w = shr_heading_word(SHR_HW_NATION);

	return region_dup(r, w, strlen(w), st);
}

/* The region a title names: 2024年山东省人民政府工作报告 -> 山东省. */
static char *
region_from_title(ShrReport *r, const char *title, ShrStatus *st)
{
	const char *end = find_word(title, SHR_HW_REPORT, NULL);
	const char *start = title;
	const char *after;

	if (end == NULL)
		return NULL;
	if (find_year(title, &after) && after <= end)
		start = after;
	end -= shr_heading_suffix(start, (size_t) (end - start), SHR_HW_PEOPLES);
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
	size_t		atlen;

	if (y == 0)
		return 0;
	while (*after >= '0' && *after <= '9')
		after++;
	if (strncmp(after, "月", 3) != 0 || find_word(s, SHR_HW_SESSION, NULL) == NULL)
		return 0;
	if (*region == NULL && (at = find_word(after, SHR_HW_VENUE, &atlen)) != NULL &&
		(di = find_word(at, SHR_HW_ORDINAL, NULL)) != NULL && di >= at + atlen)
		*region = region_dup(r, at + atlen, (size_t) (di - at - atlen), st);
	if (*region == NULL && find_word(s, SHR_HW_CONGRESS, NULL) != NULL)
		*region = nation(r, st);
	return y;
}

/*
 * From a speaker line (四川省人民政府省长 施小琳, 国务院总理 李强), or the
 * opening words of the State Council's report (现在，我代表国务院，向大会
 * 报告政府工作，…), which name it in a sentence of any length.
 */
static void
scan_speaker_line(ShrReport *r, const char *s, char **region, ShrStatus *st)
{
	const char *gov;

	if (find_word(s, SHR_HW_FOR_COUNCIL, NULL) != NULL)
		*region = nation(r, st);
	if (*region != NULL || shr_utf8_count(s, strlen(s)) > SPEAKER_MAX_CHARS)
		return;
	if (find_word(s, SHR_HW_COUNCIL, NULL) != NULL)
		*region = nation(r, st);
	else if ((gov = find_word(s, SHR_HW_GOVERNMENT, NULL)) != NULL && gov > s)
		*region = region_dup(r, s, (size_t) (gov - s), st);
}

/* What the nodes tell of a report's metadata, before the title's say. */
typedef struct FrontMatter
{
	const char *title;			/* the title line's text */
	int			date_year;		/* the date line's year */
	int			review_year;	/* the year after the one a review part names */
	char	   *region;			/* from the date or speaker line */
} FrontMatter;

/*
 * Read the title node, the paragraphs before the first part (the front
 * matter: date and speaker lines) and the review part's heading.
 */
static ShrStatus
read_front_matter(ShrReport *r, FrontMatter *fm)
{
	ShrStatus	st = SHR_OK;
	bool		front = true;

	memset(fm, 0, sizeof(*fm));
	for (int32_t i = 0; i < r->nnodes; i++)
	{
		const ShrNode *nd = &r->nodes[i];
		int			y;

		if (nd->kind == SHR_NODE_TITLE && fm->title == NULL)
			fm->title = nd->text;
		else if (nd->kind == SHR_NODE_PART)
		{
			front = false;
			if (fm->review_year == 0 && nd->heading &&
				find_word(nd->heading, SHR_HW_REVIEW, NULL) &&
				(y = find_year(nd->heading, NULL)) != 0)
				fm->review_year = y + 1;
		}
		else if (front && nd->kind == SHR_NODE_PARAGRAPH)
		{
			if (fm->date_year == 0)
				fm->date_year = scan_date_line(r, nd->text, &fm->region, &st);
			if (fm->region == NULL)
				scan_speaker_line(r, nd->text, &fm->region, &st);
		}
	}
	return st;
}

/* A copy of s in the report's arena, or NULL with *st set; NULL s gives NULL. */
static char *
dup_or_fail(ShrReport *r, const char *s, ShrStatus *st)
{
	char	   *p;

	if (s == NULL)
		return NULL;
	p = shr_report_strndup(r, s, strlen(s));
	if (p == NULL)
		*st = SHR_ENOMEM;
	return p;
}

/*
 * Title, year and region: the caller's, else the title line's, else the
 * front matter's (the year last from the review part).
 */
ShrStatus
sc_scan_metadata(ShrReport *r, const ShrReportOptions *opts)
{
	FrontMatter fm;
	ShrStatus	st = read_front_matter(r, &fm);
	int			year = 0;
	char	   *region = fm.region;

	r->title = dup_or_fail(r, opts && opts->title ? opts->title : fm.title, &st);
	if (st == SHR_ENOMEM)
		return st;
	if (fm.title)
	{
		char	   *treg = region_from_title(r, fm.title, &st);

		year = find_year(fm.title, NULL);
		if (treg != NULL)
			region = treg;
		else if (region == NULL && find_word(fm.title, SHR_HW_COUNCIL, NULL) != NULL)
			region = nation(r, &st);
	}
	if (year == 0)
		year = fm.date_year ? fm.date_year : fm.review_year;
	r->year = (opts && opts->year) ? opts->year : year;
	if (opts && opts->region)
		region = dup_or_fail(r, opts->region, &st);
	r->region = region;
	return st;
}
