/*
 * metric.c
 *		What each figure of a sentence measures and how it is linked to it:
 *		the metric, the predicate, changes and totals.
 *
 * The figures of a sentence come in clauses (split at ，；：。).  Before a
 * figure stands, in its clause, "subject verb object": 地区生产总值 达到 …,
 * 新增 规上企业 …; after it may stand the noun it counts (7个 高铁项目).
 * A linking verb (达到, 增长, 占比) takes its subject as the metric; a verb
 * of doing (新增, 实施, 举办) takes its object, before or after the number.
 * A clause that starts with its verb carries the subject of the clause
 * before it.  Figures separated only by 、 or 和 form a list that shares
 * the head's verb (metriclist.c deals out its subjects).
 *
 * A figure is read by two tables of steps, run in order: the verb steps
 * find its verb, subject and object, the metric steps choose its metric
 * from them.  Each step is named for what it recognises, with an example;
 * each sees what the steps before it found, and may change it.
 */
#include <string.h>

#include "reader/metric_int.h"

/*
 * The last place of a word before the figures read so far, found by one
 * forward scan over the sentence: each figure asks for the text up to its
 * own start, so the sentence is read once whatever its number of figures.
 */
typedef struct WordScan
{
	const char *word;			/* UTF-8 */
	size_t		len;
	size_t		scan;			/* read up to here */
	size_t		at;				/* the last place found, or SIZE_MAX */
} WordScan;

/* What the reading of a sentence carries from one figure to the next. */
typedef struct SentenceRead
{
	ExPiece		last;			/* the last metric read */
	int			last_dim;		/* the dimension of its figure's amount */
	ExPiece		carried;		/* the subject of carried_clause */
	int			carried_clause; /* the clause it was asked of, or -2 */
	WordScan	cum;			/* 累计 */
	WordScan	avg;			/* 年均 */
} SentenceRead;

/* What is read of one figure: the text around it and its phrases. */
typedef struct FigRead
{
	SentenceRead *sr;
	ExCand	   *c;
	const ExCand *prev;			/* the figure before it in its clause, or NULL */
	size_t		cs;				/* its clause */
	size_t		ce;
	size_t		lo;				/* the text before it that is its own */
	size_t		hi;
	size_t		lim;			/* where the text after it ends */
	size_t		avg_at;			/* the last 年均 before it, or SIZE_MAX */
	bool		list_item;		/* a later item of a list */
	ExPiece		post;			/* the noun after it */
	ExPiece		pred;
	unsigned	pf;				/* the lexicon flags of pred */
	ExPiece		subj;
	ExPiece		obj;
	TrimInfo	ts;				/* what trimming subj said */
	TrimInfo	to;				/* what trimming obj said */
} FigRead;

/* A step of reading a figure, with an example of what it recognises. */
typedef struct MetricStep
{
	void		(*step) (ExState *x, FigRead *r);
	const char *example;		/* what it recognises */
} MetricStep;

/* Is the piece empty?  (A piece never ends before it starts.) */
static bool
piece_empty(ExPiece p)
{
	return p.e <= p.s;
}

/*
 * Where the word last stands before clean[upto], or SIZE_MAX.  The search
 * is for the word's last byte, a continuation byte that is rare in text,
 * where its lead byte opens every few characters.
 */
static size_t
word_before(const ExState *x, WordScan *w, size_t upto)
{
	size_t		tail = w->len - 1;

	while (w->scan + w->len <= upto)
	{
		const char *hit = memchr(x->clean + w->scan + tail, w->word[tail],
								 upto - w->len + 1 - w->scan);
		size_t		to = hit ? (size_t) (hit - x->clean) - tail : upto - w->len + 1;

		*x->work += to - w->scan + 1;
		w->scan = to;
		if (hit == NULL)
			break;
		if (memcmp(x->clean + to, w->word, w->len) == 0)
			w->at = w->scan;
		w->scan++;
	}
	return w->at;
}

