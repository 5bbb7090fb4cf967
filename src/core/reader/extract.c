/*
 * extract.c
 *		The figure extractor's driver: walks a parsed report's sentences,
 *		has their figures found and read (figscan.c, metric.c), decides
 *		whether each is an outcome or a target and of which year, and
 *		appends them to the report.
 *
 * Outcome or target is decided by the part a sentence sits in: a part
 * whose heading speaks of a review (2023年工作回顾) holds outcomes, one that
 * speaks of goals, tasks or plans holds targets; a heading that says
 * neither goes by its year, else by position (the review comes first).
 * Wording can override it inside a part: a review sentence that sets this
 * year's goal (今年…力争) states a target.
 */
#include <stdio.h>
#include <string.h>

#include "reader/extract_int.h"
#include "reader/scan.h"

/* Part-level decision: kind and year of the figures under a heading. */
typedef struct ExMode
{
	int			kind;			/* ShrFigureKind */
	int32_t		year;
	bool		glossary;		/* a part that explains terms */
} ExMode;

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

/* Kind and year of the figures under a heading; known says it decided. */
static ExMode
classify_heading(const ExState *x, const char *s, size_t len, bool first,
				 bool *known)
{
	ExMode		m;
	int32_t		ry = x->report->year;
	int32_t		hy = heading_year(s, len);

	*known = true;
	m.glossary = false;
	if (text_has(x, s, len, SHR_LX_GLOSSARY))
	{
		/* the wording of each sentence decides; see sentence_mode */
		m.kind = SHR_FIGURE_OUTCOME;
		m.year = ry > 0 ? ry - 1 : 0;
		m.glossary = true;
		return m;
	}
	if (text_has(x, s, len, SHR_LX_REVIEW))
		m.kind = SHR_FIGURE_OUTCOME;
	else if (text_has(x, s, len, SHR_LX_PLAN))
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

/* Is a line short and unpunctuated enough to be a heading? */
static bool
heading_like(const char *s, size_t len)
{
	size_t		cps = 0;

	for (size_t i = 0; i < len;)
	{
		uint32_t	cp;
		size_t		nb = shr_utf8_decode(s + i, len - i, &cp);

		if (cp == 0x3002 || cp == 0xFF0C || cp == 0xFF1B || cp == 0xFF01 ||
			cp == 0xFF1F || cp == 0xFF1A)
			return false;
		cps++;
		i += nb ? nb : 1;
	}
	return cps > 0 && cps <= 24;
}

/*
 * Can the bytes hold a figure at all: a digit, 翻 (翻一番) or a magnitude
 * character a measured Chinese numeral needs?  Most sentences of a report
 * have none, and skipping them keeps the extractor cheap.  It steps over
 * whole characters, looking only at those whose first byte may start one
 * of these.
 */
static bool
may_hold_figure(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;

	for (size_t i = 0; i < len;)
	{
		unsigned char c = u[i];

		if (c < 0x80)
		{
			if (c >= '0' && c <= '9')
				return true;
			i++;
			continue;
		}
		if (c < 0xE4 || c > 0xEF)
		{
			i += c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
			continue;
		}
		if (i + 2 >= len)
			break;
		switch (c)
		{
			case 0xE4:			/* 万 E4 B8 87, 亿 E4 BA BF */
				if ((u[i + 1] == 0xB8 && u[i + 2] == 0x87) ||
					(u[i + 1] == 0xBA && u[i + 2] == 0xBF))
					return true;
				break;
			case 0xE5:			/* 千 E5 8D 83 */
				if (u[i + 1] == 0x8D && u[i + 2] == 0x83)
					return true;
				break;
			case 0xE7:			/* 翻 E7 BF BB, 百 E7 99 BE */
				if ((u[i + 1] == 0xBF && u[i + 2] == 0xBB) ||
					(u[i + 1] == 0x99 && u[i + 2] == 0xBE))
					return true;
				break;
			case 0xEF:			/* ０-９ EF BC 90-99 */
				if (u[i + 1] == 0xBC && u[i + 2] >= 0x90 && u[i + 2] <= 0x99)
					return true;
				break;
			default:
				break;
		}
		i += 3;
	}
	return false;
}

/*
 * Copy a sentence without its backticks, keeping the way back: where each
 * backtick was.  Most sentences have none and are copied whole.
 */
static bool
clean_sentence(ExState *x, const ShrNode *node)
{
	size_t		bs = node->span.byte_start;
	size_t		be = node->span.byte_end;
	size_t		n = 0;

	if (be > x->len)
		be = x->len;
	if (bs > be)
		bs = be;
	if (be - bs + 1 > x->cap)
	{
		size_t		ncap = (be - bs + 1) * 2;
		char	   *c;

		ex_free(x, x->clean);
		x->clean = NULL;
		x->cap = 0;
		c = x->alloc->alloc(x->alloc->ctx, ncap);
		if (c == NULL)
			return false;
		x->clean = c;
		x->cap = ncap;
	}
	x->base = bs;
	x->nticks = 0;
	for (size_t i = bs; i < be;)
	{
		const char *tick = memchr(x->text + i, '`', be - i);
		size_t		run = tick ? (size_t) (tick - (x->text + i)) : be - i;

		memcpy(x->clean + n, x->text + i, run);
		n += run;
		i += run;
		if (tick != NULL)
		{
			if (!ex_grow(x, (void **) &x->ticks, &x->tickcap, x->nticks + 1,
						 sizeof(size_t)))
				return false;
			x->ticks[x->nticks++] = n;
			i++;
		}
	}
	x->clean[n] = '\0';
	x->n = n;
	return true;
}

/* Byte offset in the text of clean[pos]: pos plus the backticks before it. */
static size_t
text_pos(const ExState *x, size_t pos)
{
	int			lo = 0,
				hi = x->nticks;

	/* backticks left out at clean offsets <= pos stood before clean[pos] */
	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (x->ticks[mid] <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return x->base + pos + (size_t) lo;
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

/*
 * Wording that overrides the part: a review sentence setting this year's
 * goal is a target; a goals sentence opening with last year is an outcome.
 *
 * A glossary (名词解释) explains the terms of the report: what a programme
 * is, what it comprises, how things stand.  Its figures are neither the
 * review's results nor the year's goals, but they describe a state of
 * affairs more often than a plan, so they count as outcomes of the review's
 * year unless the sentence first names this year or a later one, or speaks
 * of a plan (今年, 力争, 目标, 计划), which makes them targets.
 */
static ExMode
sentence_mode(ExState *x, ExMode m)
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
	if (m.glossary)
	{
		if (clean_has(x, "今年") || heading_year(x->clean, x->n) >= ry ||
			text_has(x, x->clean, x->n, SHR_LX_PLANWORD))
		{
			m.kind = SHR_FIGURE_TARGET;
			m.year = ry;
		}
		return m;
	}
	if (m.kind == SHR_FIGURE_OUTCOME)
	{
		if ((clean_has(x, "今年") || clean_has(x, x->this_year)) &&
			text_has(x, x->clean, x->n, SHR_LX_PLANWORD))
		{
			m.kind = SHR_FIGURE_TARGET;
			m.year = ry;
		}
	}
	else
	{
		size_t		yl = strlen(x->last_year);

		if ((x->n - s >= 6 && memcmp(x->clean + s, "去年", 6) == 0) ||
			(x->n - s >= 12 && memcmp(x->clean + s, "过去一年", 12) == 0) ||
			(x->n - s >= yl && memcmp(x->clean + s, x->last_year, yl) == 0))
		{
			m.kind = SHR_FIGURE_OUTCOME;
			m.year = ry - 1;
		}
	}
	return m;
}

/*
 * The longest metric kept, in code points.  Real metrics are names of a few
 * words (the longest in the bundled reports has 33 characters); a longer
 * one is a run of text the reader could not cut, and copying it into each
 * figure of a long list would make the work grow with the square of the
 * text.
 */
#define EX_METRIC_MAX_CHARS 48

/* Are n bytes of clean text at s at most EX_METRIC_MAX_CHARS code points? */
static bool
metric_fits(const ExState *x, size_t s, size_t n)
{
	if (n > 4 * EX_METRIC_MAX_CHARS)
		return false;
	return n <= EX_METRIC_MAX_CHARS ||
		shr_utf8_count(x->clean + s, n) <= EX_METRIC_MAX_CHARS;
}

/* Copy clean[p] into the report as a string; "" for an empty piece. */
static char *
piece_dup(ExState *x, ExPiece p)
{
	if (p.e <= p.s || p.e > x->n)
		return shr_report_strndup(x->report, "", 0);
	return shr_report_strndup(x->report, x->clean + p.s, p.e - p.s);
}

/* Turn a read candidate into a figure of the report. */
static bool
emit(ExState *x, int32_t ni, const ExCand *c, ExMode m, size_t *cur_b,
	 uint32_t *cur_c, char *section)
{
	ShrFigure	f;
	const ShrQualifier *qs[EX_MAX_QUALS];
	int			nq = 0;
	int			commit = SHR_COMMIT_NONE;
	bool		conflict = false;
	int			bound;
	ShrError	e2;
	size_t		bs = text_pos(x, c->s);
	size_t		be = text_pos(x, c->e - 1) + 1;

	memset(&f, 0, sizeof(f));
	/* code points from the sentence start, never going back */
	if (*cur_b < bs)
	{
		*cur_c += (uint32_t) shr_utf8_count(x->text + *cur_b, bs - *cur_b);
		*cur_b = bs;
	}
	f.span.byte_start = (uint32_t) bs;
	f.span.byte_end = (uint32_t) be;
	f.span.char_start = *cur_c;
	f.span.char_end = *cur_c + (uint32_t) shr_utf8_count(x->text + bs, be - bs);
	f.sentence = ni;
	f.raw = shr_report_strndup(x->report, x->text + bs, be - bs);
	if (c->metric.e > c->metric.s &&
		!metric_fits(x, c->metric.s, c->metric.e - c->metric.s +
					 (c->metric_tail.e > c->metric_tail.s ?
					  c->metric_tail.e - c->metric_tail.s : 0)))
		f.metric = shr_report_strndup(x->report, "", 0);
	else if (c->metric_tail.e > c->metric_tail.s && c->metric.e > c->metric.s)
	{
		size_t		n1 = c->metric.e - c->metric.s;
		size_t		n2 = c->metric_tail.e - c->metric_tail.s;

		f.metric = shr_report_alloc(x->report, n1 + n2 + 1);
		if (f.metric != NULL)
		{
			memcpy(f.metric, x->clean + c->metric.s, n1);
			memcpy(f.metric + n1, x->clean + c->metric_tail.s, n2);
			f.metric[n1 + n2] = '\0';
		}
	}
	else
		f.metric = piece_dup(x, c->metric);
	f.predicate = piece_dup(x, c->pred);
	if (f.raw == NULL || f.metric == NULL || f.predicate == NULL)
		return false;
	if (c->nquals > 0)
	{
		f.qualifiers = shr_report_alloc(x->report, sizeof(char *) * c->nquals);
		if (f.qualifiers == NULL)
			return false;
	}
	for (int i = 0; i < c->nquals; i++)
	{
		ExPiece		p = {c->quals[i].pos, c->quals[i].pos + c->quals[i].len};

		f.qualifiers[i] = piece_dup(x, p);
		if (f.qualifiers[i] == NULL)
			return false;
		if (c->quals[i].q != NULL)
		{
			qs[nq++] = c->quals[i].q;
			if (commit == SHR_COMMIT_NONE && c->quals[i].q->commitment != SHR_COMMIT_NONE)
				commit = c->quals[i].q->commitment;
		}
	}
	f.nqualifiers = c->nquals;

	f.amount = c->sc.q;
	bound = nq > 0 ? shr_bound_combine(qs, nq, &conflict) : SHR_BOUND_NONE;
	if (c->sc.is_range)
		bound = SHR_BOUND_RANGE;
	else if (conflict || bound == SHR_BOUND_RANGE)
		bound = SHR_BOUND_EQ;
	else if (bound == SHR_BOUND_NONE)
		bound = c->sc.more ? SHR_BOUND_GT : SHR_BOUND_EQ;
	e2.status = SHR_OK;
	if (shr_target_make(&c->sc.q, c->sc.is_range ? &c->sc.hi : NULL, bound,
						commit, &f.target, &e2) != SHR_OK &&
		shr_target_make(&c->sc.q, NULL, SHR_BOUND_EQ, commit, &f.target,
						&e2) != SHR_OK)
		memset(&f.target, 0, sizeof(f.target));

	f.kind = (uint8_t) m.kind;
	f.year = m.year;
	f.is_change = c->is_change;
	f.respectively = c->respectively;
	f.cumulative = c->cumulative;
	f.section = section;

	if (!ex_grow(x, (void **) &x->figs, &x->figcap, x->nfigs + 1, sizeof(ShrFigure)))
		return false;
	x->figs[x->nfigs++] = f;
	return true;
}

/*
 * 争取 commits to a goal, but in the review it reports what was obtained
 * (争取中央资金500亿元): there it is no qualifier but the verb, with the
 * 到 of 争取到.
 */
static void
review_verbs(ExState *x)
{
	for (int k = 0; k < x->ncands; k++)
	{
		ExCand	   *c = &x->cands[k];
		int			j = 0;

		for (int i = 0; i < c->nquals; i++)
		{
			const ExQual *q = &c->quals[i];

			if (q->q != NULL && q->q->commitment == SHR_COMMIT_ZHENGQU)
			{
				/* 争取设备更新资金95亿元: a verb inside the metric yields */
				if (c->pred.e == c->pred.s ||
					(c->pred.s > c->metric.s && c->pred.e < c->metric.e &&
					 q->pos < c->metric.s))
				{
					c->pred.s = q->pos;
					c->pred.e = q->pos + q->len;
					if (x->n - c->pred.e >= 3 &&
						(memcmp(x->clean + c->pred.e, "到", 3) == 0 ||
						 memcmp(x->clean + c->pred.e, "得", 3) == 0))
					{
						if (c->metric.s == c->pred.e && c->metric.e > c->metric.s + 3)
							c->metric.s += 3;
						c->pred.e += 3;
					}
				}
				continue;
			}
			c->quals[j++] = *q;
		}
		c->nquals = j;
	}
}

/* Find the part a node sits in, or -1. */
static int32_t
part_of(const ShrReport *r, int32_t ni)
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

/* The figures of the report's sentences, appended to x->figs. */
static ShrStatus
extract_all(ExState *x)
{
	ShrReport  *r = x->report;
	int32_t		cur_part = -1;
	ExMode		part_mode = {SHR_FIGURE_OUTCOME, 0, false};
	ExMode		loose_mode;		/* for text outside any part */
	bool		seen_part = false;
	bool		loose_known = false;
	char	   *empty = shr_report_strndup(r, "", 0);

	if (empty == NULL)
		return SHR_ENOMEM;
	loose_mode.kind = SHR_FIGURE_OUTCOME;
	loose_mode.glossary = false;
	loose_mode.year = r->year > 0 ? r->year - 1 : 0;

	for (int32_t ni = 0; ni < r->nnodes; ni++)
	{
		const ShrNode *node = &r->nodes[ni];
		int32_t		part;
		ExMode		m;
		size_t		cur_b;
		uint32_t	cur_c;

		shr_report_poll(r);
		if (node->kind == SHR_NODE_PART)
		{
			const char *h = node->heading ? node->heading : node->text;
			bool		known;

			if (h == NULL)
				h = "";
			part_mode = classify_heading(x, h, strlen(h), !seen_part, &known);
			cur_part = ni;
			seen_part = true;
			continue;
		}
		if (node->kind != SHR_NODE_SENTENCE)
		{
			/* an unnumbered heading line outside parts: 2024年工作回顾 */
			if (node->kind != SHR_NODE_TITLE && node->kind != SHR_NODE_HIGHLIGHT &&
				node->text != NULL && part_of(r, ni) < 0 &&
				heading_like(node->text, strlen(node->text)))
			{
				bool		known;
				ExMode		hm = classify_heading(x, node->text,
												  strlen(node->text),
												  !loose_known, &known);

				if (known)
				{
					loose_mode = hm;
					loose_known = true;
				}
			}
			continue;
		}
		if (node->span.byte_end > x->len || node->span.byte_start >= node->span.byte_end)
			continue;
		*x->work += node->span.byte_end - node->span.byte_start;
		if (!may_hold_figure(x->text + node->span.byte_start,
							 node->span.byte_end - node->span.byte_start))
			continue;
		if (!clean_sentence(x, node))
			return SHR_ENOMEM;
		if (!ex_find_figures(x))
			return SHR_ENOMEM;
		if (x->ncands == 0)
			continue;
		ex_read_metrics(x);

		part = part_of(r, ni);
		if (part >= 0 && part != cur_part)
		{
			const char *h = r->nodes[part].heading ? r->nodes[part].heading :
				r->nodes[part].text;
			bool		known;

			if (h == NULL)
				h = "";
			part_mode = classify_heading(x, h, strlen(h), !seen_part, &known);
			cur_part = part;
		}
		m = sentence_mode(x, part >= 0 ? part_mode : loose_mode);
		if (m.kind == SHR_FIGURE_OUTCOME)
			review_verbs(x);
		cur_b = node->span.byte_start;
		cur_c = node->span.char_start;
		for (int k = 0; k < x->ncands; k++)
			if (!emit(x, ni, &x->cands[k], m, &cur_b, &cur_c,
					  node->section ? node->section : empty))
				return SHR_ENOMEM;
	}
	return SHR_OK;
}

ShrStatus
shr_extract_figures(const char *text, size_t len, ShrReport *report,
					const ShrAllocator *alloc, ShrError *err)
{
	ExState		x;
	ShrStatus	st;

	memset(&x, 0, sizeof(x));
	x.text = text;
	x.len = text ? len : 0;
	x.report = report;
	x.work = shr_report_work_counter(report);
	x.alloc = alloc;
	x.err = err;
	if (report->year > 0 && report->year <= 9999)
	{
		snprintf(x.this_year, sizeof(x.this_year), "%d年", (int) report->year);
		snprintf(x.last_year, sizeof(x.last_year), "%d年", (int) report->year - 1);
	}
	{
		static const char *const ratio_units[3] = {"%", "百分点", "倍"};

		for (int i = 0; i < 3; i++)
		{
			int			u = shr_unit_find(ratio_units[i], strlen(ratio_units[i]));

			x.ratio_dims[i] = u >= 0 ? shr_unit(u)->dim : -1;
		}
	}
	x.unit_bei = shr_unit_find("倍", strlen("倍"));
	if (x.unit_bei < 0)
		x.unit_bei = SHR_UNIT_NONE;
	x.lex = alloc->alloc(alloc->ctx, sizeof(ShrLexIndex));
	if (x.lex == NULL)
		return shr_fail(err, SHR_ENOMEM, "Out of memory while extracting figures.");
	shr_lex_index_init(x.lex);

	/* figures already there stay first */
	if (report->nfigures > 0 &&
		ex_grow(&x, (void **) &x.figs, &x.figcap, report->nfigures, sizeof(ShrFigure)))
	{
		memcpy(x.figs, report->figures, sizeof(ShrFigure) * report->nfigures);
		x.nfigs = report->nfigures;
	}
	if (report->nfigures > 0 && x.figs == NULL)
		st = SHR_ENOMEM;
	else
		st = extract_all(&x);

	if (st == SHR_OK && x.nfigs > report->nfigures)
	{
		ShrFigure  *out = shr_report_alloc(report, sizeof(ShrFigure) * (size_t) x.nfigs);

		if (out == NULL)
			st = SHR_ENOMEM;
		else
		{
			memcpy(out, x.figs, sizeof(ShrFigure) * (size_t) x.nfigs);
			report->figures = out;
			report->nfigures = x.nfigs;
		}
	}
	ex_free(&x, x.figs);
	ex_free(&x, x.cands);
	ex_free(&x, x.breaks);
	ex_free(&x, x.quotes);
	ex_free(&x, x.clean);
	ex_free(&x, x.ticks);
	ex_free(&x, x.lex);
	if (st != SHR_OK)
		return shr_fail(err, st, "Out of memory while extracting figures.");
	return SHR_OK;
}
