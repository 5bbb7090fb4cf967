/*
 * metriclist.c
 *		Lists of figures: figures separated only by 、 or 和 share the verb
 *		of the first; with 分别 the items of the list's subject are dealt out
 *		to them in order, with 均/各 one figure stands for all the items; a
 *		count written right before the next counts the same noun.
 *
 * Runs once every figure of the sentence has been read (metric.c).
 */
#include <string.h>

#include "reader/metric_int.h"

/*
 * Head nouns a verb's noun ends with: an item ending so is a whole metric,
 * not a modifier of the next item's head (人数, 收入, 比重).
 */
static const char head_nouns[] = "数入重比模积价资出口人员户标度";

/*
 * The items of a list subject, one at a time: split at 、 (pass 0), and in
 * pass 1 also at 和/及/与 in the last item (A、B和C), never inside an
 * earlier one (普及率).  A walk reads the subject once, so dealing out a
 * list of any length costs time in proportion to its text.
 */
typedef struct ItemWalk
{
	ExPiece		subject;
	size_t		pos;			/* where the next item starts */
	size_t		last_dun;		/* the last 、 of the subject */
	int			pass;
	bool		done;
} ItemWalk;

/*
 * 提高11.1、11.2个百分点: a bare number in a list takes the magnitude and
 * unit of the member after it.
 */
static void
inherit_unit(ExCand *c, const ExCand *next)
{
	const ShrMagnitudeDef *m = shr_magnitude(next->sc.q.mag);
	ShrDecimal	d;
	ShrQuantity q;
	ShrError	e2;

	if (c->sc.has_unit || c->sc.is_range || c->sc.q.mag != SHR_MAG_NONE ||
		!next->sc.has_unit || c->doubling || m == NULL)
		return;
	d.coef = c->sc.q.coef;
	d.exp = c->sc.q.exp + m->exp;
	e2.status = SHR_OK;
	if (shr_quantity_make(d, next->sc.q.unit, next->sc.q.mag, &q, &e2) != SHR_OK)
		return;
	c->sc.q = q;
	c->sc.has_unit = true;
}

/*
 * 6.1万户14.2万名防返贫监测对象, 3批18项制度集成创新案例: a count written
 * right before the next, with nothing between, counts what the next counts
 * when that is the noun after it, and takes its verb if it has none.
 */
static void
share_counted_noun(ExCand *c, const ExCand *next)
{
	if (next->head != c->head || next->xs != c->xe ||
		next->metric.e <= next->metric.s || next->metric.s < next->xe)
		return;
	c->metric = next->metric;
	c->metric_tail = next->metric_tail;
	if (c->pred.e <= c->pred.s)
	{
		c->pred = next->pred;
		c->pred_flags = next->pred_flags;
	}
}

/* Start a walk over the items of subject. */
static void
walk_start(const ExState *x, ExPiece subject, int pass, ItemWalk *w)
{
	w->subject = subject;
	w->pos = subject.s;
	w->pass = pass;
	w->done = false;
	w->last_dun = subject.s;
	for (size_t i = subject.s; i + 3 <= subject.e; i++)
		if (x->clean[i] == "、"[0] && memcmp(x->clean + i, "、", 3) == 0)
			w->last_dun = i;
}

/* The next item, trimmed; false when the walk is over. */
static bool
walk_next(ExState *x, ItemWalk *w, ExPiece *item)
{
	size_t		s = w->pos;

	if (w->done)
		return false;
	for (size_t i = s; i <= w->subject.e;)
	{
		size_t		nb = 0;
		uint32_t	cp = i < w->subject.e ? ex_cp(x, i, &nb) : 0;
		bool		sep = (cp == SHR_CP_DUN) ||
			(w->pass == 1 && i > w->last_dun && ex_is_list_sep(cp));

		if (i == w->subject.e || sep)
		{
			TrimInfo	ti = {false, false, false};

			*item = ex_trim(x, s, i, &ti);
			w->done = (i == w->subject.e);
			w->pos = i + nb;
			return true;
		}
		i += nb ? nb : 1;
	}
	w->done = true;
	return false;
}

/*
 * How many items the subject has in a pass (counting stops past limit),
 * with its first and last.
 */
static int
walk_count(ExState *x, ExPiece subject, int pass, int limit, ExPiece *first,
		   ExPiece *last)
{
	ItemWalk	w;
	ExPiece		item;
	int			n = 0;

	walk_start(x, subject, pass, &w);
	while (walk_next(x, &w, &item))
	{
		if (n == 0)
			*first = item;
		*last = item;
		if (++n > limit)
			break;
	}
	return n;
}

/* Where the first member of clean[from, end) ends: at its first separator. */
static size_t
first_member_end(const ExState *x, size_t from, size_t end)
{
	size_t		nb;

	for (size_t q = from; q < end; q += nb)
	{
		if (ex_is_list_sep(ex_cp(x, q, &nb)))
			return q;
		if (nb == 0)
			break;
	}
	return end;
}

/*
 * 生活垃圾和污水治理率: a longer item that does not end like a head noun
 * shares the head of the last item that starts at a nominalised verb
 * (治理率, 增加值); the tail is that head.
 */
