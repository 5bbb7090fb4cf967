/*
 * unmarked.c
 *		Lines told by their words rather than a marker: the title line, a
 *		part named by the words every work report uses, an appendix, and
 *		the chrome of the web page a report was copied from.
 */
#include <string.h>

#include "reader/scan_int.h"
#include "vocab/headings.h"

/* sc_looks_like_appendix tells a line too long for both by its bytes. */
typedef char glossary_within_appendix[GLOSSARY_MAX_CHARS <= APPENDIX_MAX_CHARS ? 1 : -1];

/* Does text[b..e) hold a date such as 2024年3月5日? */
static bool
has_date(const Scanner *sc, uint32_t b, uint32_t e)
{
	const char *t = sc->text;

	for (uint32_t i = b; i + 3 < e; i++)
	{
		uint32_t	j = i + 3;

		if (memcmp(t + i, "年", 3) != 0 || i < b + 4 ||
			!(t[i - 1] >= '0' && t[i - 1] <= '9'))
			continue;
		while (j < e && t[j] >= '0' && t[j] <= '9' && j < i + 5)
			j++;
		if (j > i + 3 && j + 3 <= e && memcmp(t + j, "月", 3) == 0)
			return true;
	}
	return false;
}

/*
 * Does text[b..e) hold a heading word having one of roles (headings.h)?
 * Counted as a pass over the line.
 */
static bool
has_heading_word(const Scanner *sc, uint32_t b, uint32_t e, unsigned roles)
{
	*sc->work += e - b;
	return shr_heading_find(sc->text + b, e - b, roles, NULL) != NULL;
}

/*
 * The first line of a report is its title when it reads like one: short,
 * naming a report, and not the date line ("2025年1月20日在…作政府工作报告").
 */
bool
sc_looks_like_title(const Scanner *sc, uint32_t b, uint32_t e)
{
	return has_heading_word(sc, b, e, SHR_HW_TITLE) && !sc_has_terminator(sc, b, e) &&
		count_chars(sc, b, e) <= TITLE_MAX_CHARS &&
		sc_find_marker(sc, b, e).kind == 0 && !has_date(sc, b, e);
}

/* Is cp punctuation other than quotes (“十四五” 《纲要》)? */
static bool
is_unquoting_punct(uint32_t cp)
{
	return shr_is_punct(cp) && !cp_in(cp, "“”‘’《》\"");
}

/*
 * A part heading written without marker, as some reports do ("2024年工作
 * 回顾", "“十四五”时期工作回顾", "加强政府自身建设"): short, without
 * punctuation but quotes, and naming one of the parts every work report
 * has.
 */
bool
sc_looks_like_unmarked_part(const Scanner *sc, uint32_t b, uint32_t e)
{
	return count_chars(sc, b, e) <= UNMARKED_MAX_CHARS &&
		sc_none_of_class(sc, b, e, is_unquoting_punct) &&
		has_heading_word(sc, b, e, SHR_HW_PART);
}

/*
 * Bytes of an appendix's marker at b, "附件" with its number and a colon
 * (附件, 附件1, 附件2：); 0 when the line does not start with one.
 */
static uint32_t
appendix_marker(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	i = b + (uint32_t) shr_heading_prefix(sc->text + b, e - b,
													  SHR_HW_APPENDIX),
				n;

	if (i == b)
		return 0;
	while (shr_digit_value(cp_at(sc, i, e, &n)) >= 0 || cn_digit(cp_at(sc, i, e, &n)) > 0)
		i += n;
	/* a colon may follow the marker; it ends no sentence here */
	if (cp_in(cp_at(sc, i, e, &n), "：:"))
		i += n;
	return i - b;
}

/*
 * An appendix heading: 附件, 附件1, 附件2 名词解释, 附件：…, or a short line
 * ending with 名词解释 / 名词注释.  *marker_len gets the bytes of "附件N"
 * with its colon (0 when the line has none).
 */