/* Is the amount a rate, share or multiple (%, 个百分点, 倍)? */
static bool
is_ratio_unit(const ExState *x, const ShrScan *sc)
{
	const ShrUnitDef *u = sc->has_unit ? shr_unit(sc->q.unit) : NULL;

	if (u == NULL)
		return false;
	for (int i = 0; i < 3; i++)
		if (x->ratio_dims[i] >= 0 && u->dim == x->ratio_dims[i])
			return true;
	return false;
}

/* A predicate given by the qualifier next to the number (突破, 超过, 控制在). */
static ExPiece
pred_from_quals(ExState *x, const ExCand *c, unsigned *flags)
{
	ExPiece		r = {0, 0};

	for (int i = c->nquals - 1; i >= 0; i--)
	{
		const ExQual *q = &c->quals[i];
		size_t		nb;
		const ShrLexEntry *lx;

		if (q->pos < c->xs || q->pos >= c->s)
			continue;
		lx = shr_lex_match(x->lex, x->clean + q->pos, q->len, SHR_LX_PRED, &nb);
		if (lx != NULL && nb == q->len)
		{
			r.s = q->pos;
			r.e = q->pos + q->len;
			*flags = lx->flags;
			return r;
		}
	}
	*flags = 0;
	return r;
}

/* Does a bound word (不低于, 约, 至少) stand right before the number? */
static bool
bound_before(const ExCand *c)
{
	for (int i = 0; i < c->nquals; i++)
		if (c->quals[i].pos >= c->xs && c->quals[i].pos < c->s &&
			c->quals[i].q != NULL && c->quals[i].q->bound != SHR_BOUND_NONE)
			return true;
	return false;
}

/*
 * 两批21件“高效办成一件事”, 三批次11组国企重组: batches name no noun of
 * their own but count the noun of the amount right after them, which ends
 * at the clause's end or the next figure after that amount.
 */
static ExPiece
noun_of_next_count(ExState *x, int i, size_t ce)
{
	ExPiece		none = {0, 0};
	const ExCand *c = &x->cands[i];
	size_t		p = c->xe,
				lim = ce,
				nb;
	ShrScan		sc;
	ShrError	err;

	if (!ex_is_digit(ex_cp(x, p, &nb)))
		return none;
	memset(&sc, 0, sizeof(sc));
	err.status = SHR_OK;
	p += shr_amount_scan(x->clean + p, x->n - p, 0, &sc, &err);
	for (int j = i + 1; j < x->ncands; j++)
		if (x->cands[j].xs >= p)
		{
			lim = x->cands[j].xs < ce ? x->cands[j].xs : ce;
			break;
		}
	return p < lim ? ex_post_noun(x, p, lim) : none;
}

/*
 * 对10类重点就业群体新发放创业担保贷款不低于80亿元: a noun after a figure
 * that runs up to the next figure has taken that figure's verb and subject;
 * it ends before the first verb in it.
 */
static ExPiece
noun_before_next_verb(ExState *x, ExPiece post)
{
	size_t		nb;

	ex_cp(x, post.s, &nb);
	for (size_t p = post.s + nb; nb > 0 && p < post.e; p += nb)
	{
		size_t		vn;
		const ShrLexEntry *lx = shr_lex_match(x->lex, x->clean + p, post.e - p,
											  SHR_LX_PRED, &vn);

		if (lx != NULL && !(lx->flags & SHR_LX_ADJ) && !ex_nominal(x, p + vn))
		{
			TrimInfo	ti = {false, false, false};

			return ex_trim(x, post.s, p, &ti);
		}
		ex_cp(x, p, &nb);
	}
	return post;
}

