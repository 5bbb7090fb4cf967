/*
 * unmarked.c
 *		Headings written without marker: the title line, a part named by
 *		the words every work report uses, an appendix.
 */
#include <string.h>

#include "reader/scan_int.h"

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
 * The first line of a report is its title when it reads like one: short,
 * naming a report, and not the date line ("2025年1月20日在…作政府工作报告").
 */
bool
sc_looks_like_title(const Scanner *sc, uint32_t b, uint32_t e)
{
	return sc_contains(sc, b, e, "报告") && !sc_has_terminator(sc, b, e) &&
		count_chars(sc, b, e) <= TITLE_MAX_CHARS &&
		sc_find_marker(sc, b, e).kind == 0 && !has_date(sc, b, e);
}

/*
 * A part heading written without marker, as some reports do ("2024年工作
 * 回顾", "加强政府自身建设"): short, without punctuation, and naming one of
 * the parts every work report has.
 */
bool
sc_looks_like_unmarked_part(const Scanner *sc, uint32_t b, uint32_t e)
{
	static const char *const words[] = {
		"回顾", "工作安排", "目标任务", "重点工作", "重点任务", "主要任务",
		"总体要求", "自身建设", "政府建设"
	};

	if (count_chars(sc, b, e) > UNMARKED_MAX_CHARS || !sc_no_punct(sc, b, e))
		return false;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (sc_contains(sc, b, e, words[i]))
			return true;
	return false;
}

/*
 * An appendix heading: 附件, 附件1, 附件2 名词解释, 附件：…, or a short line
 * ending with 名词解释 / 名词注释.  *marker_len gets the bytes of "附件N"
 * with its colon (0 when the line has none).
 */
bool
sc_looks_like_appendix(const Scanner *sc, uint32_t b, uint32_t e, uint32_t *marker_len)
{
	uint32_t	i = b + (uint32_t) strlen("附件"),
				n;

	*marker_len = 0;
	if (sc_starts_with(sc, b, e, "附件"))
	{
		while (shr_digit_value(cp_at(sc, i, e, &n)) >= 0 || cn_digit(cp_at(sc, i, e, &n)) > 0)
			i += n;
		/* a colon may follow the marker; it ends no sentence here */
		if (cp_at(sc, i, e, &n) == 0xFF1A || cp_at(sc, i, e, &n) == ':')
			i += n;
		if (count_chars(sc, b, e) > 40 || sc_has_terminator(sc, i, e))
			return false;
		*marker_len = i - b;
		return true;
	}
	return e - b >= 12 &&
		(memcmp(sc->text + e - 12, "名词解释", 12) == 0 ||
		 memcmp(sc->text + e - 12, "名词注释", 12) == 0) &&
		count_chars(sc, b, e) <= 30 && !sc_has_terminator(sc, b, e);
}