bool
sc_looks_like_appendix(const Scanner *sc, uint32_t b, uint32_t e, uint32_t *marker_len)
{
	uint32_t	mlen;

	*marker_len = 0;
	/* more bytes than four a character: too many characters either way */
	if (e - b > 4 * APPENDIX_MAX_CHARS)
		return false;
	mlen = appendix_marker(sc, b, e);
	if (mlen > 0)
	{
		if (count_chars(sc, b, e) > APPENDIX_MAX_CHARS ||
			sc_has_terminator(sc, b + mlen, e))
			return false;
		*marker_len = mlen;
		return true;
	}
	return shr_heading_suffix(sc->text + b, e - b, SHR_HW_GLOSSARY) > 0 &&
		count_chars(sc, b, e) <= GLOSSARY_MAX_CHARS && !sc_has_terminator(sc, b, e);
}

/* Is cp one of the characters between the words of a web page's chrome? */
static bool
is_chrome_gap(uint32_t cp)
{
	return shr_is_space(cp) || cp_in(cp, "【】[]［］()（）|｜/·、，,：:>＞");
}

/* Does a caption end with cp after its last word (摄）)? */
static bool
is_caption_end(uint32_t cp)
{
	return shr_is_space(cp) || cp_in(cp, "）)】]");
}

/*
 * A field of the page about the report: a chrome word first (after an
 * opening bracket), then a colon or nothing (来源：新华社, 【字号：大 中 小】,
 * 浏览次数：1234, 分享到).  A line naming the session is the date line,
 * whatever stands before it (来源：…2025年1月17日在…会议上).
 */
static bool
is_chrome_field(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	n,
				i;

	while (b < e && cp_in(cp_at(sc, b, e, &n), "【[［(（"))
		b += n;
	i = b + (uint32_t) shr_heading_prefix(sc->text + b, e - b, SHR_HW_CHROME_FIELD);
	if (i == b)
		return false;
	i = sc_skip_space(sc, i, e);
	return (i == e || cp_in(cp_at(sc, i, e, &n), "：:")) &&
		!has_heading_word(sc, b, e, SHR_HW_SESSION);
}

/*
 * A row of the page's buttons: chrome words alone (【打印】【关闭】, 大 中
 * 小), maybe a field after them (【关闭】 浏览次数：1234).
 */
static bool
is_chrome_buttons(const Scanner *sc, uint32_t b, uint32_t e)
{
	int			words = 0;
	size_t		k;

	for (b = sc_skip_class(sc, b, e, is_chrome_gap); b < e;
		 b = sc_skip_class(sc, b, e, is_chrome_gap))
	{
		k = shr_heading_prefix(sc->text + b, e - b, SHR_HW_CHROME_BUTTON);
		if (k == 0)
			return words > 0 && is_chrome_field(sc, b, e);
		b += (uint32_t) k;
		words++;
	}
	return words > 0;
}

/*
 * A photo's caption: 图为…, or …摄 set apart from the name before it
 * (新华社记者 李学仁 摄, 李学仁/摄), which 拍摄 is not.
 */
static bool
is_caption(const Scanner *sc, uint32_t b, uint32_t e)
{
	uint32_t	n,
				k;

	e = sc_trim_class(sc, b, e, is_caption_end);
	if (shr_heading_prefix(sc->text + b, e - b, SHR_HW_CAPTION) > 0)
		return true;
	k = (uint32_t) shr_heading_suffix(sc->text + b, e - b, SHR_HW_CAPTION);
	return k > 0 && e - k > b &&
		(shr_is_space(shr_utf8_before(sc->text, e - k, &n)) ||
		 cp_in(shr_utf8_before(sc->text, e - k, &n), "/／"));
}

/*
 * A line of the chrome of the web page a report was copied from (its
 * fields, its buttons, a photo's caption): short, and no part of the
 * report.  Its characters are counted last: most lines are told by their
 * words.
 */
bool
sc_looks_like_chrome(const Scanner *sc, uint32_t b, uint32_t e)
{
	return e - b <= 4 * CHROME_MAX_CHARS &&
		(is_chrome_field(sc, b, e) || is_chrome_buttons(sc, b, e) || is_caption(sc, b, e)) &&
		count_chars(sc, b, e) <= CHROME_MAX_CHARS;
}