/* The text a figure is read from, and the words before it it asks about. */
static void
read_around(ExState *x, SentenceRead *sr, int i, FigRead *r)
{
	ExCand	   *c = &x->cands[i];
	ExPiece		none = {0, 0};
	TrimInfo	nothing = {false, false, false};

	r->sr = sr;
	r->c = c;
	r->prev = (i > 0 && x->cands[i - 1].clause == c->clause) ? &x->cands[i - 1] : NULL;
	r->cs = ex_clause_start(x, c->clause);
	r->ce = ex_clause_end(x, c->clause);
	r->lo = r->prev && r->prev->end > r->cs ? r->prev->end : r->cs;
	r->hi = c->xs > r->lo ? c->xs : r->lo;
	r->lim = (i + 1 < x->ncands && x->cands[i + 1].xs < r->ce) ?
		x->cands[i + 1].xs : r->ce;
	/* 39.8万农业转移人口成为…: a counted noun is the noun after it */
	r->post = c->noun.e > c->noun.s ? c->noun : ex_post_noun(x, c->xe, r->lim);
	if (r->post.e == r->lim && r->lim < r->ce)
		r->post = noun_before_next_verb(x, r->post);
	if (piece_empty(r->post) && c->sc.chinese)
		r->post = noun_of_next_count(x, i, r->ce);
	r->pred = r->subj = r->obj = none;
	r->pf = 0;
	r->ts = r->to = nothing;
	r->list_item = false;

	/*
	 * 累计 in the clause before the figure makes it cumulative; 年均
	 * (年均增长5.2%: an average over years, not the year's own value) is
	 * kept as a qualifier word of the figure.
	 */
	c->cumulative = word_before(x, &sr->cum, c->s) != SIZE_MAX && sr->cum.at >= r->cs;
	r->avg_at = word_before(x, &sr->avg, c->s);
	c->end = c->xe;
}

static void verb_after_noun(ExState *x, FigRead *r);

/*
 * 新增企业100家、200家: a member of a list, with nothing but separators
 * before it, takes the head's verb, and its own noun if any; without a
 * verb of the head, the verb after its noun (12类55件民生实事保质保量完成).
 */
static void
read_list_member(ExState *x, FigRead *r)
{
	ExCand	   *c = r->c;
	const ExCand *h = &x->cands[r->prev->head];

	c->head = r->prev->head;
	r->pred = h->pred;
	r->pf = h->pred_flags;
	verb_after_noun(x, r);
	c->pred = r->pred;
	c->pred_flags = r->pf;
	c->cumulative |= h->cumulative;
	c->metric = !piece_empty(r->post) ? r->post : h->metric;
	if (!piece_empty(r->post))
		c->end = r->post.e;
	c->is_change = c->doubling || ((c->pred_flags & SHR_LX_CHANGE) != 0) ||
		ex_metric_is_change(x, c->metric);
	if (!piece_empty(c->metric))
	{
		r->sr->last = c->metric;
		r->sr->last_dim = shr_quantity_dim(&c->sc.q);
	}
}

/* ---- the verb steps, each described by its row of verb_steps ---- */

static void
list_goes_on(ExState *x, FigRead *r)
{
	size_t		nb;
	uint32_t	cp;

	if (r->prev == NULL)
		return;
	cp = ex_cp(x, r->lo, &nb);
	while (r->lo < r->hi && (ex_is_list_sep(cp) || shr_is_space(cp)))
	{
		r->list_item = true;
		r->lo += nb;
		cp = ex_cp(x, r->lo, &nb);
	}
}

/* Subject and object around a verb at pred, or all subject without one. */
static void
split_at_verb(ExState *x, FigRead *r)
{
	if (!piece_empty(r->pred))
	{
		r->subj = ex_trim(x, r->lo, r->pred.s, &r->ts);
		r->obj = ex_trim(x, r->pred.e, r->hi, &r->to);
		return;
	}
	r->pred.s = r->pred.e = r->hi;
	r->pf = 0;
	r->subj = ex_trim(x, r->lo, r->hi, &r->ts);
	r->obj.s = r->obj.e = r->hi;
}

static void
verb_in_clause(ExState *x, FigRead *r)
{
	r->pred = ex_find_pred(x, r->lo, r->hi, &r->pf);
	split_at_verb(x, r);
}

/*
 * 增速居全国第3位, 全国排名53位: a rank's verb is the one figrank.c read
 * before it, a link (居 a comparison); the field before the verb (全国排名)
 * is a qualifier of the figure, not part of its metric, and no noun after
 * a rank is.
 */
