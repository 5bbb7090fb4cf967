/*
 * extract.c
 *		The figure extractor's driver: walks a parsed report's sentences,
 *		has their figures found (figscan.c) and read (metric.c), has each
 *		told an outcome or a target of some year (figkind.c), and appends
 *		them to the report.
 */
#include <stdio.h>
#include <string.h>

#include "reader/extract_int.h"
#include "reader/scan.h"

/*
 * The longest metric kept, in code points.  Real metrics are names of a few
 * words (the longest in the bundled reports has 33 characters); a longer
 * one is a run of text the reader could not cut, and copying it into each
 * figure of a long list would make the work grow with the square of the
 * text.
 */
#define EX_METRIC_MAX_CHARS 48

/* Where the walk over the report stands: the mode of what it reads. */
typedef struct ExDrive
{
	int32_t		cur_part;		/* the part node part_mode is of, or -1 */
	ExMode		part_mode;
	ExMode		loose_mode;		/* for text outside any part */
	bool		seen_part;
	bool		loose_known;	/* a heading outside parts has said it */
	char	   *empty;			/* "" in the report, for a missing section */
} ExDrive;

/* The code point offset of a byte of a sentence, counted forward only. */
typedef struct ExCursor
{
	size_t		b;
	uint32_t	c;
} ExCursor;

/*
 * Can a Chinese numeral at s[i] (decoded as cp, n bytes) count with a
 * measure word after it (推出三批)?  一 never does (一批 is the article).
 */
static bool
may_count(const char *s, size_t len, size_t i, uint32_t cp, uint32_t n)
{
	size_t		nb;

	if (!((shr_cn_digit(cp) > 1 || cp == SHR_CP_LIANG || cp == SHR_CP_SHI) &&
		  i + n < len))
		return false;
	return shr_unit_match(s + i + n, len - i - n, &nb) >= 0;
}

/* Does a Chinese numeral follow s[i], which is n bytes long (前三, 第一位)? */
static bool
numeral_after(const char *s, size_t len, size_t i, uint32_t n)
{
	uint32_t	m;

	return i + n + 3 <= len && shr_is_cn_numeral(shr_utf8_at(s, i + n, &m));
}

/*
 * The characters that may_hold_figure looks at: a digit, 翻, a magnitude
 * character, 第 and 前 of a rank, and a Chinese numeral that may count.
 */
static const char holds_figure[] =
	"0123456789０１２３４５６７８９翻百千万亿佰仟萬億第前二三四五六七八九两十";

/*
 * Is the character cp, n bytes at s[i], one that may_hold_figure takes for
 * a figure: a digit, 翻 (翻一番), a magnitude character a measured Chinese
 * numeral needs (百千万亿, 佰仟萬億), a Chinese numeral before a measure
 * word, or a rank in Chinese numerals (居全国第一位, 进入全国前三)?
 */
static bool
holds_figure_at(const char *s, size_t len, size_t i, uint32_t cp, uint32_t n)
{
	if (cp >= '0' && cp <= '9')
		return true;
	if (n != 3)
		return false;
	return cp == SHR_CP_WAN || cp == SHR_CP_YI || cp == SHR_CP_QIAN ||
		cp == SHR_CP_BAI || cp == EX_CH("翻") ||
		cp == SHR_CP_WAN_T || cp == SHR_CP_YI_T ||
		cp == SHR_CP_QIAN_CAP || cp == SHR_CP_BAI_CAP ||
		((cp == EX_CH("第") || cp == EX_CH("前")) &&
		 numeral_after(s, len, i, n)) ||
		(cp >= EX_CH("０") && cp <= EX_CH("９")) ||
		may_count(s, len, i, cp, n);
}

/*
 * Can the bytes hold a figure at all?  Most sentences of a report have
 * none, and skipping them keeps the extractor cheap: each character is
 * only decoded and looked up in the filter of the characters that
 * holds_figure_at tells, which is asked at the few the filter lets by.
 */
static bool
may_hold_figure(const ExState *x, const char *s, size_t len)
{
	for (size_t i = 0; i < len;)
	{
		uint32_t	n;
		uint32_t	cp = shr_utf8_at(s, i, &n);

		if (i + n > len)
			break;
		if (shr_cp_filter_may(&x->holds, cp) &&
			holds_figure_at(s, len, i, cp, n))
			return true;
		i += n;
	}
	return false;
}

/*
 * Copy text[bs..be) to x->clean without what clean text leaves out (its
 * backticks, the line breaks of joined lines), keeping the way back: the
 * clean offset of each byte left out.  *n gets the bytes copied; false when
 * memory ran out.
 */
