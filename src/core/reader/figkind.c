/*
 * figkind.c
 *		Whether a figure is an outcome or a target, and of which year.
 *
 * Outcome or target is decided by the part a sentence sits in: a part
 * whose heading speaks of a review (2023年工作回顾) holds outcomes, one that
 * speaks of goals, tasks or plans holds targets; a heading that says
 * neither goes by its year, else by position (the review comes first).
 * Wording can override it inside a part: a review sentence that sets this
 * year's goal (今年…力争) states a target.
 */
#include <string.h>

#include "reader/extract_int.h"
#include "vocab/headings.h"

/* Does s contain a word of the lexicon with a flag in mask? */
static bool
text_has(const ExState *x, const char *s, size_t len, unsigned mask)
{
	for (size_t i = 0; i < len;)
	{
		size_t		nb;
		uint32_t	cp;

		if (shr_lex_match(x->lex, s + i, len - i, mask, &nb) != NULL)
			return true;
		nb = shr_utf8_decode(s + i, len - i, &cp);
		i += nb ? nb : 1;
	}
	return false;
}

/* The year a heading names (2023年工作回顾 -> 2023), or 0. */
static int32_t
heading_year(const char *s, size_t len)
{
	for (size_t i = 0; i + 4 <= len; i++)
	{
		size_t		j = i;
		int32_t		y = 0;

		if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
			continue;
		while (j < len && j < i + 4 && s[j] >= '0' && s[j] <= '9')
			y = y * 10 + (s[j++] - '0');
		if (j != i + 4 || (j < len && s[j] >= '0' && s[j] <= '9'))
			continue;
		while (j < len && s[j] == ' ')
			j++;
		if (len - j >= 3 && memcmp(s + j, "年", 3) == 0 && y >= 1900 && y <= 2200)
			return y;
	}
	return 0;
}

ExMode
ex_classify_heading(const ExState *x, const char *s, size_t len, bool first,
					bool *known)
{
	ExMode		m;
	int32_t		ry = x->report->year;
	int32_t		hy = heading_year(s, len);

	*known = true;
	m.glossary = false;
	if (shr_heading_find(s, len, SHR_HW_EXPLAINS, NULL) != NULL)
	{
		/* the wording of each sentence decides; see ex_sentence_mode */
		m.kind = SHR_FIGURE_OUTCOME;
		m.year = ry > 0 ? ry - 1 : 0;
		m.glossary = true;
		return m;
	}
	if (shr_heading_find(s, len, SHR_HW_OUTCOMES, NULL) != NULL)
		m.kind = SHR_FIGURE_OUTCOME;
	else if (shr_heading_find(s, len, SHR_HW_TARGETS, NULL) != NULL)
		m.kind = SHR_FIGURE_TARGET;
	else if (hy != 0 && ry != 0)
		m.kind = hy < ry ? SHR_FIGURE_OUTCOME : SHR_FIGURE_TARGET;
	else
	{
		m.kind = first ? SHR_FIGURE_OUTCOME : SHR_FIGURE_TARGET;
		*known = false;
	}
	if (m.kind == SHR_FIGURE_OUTCOME)
		m.year = (hy != 0 && (ry == 0 || hy < ry)) ? hy : (ry > 0 ? ry - 1 : 0);
	else
		m.year = ry;
	return m;
}

bool
ex_heading_like(const char *s, size_t len)
{
	size_t		cps = 0;

	for (size_t i = 0; i < len;)
	{
		uint32_t	cp;
		size_t		nb = shr_utf8_decode(s + i, len - i, &cp);

		if (ex_cp_in(cp, "。，；！？："))
			return false;
		cps++;
		i += nb ? nb : 1;
	}
	return cps > 0 && cps <= 24;
}

/*
 * Does the clean sentence contain the word (at least two bytes)?  Its
 * second byte is far rarer in a report than a CJK lead byte, so memchr
 * hunts for that.
 */
static bool
clean_has(const ExState *x, const char *w)
{
	size_t		n = strlen(w);
	const char *end = x->clean + x->n;
	const char *p = x->clean + 1;

	while (n >= 2 && p < end && (size_t) (end - p) + 1 >= n)
	{
		p = memchr(p, w[1], (size_t) (end - p) - (n - 2));
		if (p == NULL)
			return false;
		if (p[-1] == w[0] && memcmp(p - 1, w, n) == 0)
			return true;
		p++;
	}
	return false;
}

/* Does the clean sentence open, at s, with the word? */
static bool
opens_with(const ExState *x, size_t s, const char *w)
{
	size_t		n = strlen(w);

	return x->n - s >= n && memcmp(x->clean + s, w, n) == 0;
}

/*
 * A glossary (名词解释) explains the terms of the report: what a programme
 * is, what it comprises, how things stand.  Its figures are neither the
 * review's results nor the year's goals, but they describe a state of
 * affairs more often than a plan, so they count as outcomes of the review's
 * year unless the sentence first names this year or a later one, or speaks
 * of a plan (今年, 力争, 目标, 计划), which makes them targets.
 */
static bool
glossary_target(const ExState *x)
{
	return clean_has(x, "今年") ||
		heading_year(x->clean, x->n) >= x->report->year ||
		text_has(x, x->clean, x->n, SHR_LX_PLANWORD);
}

/* 今年…力争: a review sentence that sets this year's goal. */
static bool
review_sets_goal(const ExState *x)
{
	return (clean_has(x, "今年") || clean_has(x, x->this_year)) &&
		text_has(x, x->clean, x->n, SHR_LX_PLANWORD);
}

/* 去年, 过去一年, 2023年 opening a goals sentence: it tells of the past. */
static bool
goals_tell_past(const ExState *x, size_t s)
{
	return opens_with(x, s, "去年") || opens_with(x, s, "过去一年") ||
		opens_with(x, s, x->last_year);
}

ExMode
ex_sentence_mode(ExState *x, ExMode m)
{
	int32_t		ry = x->report->year;
	size_t		s = 0;

	if (ry <= 0 || ry > 9999)
		return m;
	while (s < x->n)
	{
		size_t		nb;
		uint32_t	cp = ex_cp(x, s, &nb);

		if (!shr_is_space(cp) || nb == 0)
			break;
		s += nb;
	}
	if (m.glossary || m.kind == SHR_FIGURE_OUTCOME)
	{
		if (m.glossary ? glossary_target(x) : review_sets_goal(x))
		{
			m.kind = SHR_FIGURE_TARGET;
			m.year = ry;
		}
	}
	else if (goals_tell_past(x, s))
	{
		m.kind = SHR_FIGURE_OUTCOME;
		m.year = ry - 1;
	}
	return m;
}

int32_t
ex_part_of(const ShrReport *r, int32_t ni)
{
	int32_t		p = r->nodes[ni].parent;

	for (int guard = 0; p >= 0 && p < r->nnodes && guard < 64; guard++)
	{
		if (r->nodes[p].kind == SHR_NODE_PART)
			return p;
		p = r->nodes[p].parent;
	}
	return -1;
}