static void
verb_of_rank(ExState *x, FigRead *r)
{
	const ExCand *c = r->c;
	size_t		nb;
	const ShrLexEntry *lx;

	/* what follows a rank is the next clause's, never what it counts */
	if (c->rank != EX_RANK_NONE)
		r->post.s = r->post.e = c->xe;
	if (c->rank == EX_RANK_NONE || piece_empty(c->rank_verb) ||
		c->rank_verb.s < r->lo || c->rank_verb.e > r->hi)
		return;
	r->pred = c->rank_verb;
	lx = shr_lex_match(x->lex, x->clean + r->pred.s, r->pred.e - r->pred.s,
					   SHR_LX_PRED, &nb);
	r->pf = lx != NULL && nb == r->pred.e - r->pred.s ? lx->flags :
		SHR_LX_PRED | SHR_LX_LINK;
	split_at_verb(x, r);
	if (!piece_empty(c->scope) && c->scope.e == r->pred.s && r->subj.e > c->scope.s)
		r->subj = ex_trim(x, r->lo, c->scope.s, &r->ts);
}

/*
 * 项目分三批开工, 分三批推进: a word that divides (分, 分为) is the verb of
 * the count after it; what it divides is its subject, and the verb after
 * the count is no noun it counts.
 */
static void
split_word(ExState *x, FigRead *r)
{
	size_t		nb,
				any;
	const ShrLexEntry *lx;

	if (!piece_empty(r->pred) && r->pred.e == r->hi)
		return;
	lx = shr_lex_match_end(x->lex, x->clean + r->lo, r->hi - r->lo, SHR_LX_SPLIT, &nb);
	/* 部分 holds no 分 */
	if (lx == NULL ||
		shr_lex_match_end(x->lex, x->clean + r->lo, r->hi - r->lo, ~0u, &any) == NULL ||
		any != nb)
		return;
	r->pred.s = r->hi - nb;
	r->pred.e = r->hi;
	r->pf = lx->flags;
	split_at_verb(x, r);
	r->post.s = r->post.e = r->c->xe;
}

static void
verb_before_examples(ExState *x, FigRead *r)
{
	size_t		first = r->hi;

	if (piece_empty(r->pred))
		return;
	for (size_t k = r->lo; k + 3 <= r->hi; k++)
		if (x->clean[k] == "、"[0] && memcmp(x->clean + k, "、", 3) == 0)
		{
			first = k;
			break;
		}
	if (!r->to.deng || piece_empty(r->post) ||
		!(piece_empty(r->obj) || r->pred.s > first))
		return;
	r->pred = ex_find_pred(x, r->lo, first < r->pred.s ? first : r->lo, &r->pf);
	split_at_verb(x, r);
}

static void
negated_verb(ExState *x, FigRead *r)
{
	if ((r->pf & SHR_LX_COMPARE) && r->pred.s >= r->lo + 3 &&
		memcmp(x->clean + r->pred.s - 3, "不", 3) == 0)
	{
		r->pred.s -= 3;
		r->subj = ex_trim(x, r->lo, r->pred.s, &r->ts);
	}
}

static void
bare_verb_subject(ExState *x, FigRead *r)
{
	size_t		nb;
	const ShrLexEntry *lx;

	if (piece_empty(r->subj))
		return;
	lx = shr_lex_match(x->lex, x->clean + r->subj.s, r->subj.e - r->subj.s,
					   SHR_LX_PRED, &nb);
	if (lx != NULL && nb == r->subj.e - r->subj.s && !(lx->flags & SHR_LX_ADJ))
		r->subj.s = r->subj.e;
}

/*
 * 高速公路运营里程突破8400公里, 研发投入预计超1200亿元: a verb of doing
 * inside the noun (its object, if any, a character or two; or, without
 * one, glued to the noun before it) yields to a linking word next to the
 * number.
 *
 * 研发投入不低于2.5%: a verb of doing glued to the noun before it and
 * followed by a bound word (not a verb) before a rate is part of the
 * rate's name.  Without the bound word it may be a verb taking a share
 * (保交房完成95%).  Only a quantity doubles (财政科技投入翻一番).
 */