static void
verb_head(const ExState *x, const ExPiece *item, const ExPiece *last,
		  ExPiece *tail)
{
	size_t		nb;
	uint32_t	end = ex_cp_before(x, item->e, &nb);
	size_t		p;

	if (nb == 0 || ex_nominal(x, item->e - nb) || ex_cp_in(end, head_nouns))
		return;
	ex_cp(x, last->s, &nb);
	for (p = last->s + nb; p < last->e;)
	{
		size_t		vn;
		const ShrLexEntry *lx = shr_lex_match(x->lex, x->clean + p, last->e - p,
											  SHR_LX_PRED, &vn);

		if (lx != NULL && !(lx->flags & SHR_LX_ADJ) && p + vn < last->e &&
			ex_nominal(x, p + vn))
		{
			/* up to the end of the item, or of its first member */
			tail->s = p;
			tail->e = first_member_end(x, p + vn, last->e);
			return;
		}
		ex_cp(x, p, &nb);
		if (nb == 0)
			break;
		p += nb;
	}
}

/*
 * 城镇、农村居民人均可支配收入: a short item shares the head noun of the
 * last item, whose modifier has as many characters; the metric is then the
 * item followed by that head (城镇 + 居民人均可支配收入).
 */
static void
share_head(const ExState *x, const ExPiece *item, const ExPiece *last,
		   ExPiece *tail)
{
	size_t		n = ex_piece_cps(x, *item);
	size_t		p = last->s;

	tail->s = tail->e = 0;
	if (item->s == last->s || n == 0)
		return;
	if (n > 2)
	{
		verb_head(x, item, last, tail);
		return;
	}
	if (ex_piece_cps(x, *last) < n + 2)
		return;
	for (size_t k = 0; k < n; k++)
	{
		size_t		nb;

		ex_cp(x, p, &nb);
		p += nb;
	}
	tail->s = p;
	tail->e = last->e;
}

/* Do the n figures before head, in earlier clauses, all have a metric? */
static bool
earlier_metrics(const ExState *x, int head, int n)
{
	if (head < n || x->cands[head - n].clause >= x->cands[head].clause)
		return false;
	for (int k = head - n; k < head; k++)
		if (x->cands[k].metric.e == x->cands[k].metric.s)
			return false;
	return true;
}

/*
 * A占比78.7%，B占比62.6%，分别提高11.1、11.2个百分点: a list without a
 * subject deals out the metrics of the figures before it.
 */
static void
deal_earlier_metrics(ExState *x, int head, int n)
{
	for (int k = 0; k < n; k++)
	{
		ExCand	   *c = &x->cands[head + k];
		const ExCand *src = &x->cands[head - n + k];

		c->metric = src->metric;
		c->metric_tail = src->metric_tail;
		c->respectively = true;
	}
}

/* 城镇、农村居民人均可支配收入分别增长4.5%、6.6%: one item per figure. */
static void
deal_items(ExState *x, int head, int n, int pass, const ExPiece *last)
{
	ItemWalk	w;
	ExPiece		item;

	walk_start(x, x->cands[head].subject, pass, &w);
	for (int k = 0; k < n && walk_next(x, &w, &item); k++)
	{
		ExCand	   *c = &x->cands[head + k];

		c->metric = item;
		share_head(x, &item, last, &c->metric_tail);
		c->respectively = true;
		c->is_change = c->doubling ||
			((c->pred_flags & SHR_LX_CHANGE) && !c->counted) ||
			ex_metric_is_change(x, c->metric_tail.e > c->metric_tail.s ?
								c->metric_tail : item);
	}
}

/* Deal the items of a list subject out to the n figures of its list. */
static void
distribute(ExState *x, int head, int n)
{
	ExCand	   *h = &x->cands[head];
	ExPiece		first = {0, 0},
				last = {0, 0};
	int			pass;
	int			nitems = 0;

	for (pass = 0; pass < 2; pass++)
	{
		/* one figure for all needs the real last item: count them all */
		nitems = walk_count(x, h->subject, pass, n > 1 ? n : INT32_MAX,
							&first, &last);
		if (nitems >= n)
			break;
	}
	if (pass == 2)
		pass = 1;
	if (n > 1 && nitems == 1 && first.e == first.s &&
		earlier_metrics(x, head, n))
		deal_earlier_metrics(x, head, n);
	else if (n > 1 && nitems == n)
		deal_items(x, head, n, pass, &last);
	else if (n > 1)
	{
		for (int k = 0; k < n; k++)
			x->cands[head + k].respectively = true;
	}
	else if (nitems > 1)
	{
		/* A、B均增长5%: one figure for all, the first member names it */
		h->metric = first;
		share_head(x, &first, &last, &h->metric_tail);
		h->respectively = true;
	}
}

void
ex_read_lists(ExState *x)
{
	for (int i = 0; i < x->ncands;)
	{
		int			n = 1;
		ExCand	   *h = &x->cands[i];

		while (i + n < x->ncands && x->cands[i + n].head == i)
			n++;
		for (int k = n - 2; k >= 0; k--)
		{
			inherit_unit(&x->cands[i + k], &x->cands[i + k + 1]);
			share_counted_noun(&x->cands[i + k], &x->cands[i + k + 1]);
		}
		if (h->resp_word || (h->shared_word && n == 1))
			distribute(x, i, n);
		i += n;
	}
}