static bool
copy_clean_span(ExState *x, size_t bs, size_t be, size_t *n)
{
	*n = 0;

	for (size_t i = bs, next; i < be; i = next)
	{
		size_t		run = shr_clean_skip(x->text, i, be, &next) - i;

		memcpy(x->clean + *n, x->text + i, run);
		*n += run;
		/* each byte left out (a backtick, a line break) is a tick */
		for (i += run; i < next; i++)
		{
			if (!ex_grow(x, (void **) &x->ticks, &x->tickcap, x->nticks + 1,
						 sizeof(size_t)))
				return false;
			x->ticks[x->nticks++] = *n;
		}
	}
	return true;
}

/*
 * Copy a sentence clean, keeping the way back to the text.  A sentence's
 * text is its span clean (scan.h), so most sentences, whose text is as long
 * as their span, have nothing left out and are copied whole.
 */
static bool
clean_sentence(ExState *x, const ShrNode *node)
{
	size_t		bs = node->span.byte_start;
	size_t		be = node->span.byte_end;
	size_t		n;

	if (be > x->len)
		be = x->len;
	if (bs > be)
		bs = be;
	if (be - bs + 1 > x->cap)
	{
		size_t		ncap = (be - bs + 1) * 2;

		ex_free(x, x->clean);
		x->cap = 0;
		x->clean = x->alloc->alloc(x->alloc->ctx, ncap);
		if (x->clean == NULL)
			return false;
		x->cap = ncap;
	}
	x->base = bs;
	x->nticks = 0;
	if (node->text != NULL && strlen(node->text) == be - bs)
	{
		memcpy(x->clean, x->text + bs, be - bs);
		n = be - bs;
	}
	else if (!copy_clean_span(x, bs, be, &n))
		return false;
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

/* Bytes of a piece, 0 for an empty one. */
static size_t
piece_len(ExPiece p)
{
	return p.e > p.s ? p.e - p.s : 0;
}

/* The figure's span in the text; cur moves forward to its start. */
static void
figure_span(ExState *x, const ExCand *c, ExCursor *cur, ShrFigure *f)
{
	size_t		bs = text_pos(x, c->s);
	size_t		be = text_pos(x, c->e - 1) + 1;

	if (cur->b < bs)
	{
		cur->c += (uint32_t) shr_utf8_count(x->text + cur->b, bs - cur->b);
		cur->b = bs;
	}
	f->span.byte_start = (uint32_t) bs;
	f->span.byte_end = (uint32_t) be;
	f->span.char_start = cur->c;
	f->span.char_end = cur->c + (uint32_t) shr_utf8_count(x->text + bs, be - bs);
}

/* The metric as a string of the report: the piece and its shared head. */
static char *
figure_metric(ExState *x, const ExCand *c)
{
	size_t		n1 = piece_len(c->metric);
	size_t		n2 = piece_len(c->metric_tail);
	char	   *m;

	if (n1 > 0 && !metric_fits(x, c->metric.s, n1 + n2))
		return shr_report_strndup(x->report, "", 0);
	if (n1 == 0 || n2 == 0)
		return piece_dup(x, c->metric);
	m = shr_report_alloc(x->report, n1 + n2 + 1);
	if (m != NULL)
	{
		memcpy(m, x->clean + c->metric.s, n1);
		memcpy(m + n1, x->clean + c->metric_tail.s, n2);
		m[n1 + n2] = '\0';
	}
	return m;
}

/*
 * The qualifier words as strings of the report; their lexicon entries go
 * to qs (*nq of them) and the first commitment among them to *commit.
 */
static bool
figure_qualifiers(ExState *x, const ExCand *c, ShrFigure *f,
				  const ShrQualifier **qs, int *nq, int *commit)
{
	if (c->nquals > 0)
	{
		f->qualifiers = shr_report_alloc(x->report, sizeof(char *) * c->nquals);
		if (f->qualifiers == NULL)
			return false;
	}
	for (int i = 0; i < c->nquals; i++)
	{
		const ShrQualifier *q = c->quals[i].q;
		ExPiece		p = {c->quals[i].pos, c->quals[i].pos + c->quals[i].len};

		f->qualifiers[i] = piece_dup(x, p);
		if (f->qualifiers[i] == NULL)
			return false;
		if (q == NULL)
			continue;
		qs[(*nq)++] = q;
		if (*commit == SHR_COMMIT_NONE && q->commitment != SHR_COMMIT_NONE)
			*commit = q->commitment;
	}
	f->nqualifiers = c->nquals;
	return true;
}

/*
 * The amount and target: the bound the qualifiers give (以上 is >=), a
 * range as written, or the amount itself; 多/余 make it a lower bound.
 */
static void
figure_target(const ExCand *c, const ShrQualifier **qs, int nq, int commit,
			  ShrFigure *f)
{
	bool		conflict = false;
	int			bound = nq > 0 ? shr_bound_combine(qs, nq, &conflict) : SHR_BOUND_NONE;
	ShrError	e2;

	f->amount = c->sc.q;
	if (c->sc.is_range)
		bound = SHR_BOUND_RANGE;
	else if (conflict || bound == SHR_BOUND_RANGE)
		bound = SHR_BOUND_EQ;
	else if (bound == SHR_BOUND_NONE)
		bound = c->sc.more ? SHR_BOUND_GT : SHR_BOUND_EQ;
	e2.status = SHR_OK;
	if (shr_target_make(&c->sc.q, c->sc.is_range ? &c->sc.hi : NULL, bound,
						commit, &f->target, &e2) != SHR_OK &&
		shr_target_make(&c->sc.q, NULL, SHR_BOUND_EQ, commit, &f->target,
						&e2) != SHR_OK)
		memset(&f->target, 0, sizeof(f->target));
}

/*
 * The figure's raw text as written; one broken over two lines (9. / 2万亿元)
 * is read without the break.
 */
static char *
figure_raw(ExState *x, const ExCand *c, const ShrFigure *f)
{
	const char *s = x->text + f->span.byte_start;
	size_t		n = f->span.byte_end - f->span.byte_start;

	if (memchr(s, '\n', n) == NULL && memchr(s, '\r', n) == NULL)
		return shr_report_strndup(x->report, s, n);
	return shr_report_strndup(x->report, x->clean + c->s, c->e - c->s);
}

/* Turn a read candidate of sentence node ni into a figure of the report. */
static bool
emit(ExState *x, int32_t ni, const ExCand *c, ExMode m, ExCursor *cur,
	 char *section)
{
	ShrFigure	f;
	const ShrQualifier *qs[EX_MAX_QUALS];
	int			nq = 0;
	int			commit = SHR_COMMIT_NONE;

	memset(&f, 0, sizeof(f));
	figure_span(x, c, cur, &f);
	f.sentence = ni;
	f.raw = figure_raw(x, c, &f);
	f.metric = figure_metric(x, c);
	f.predicate = piece_dup(x, c->pred);
	if (f.raw == NULL || f.metric == NULL || f.predicate == NULL)
		return false;
	if (!figure_qualifiers(x, c, &f, qs, &nq, &commit))
		return false;
	figure_target(c, qs, nq, commit, &f);
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
zhengqu_as_verb(ExState *x, ExCand *c, const ExQual *q)
{
	/* 争取设备更新资金95亿元: a verb inside the metric yields */
	if (!(c->pred.e == c->pred.s ||
		  (c->pred.s > c->metric.s && c->pred.e < c->metric.e &&
		   q->pos < c->metric.s)))
		return;
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

/* In an outcome sentence, 争取 is the verb of its figures, not a qualifier. */
static void
review_verbs(ExState *x)
{
	for (int k = 0; k < x->ncands; k++)
	{
		ExCand	   *c = &x->cands[k];
		int			j = 0;

		for (int i = 0; i < c->nquals; i++)
		{
			ExQual		q = c->quals[i];

			if (q.q != NULL && q.q->commitment == SHR_COMMIT_ZHENGQU)
				zhengqu_as_verb(x, c, &q);
			else
				c->quals[j++] = q;
		}
		c->nquals = j;
	}
}

/* Take the heading of part node p as the mode of the sentences under it. */
static void
enter_part(ExState *x, ExDrive *d, int32_t p)
{
	const ShrNode *node = &x->report->nodes[p];
	const char *h = node->heading ? node->heading : node->text;
	bool		known;

	if (h == NULL)
		h = "";
	d->part_mode = ex_classify_heading(x, h, strlen(h), !d->seen_part, &known);
	d->cur_part = p;
}

/* An unnumbered heading line outside parts: 2024年工作回顾. */
static void
loose_heading(ExState *x, ExDrive *d, int32_t ni)
{
	const ShrNode *node = &x->report->nodes[ni];
	bool		known;
	ExMode		hm;

	if (node->kind == SHR_NODE_TITLE || node->kind == SHR_NODE_HIGHLIGHT ||
		node->text == NULL || ex_part_of(x->report, ni) >= 0 ||
		!ex_heading_like(node->text, strlen(node->text)))
		return;
	hm = ex_classify_heading(x, node->text, strlen(node->text),
							 !d->loose_known, &known);
	if (known)
	{
		d->loose_mode = hm;
		d->loose_known = true;
	}
}

/* The figures of sentence node ni, appended to x->figs. */
static bool
read_sentence(ExState *x, ExDrive *d, int32_t ni)
{
	const ShrNode *node = &x->report->nodes[ni];
	int32_t		part;
	ExMode		m;
	ExCursor	cur = {node->span.byte_start, node->span.char_start};

	if (node->span.byte_end > x->len || node->span.byte_start >= node->span.byte_end)
		return true;
	*x->work += node->span.byte_end - node->span.byte_start;
	if (!may_hold_figure(x, x->text + node->span.byte_start,
						 node->span.byte_end - node->span.byte_start))
		return true;
	if (!clean_sentence(x, node) || !ex_find_figures(x))
		return false;
	if (x->ncands == 0)
		return true;
	ex_read_metrics(x);

	part = ex_part_of(x->report, ni);
	if (part >= 0 && part != d->cur_part)
		enter_part(x, d, part);
	m = ex_sentence_mode(x, part >= 0 ? d->part_mode : d->loose_mode);
	if (m.kind == SHR_FIGURE_OUTCOME)
		review_verbs(x);
	for (int k = 0; k < x->ncands; k++)
		if (!emit(x, ni, &x->cands[k], m, &cur,
				  node->section ? node->section : d->empty))
			return false;
	return true;
}

/* The figures of the report's sentences, appended to x->figs. */
static ShrStatus
extract_all(ExState *x)
{
	ShrReport  *r = x->report;
	ExDrive		d;

	memset(&d, 0, sizeof(d));
	d.cur_part = -1;
	d.part_mode.kind = SHR_FIGURE_OUTCOME;
	d.loose_mode.kind = SHR_FIGURE_OUTCOME;
	d.loose_mode.year = r->year > 0 ? r->year - 1 : 0;
	d.empty = shr_report_strndup(r, "", 0);
	if (d.empty == NULL)
		return SHR_ENOMEM;

	for (int32_t ni = 0; ni < r->nnodes; ni++)
	{
		shr_report_poll(r);
		if (r->nodes[ni].kind == SHR_NODE_PART)
		{
			enter_part(x, &d, ni);
			d.seen_part = true;
		}
		else if (r->nodes[ni].kind != SHR_NODE_SENTENCE)
			loose_heading(x, &d, ni);
		else if (!read_sentence(x, &d, ni))
			return SHR_ENOMEM;
	}
	return SHR_OK;
}

/* Set up x for an extraction from report; false on ENOMEM. */
static bool
start_extraction(ExState *x, const char *text, size_t len, ShrReport *report,
				 const ShrAllocator *alloc, ShrError *err)
{
	static const char *const ratio_units[3] = {"%", "百分点", "倍"};

	memset(x, 0, sizeof(*x));
	x->text = text;
	x->len = text ? len : 0;
	x->report = report;
	x->work = shr_report_work_counter(report);
	x->alloc = alloc;
	x->err = err;
	if (report->year > 0 && report->year <= 9999)
	{
		snprintf(x->this_year, sizeof(x->this_year), "%d年", (int) report->year);
		snprintf(x->last_year, sizeof(x->last_year), "%d年", (int) report->year - 1);
	}
	for (int i = 0; i < 3; i++)
	{
		int			u = shr_unit_find(ratio_units[i], strlen(ratio_units[i]));

		x->ratio_dims[i] = u >= 0 ? shr_unit(u)->dim : -1;
	}
	x->unit_bei = shr_unit_find("倍", strlen("倍"));
	if (x->unit_bei < 0)
		x->unit_bei = SHR_UNIT_NONE;
	x->lex = alloc->alloc(alloc->ctx, sizeof(ShrLexIndex));
	if (x->lex == NULL)
		return false;
	shr_lex_index_init(x->lex);
	ex_scan_init(x);
	memset(&x->holds, 0, sizeof(x->holds));
	ex_filter_add(&x->holds, holds_figure);
	return true;
}

/* Make x->figs the report's figures (the ones it had stay first). */
static ShrStatus
publish_figures(ExState *x)
{
	ShrReport  *report = x->report;
	ShrFigure  *out;

	if (x->nfigs <= report->nfigures)
		return SHR_OK;
	out = shr_report_alloc(report, sizeof(ShrFigure) * (size_t) x->nfigs);
	if (out == NULL)
		return SHR_ENOMEM;
	memcpy(out, x->figs, sizeof(ShrFigure) * (size_t) x->nfigs);
	report->figures = out;
	report->nfigures = x->nfigs;
	return SHR_OK;
}

ShrStatus
shr_extract_figures(const char *text, size_t len, ShrReport *report,
					const ShrAllocator *alloc, ShrError *err)
{
	ExState		x;
	ShrStatus	st;

	if (!start_extraction(&x, text, len, report, alloc, err))
		return shr_fail(err, SHR_ENOMEM, "Out of memory while extracting figures.");

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
	if (st == SHR_OK)
		st = publish_figures(&x);

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