static void
doing_verb_in_noun(ExState *x, FigRead *r)
{
	unsigned	qf = 0;
	ExPiece		qp = pred_from_quals(x, r->c, &qf);

	if (!piece_empty(qp))
	{
		r->pred = qp;
		r->pf = qf;
		r->subj = ex_trim(x, r->lo, r->hi, &r->ts);
		r->obj.s = r->obj.e = r->hi;
	}
	else if (piece_empty(r->obj) && piece_empty(r->post) &&
			 !(r->pf & SHR_LX_CHANGE) &&
			 ((is_ratio_unit(x, &r->c->sc) && bound_before(r->c)) || r->c->doubling))
	{
		r->pred.s = r->pred.e = r->hi;
		r->pf = 0;
		r->subj = ex_trim(x, r->lo, r->hi, &r->ts);
	}
}

static void
verb_next_to_number(ExState *x, FigRead *r)
{
	if (piece_empty(r->pred))
		r->pred = pred_from_quals(x, r->c, &r->pf);
	else if (!(r->pf & SHR_LX_LINK) && !piece_empty(r->subj) &&
			 ex_piece_cps(x, r->obj) <= 2 &&
			 (!piece_empty(r->obj) ||
			  (r->subj.e == r->pred.s && r->pred.e == r->hi)))
		doing_verb_in_noun(x, r);
}

static void
list_keeps_verb(ExState *x, FigRead *r)
{
	if (piece_empty(r->pred) && r->list_item)
	{
		r->pred = r->prev->pred;
		r->pf = r->prev->pred_flags;
	}
}

/*
 * 重组200家省重点实验室: an unlisted verb before a counted noun.
 * 实施好102个…: a complement of the verb, not its object.
 */
static void
verb_before_noun(ExState *x, FigRead *r)
{
	if (piece_empty(r->post))
		return;
	if (piece_empty(r->pred) && !piece_empty(r->subj) &&
		ex_piece_cps(x, r->subj) <= 2 && !r->ts.deng)
	{
		r->pred = r->subj;
		r->pf = SHR_LX_PRED;
		r->subj.s = r->subj.e = r->pred.s;
	}
	else if (!piece_empty(r->obj) && ex_piece_cps(x, r->obj) == 1)
	{
		r->pred.e = r->obj.e;
		r->obj.s = r->obj.e = r->hi;
	}
}

static void
verb_after_noun(ExState *x, FigRead *r)
{
	size_t		nb;
	size_t		at = r->post.e;
	const ShrLexEntry *lx;

	if (!piece_empty(r->pred) || piece_empty(r->post))
		return;
	lx = shr_lex_match(x->lex, x->clean + at, r->lim - at, SHR_LX_PRED, &nb);
	if (lx == NULL &&
		shr_lex_match(x->lex, x->clean + at, r->lim - at, SHR_LX_STOP, &nb))
	{
		/* past an adverbial: 扎实推进 */
		at += nb;
		lx = shr_lex_match(x->lex, x->clean + at, r->lim - at, SHR_LX_PRED, &nb);
	}
	if (lx != NULL && !(lx->flags & SHR_LX_ADJ))
	{
		r->pred.s = at;
		r->pred.e = at + nb;
		r->pf = lx->flags;
	}
}

static void
doubling_verb(ExState *x, FigRead *r)
{
	if (piece_empty(r->pred) && r->c->doubling)
	{
		r->pred.s = r->c->s;
		r->pred.e = r->c->e;
		r->pf = SHR_LX_PRED | SHR_LX_CHANGE;
	}
}

static const MetricStep verb_steps[] = {
	{list_goes_on, "、高新技术企业6000家, 和1.7%: a later item of a list"},
	{verb_in_clause, "地区生产总值 达到 9.2万亿元: subject, verb, object"},
	{verb_of_rank, "增速 居 全国 第3位, 全国 排名 53位: the verb of a rank"},
	{split_word, "项目 分 三批开工: a word that divides"},
	{verb_before_examples, "黄河三角洲生态修复等230个: no verb inside the examples"},
	{negated_verb, "不低于当地标准的1.6倍: the negation is the verb's"},
	{bare_verb_subject, "增长、达357万辆: a bare verb before the verb names nothing"},
	{verb_next_to_number, "运营里程突破8400公里: the bound word is the verb"},
	{list_keeps_verb, "A、B 6000家: a later item of a list keeps the verb"},
	{verb_before_noun, "重组200家省重点实验室, 实施好102个: a verb before a counted noun"},
	{verb_after_noun, "3922个项目建成投产: the verb after the noun"},
	{doubling_verb, "财政科技投入翻一番: the doubling is the verb"},
};

/* ---- the metric steps, each described by its row of metric_steps ---- */

/*
 * 增速高于全国1.2个百分点: the base after the verb is no metric.  A bare
 * 增速 names the rate of the metric just before it.
 */
static void
metric_of_comparison(ExState *x, FigRead *r)
{
	ExCand	   *c = r->c;

	c->metric = r->subj;
	if (!piece_empty(r->subj) && ex_piece_cps(x, r->subj) <= 2 &&
		!piece_empty(r->sr->last) && ex_metric_is_change(x, r->subj))
	{
		c->metric = r->sr->last;
		c->metric_tail = r->subj;
	}
}

/*
 * Does the figure count the noun after it (7个高铁项目)?  A class before
 * the noun (957个 50户以上 农村木质房屋) says it does.
 */
static bool
counts_noun_after(ExState *x, const FigRead *r)
{
	return !piece_empty(r->post) &&
		(!piece_empty(r->c->noun) || ex_class_name(x, r->post.s) > 0 ||
		 (!piece_empty(r->pred) && !(r->pf & SHR_LX_LINK) && r->pred.s < r->c->s) ||
		 ((r->pf & SHR_LX_LINK) && piece_empty(r->obj) && r->pred.e == r->c->xs) ||
		 piece_empty(r->subj) || r->ts.deng || r->to.deng);
}

/*
 * 新增规上企业100家: the object of a verb of doing names the metric; else
 * the metric runs from the subject through the verb to the object's end.
 */
static void
metric_from_object(ExState *x, FigRead *r)
{
	ExCand	   *c = r->c;
	ExPiece		o = ex_after_deng(x, r->obj);

	if (piece_empty(r->subj))
		c->metric = o;
	else if (!(r->pf & SHR_LX_LINK) &&
			 (ex_piece_cps(x, o) >= 3 || ex_piece_cps(x, r->subj) > 8 ||
			  ex_has_list(x, r->subj.s, r->subj.e)))
		c->metric = o;
	else
	{
		c->metric.s = r->subj.s;
		c->metric.e = r->obj.e;
	}
}

static void
metric_of_figure(ExState *x, FigRead *r)
{
	ExCand	   *c = r->c;

	if (r->pf & SHR_LX_COMPARE)
		metric_of_comparison(x, r);
	else if (counts_noun_after(x, r))
	{
		c->metric = r->post;
		c->end = r->post.e;
		c->counted = true;
	}
	else if (!piece_empty(r->obj))
		metric_from_object(x, r);
	else
		c->metric = r->subj;
}

static void
head_after_de(ExState *x, FigRead *r)
{
	ExPiece    *m = &r->c->metric;

	if (ex_piece_cps(x, *m) <= 12)
		return;
	for (size_t k = m->e; k > m->s + 3; k--)
		if (memcmp(x->clean + k - 3, "的", 3) == 0)
		{
			if (k < m->e)
				m->s = k;
			break;
		}
}

/*
 * Does the figure's own verb of doing take no noun, and count other things
 * than the figure before it (航空旅客吞吐量3.2亿人次，完成5000万车次; 分三批
 * 推进)?  Its metric is then none rather than that figure's.  Of the same
 * things it goes on with them (播种面积3000万亩，新增202.9万亩), and after
 * no figure with the subject of the clause before (向困难群众发放补助，惠及
 * 1100多万人).
 */
static bool
verb_without_noun(const FigRead *r)
{
	return !piece_empty(r->pred) && r->pred.s >= r->cs &&
		((r->pf & SHR_LX_SPLIT) ||
		 ((r->pf & SHR_LX_PRED) && !(r->pf & SHR_LX_LINK))) &&
		piece_empty(r->subj) && piece_empty(r->obj) && piece_empty(r->post) &&
		!piece_empty(r->sr->last) &&
		r->sr->last_dim != shr_quantity_dim(&r->c->sc.q);
}

static void
carried_subject(ExState *x, FigRead *r)
{
	SentenceRead *sr = r->sr;
	int			before = r->c->clause - 1;

	if (!piece_empty(r->c->metric) || verb_without_noun(r))
		return;
	if (!piece_empty(sr->last))
	{
		r->c->metric = sr->last;
		return;
	}
	if (sr->carried_clause != before)
	{
		sr->carried = ex_clause_subject(x, before);
		sr->carried_clause = before;
	}
	r->c->metric = sr->carried;
}

/*
 * 提升1万个村卫生室, 改造提升高标准农田78万亩: a verb of change with an
 * object counts things; only a rate or share it moves is a change.
 */
static void
change_or_count(ExState *x, FigRead *r)
{
	ExCand	   *c = r->c;

	c->is_change = c->doubling ||
		(((r->pf & SHR_LX_CHANGE) != 0) && !c->counted &&
		 (piece_empty(r->obj) || is_ratio_unit(x, &c->sc))) ||
		ex_metric_is_change(x, !piece_empty(c->metric_tail) ?
							c->metric_tail : c->metric);
}

static void
remember_metric(ExState *x, FigRead *r)
{
	if (!piece_empty(r->c->metric))
	{
		r->sr->last = r->c->metric;
		r->sr->last_dim = shr_quantity_dim(&r->c->sc.q);
	}
}

static void
average_word(ExState *x, FigRead *r)
{
	ExCand	   *c = r->c;

	if (r->avg_at != SIZE_MAX && r->avg_at >= r->cs &&
		(r->avg_at + 6 == c->pred.s || r->avg_at + 6 == c->xs))
		ex_add_qual(c, r->avg_at, 6, NULL);
}

static const MetricStep metric_steps[] = {
	{metric_of_figure, "地区生产总值达到…, 7个高铁项目, 新增规上企业…: subject, noun or object"},
	{head_after_de, "科技创新和制造业发展的主要政策…: the head after the last 的"},
	{carried_subject, "地区生产总值达到9.2万亿元，增长6%: the subject carries over, "
	"not to a verb of doing without a noun (，完成5000万车次)"},
	{change_or_count, "增长6% is a change, 提升1万个村卫生室 a count"},
	{remember_metric, "…达到9.2万亿元，增长6%: the next clause may need it"},
	{average_word, "年均增长5.2%: 年均 right before the verb or number, not in 年均浓度"},
};

/* Read the verb and metric of the i-th figure. */
static void
read_figure(ExState *x, SentenceRead *sr, int i)
{
	FigRead		r;
	ExCand	   *c;

	read_around(x, sr, i, &r);
	if (r.prev != NULL && ex_only_separators(x, r.lo, r.hi))
	{
		read_list_member(x, &r);
		return;
	}
	for (size_t k = 0; k < sizeof(verb_steps) / sizeof(verb_steps[0]); k++)
		verb_steps[k].step(x, &r);
	c = r.c;
	c->pred = r.pred;
	c->pred_flags = r.pf;
	c->subject = r.subj;
	c->resp_word = r.ts.resp;
	c->shared_word = r.ts.shared;
	for (size_t k = 0; k < sizeof(metric_steps) / sizeof(metric_steps[0]); k++)
		metric_steps[k].step(x, &r);
}

void
ex_read_metrics(ExState *x)
{
	SentenceRead sr = {{0, 0}, -1, {0, 0}, -2,
	{"累计", 6, 0, SIZE_MAX}, {"年均", 6, 0, SIZE_MAX}};

	for (int i = 0; i < x->ncands; i++)
		read_figure(x, &sr, i);
	ex_read_lists(x);

	/*
	 * A place is no change, whatever its metric (增速居全国第3位); the
	 * places a rank moved by are one (提升3位).
	 */
	for (int i = 0; i < x->ncands; i++)
		if (x->cands[i].rank != EX_RANK_NONE)
			x->cands[i].is_change = x->cands[i].rank == EX_RANK_MOVE;
}
