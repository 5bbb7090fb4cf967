/*
 * metric.c
 *		What each figure of a sentence measures and how it is linked to it:
 *		the metric, the predicate, lists of figures, changes and totals.
 *
 * The figures of a sentence come in clauses (split at ，；：。).  Before a
 * figure stands, in its clause, "subject verb object": 地区生产总值 达到 …,
 * 新增 规上企业 …; after it may stand the noun it counts (7个 高铁项目).
 * A linking verb (达到, 增长, 占比) takes its subject as the metric; a verb
 * of doing (新增, 实施, 举办) takes its object, before or after the number.
 * A clause that starts with its verb carries the subject of the clause
 * before it.  Figures separated only by 、 or 和 form a list that shares
 * the head's verb; with 分别 the list's subjects are dealt out in order,
 * with 均/各 one figure stands for all of them.
 */
#include <string.h>

#include "reader/extract_int.h"
#include "vocab/words.h"


typedef struct TrimInfo
{
	bool		deng;			/* ended with 等: examples, not the metric */
	bool		resp;			/* 分别 */
	bool		shared;			/* 均/各 after a list */
} TrimInfo;

/* Code points in a piece. */
static size_t
piece_cps(const ExState *x, ExPiece p)
{
	size_t		e = p.e < x->n ? p.e : x->n;

	return p.s < e ? shr_utf8_count(x->clean + p.s, e - p.s) : 0;
}

static bool
is_digit(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

/* A list separator inside a phrase: 、 和 及 与. */
static bool
is_list_sep(uint32_t cp)
{
	return cp == SHR_CP_DUN || cp == 0x548C || cp == 0x53CA || cp == 0x4E0E;
}

/* Does [s, e) hold a list separator outside quotes? */
static bool
has_list(const ExState *x, size_t s, size_t e)
{
	for (size_t i = s; i < e;)
	{
		size_t		nb;
		uint32_t	cp = ex_cp(x, i, &nb);

		if (nb == 0)
			break;
		if (is_list_sep(cp))
			return true;
		i += nb;
	}
	return false;
}

/* Does the piece end with the UTF-8 word? */
static bool
ends_with(const ExState *x, ExPiece p, const char *w)
{
	size_t		n = strlen(w);

	return p.e - p.s >= n && memcmp(x->clean + p.e - n, w, n) == 0;
}

/* Is [s, e) nothing but list separators and spaces? */
static bool
only_separators(const ExState *x, size_t s, size_t e)
{
	for (size_t i = s; i < e;)
	{
		size_t		nb;
		uint32_t	cp = ex_cp(x, i, &nb);

		if (nb == 0)
			break;
		if (!is_list_sep(cp) && !shr_is_space(cp))
		{
			if (e - i >= 6 && memcmp(x->clean + i, "以及", 6) == 0)
			{
				i += 6;
				continue;
			}
			return false;
		}
		i += nb;
	}
	return true;
}

/*
 * Cut connectives, scope words and adverbials off both ends of a phrase
 * (其中, 全省, 2023年, 从…看 | 同比, 分别, 均), noting what they said.
 */
static ExPiece
trim(ExState *x, size_t s, size_t e, TrimInfo *ti)
{
	bool		changed = true;
	ExPiece		p;

	for (int guard = 0; changed && s < e && guard < 64; guard++)
	{
		size_t		nb;
		uint32_t	cp;
		const ShrLexEntry *lx;

		changed = false;
		cp = ex_cp(x, s, &nb);
		if (shr_is_space(cp) || shr_is_clause_break(cp) || cp == SHR_CP_DUN ||
			cp == 0x7684 || cp == '*' || cp == '#' || cp == '>' || cp == 0x2014 ||
			cp == 0xFF09 || cp == ')' || cp == 0x300B)
		{
			s += nb;
			changed = true;
			continue;
		}
		/* a date or period opening the phrase: 2023年, 1-11月 */
		if (is_digit(cp))
		{
			size_t		i = s;

			while (i < e)
			{
				uint32_t	c2 = ex_cp(x, i, &nb);

				if (!(is_digit(c2) || c2 == '-' || c2 == 0x2014 || c2 == 0xFF5E))
					break;
				i += nb;
			}
			cp = ex_cp(x, i, &nb);
			if (i < e && (cp == 0x5E74 || cp == 0x6708 || cp == 0x65E5))
			{
				s = i + nb;
				if (s + 3 <= e && memcmp(x->clean + s, "份", 3) == 0)
					s += 3;
				changed = true;
				continue;
			}
		}
		/* 从质量效益看 */
		if (cp == 0x4ECE)
		{
			for (size_t i = s + nb, k = 0; i < e && k < 12; k++)
			{
				size_t		n2;
				uint32_t	c2 = ex_cp(x, i, &n2);

				if (c2 == 0x770B)	/* 看 */
				{
					s = i + n2;
					changed = true;
					break;
				}
				i += n2;
			}
			if (changed)
				continue;
		}
		lx = shr_lex_match(x->lex, x->clean + s, e - s, SHR_LX_LEAD, &nb);
		if (lx != NULL && nb <= e - s)
		{
			if (lx->flags & SHR_LX_RESP)
				ti->resp = true;
			s += nb;
			changed = true;
			continue;
		}

		cp = ex_cp_before(x, e, &nb);
		if (shr_is_space(cp) || shr_is_clause_break(cp) || is_list_sep(cp) ||
			cp == 0x7684 /* 的 */ || cp == 0xFF08 || cp == '(' ||
			cp == 0x201C || cp == 0x300A)
		{
			e -= nb;
			changed = true;
			continue;
		}
		if (cp == 0x7B49)		/* 等 */
		{
			e -= nb;
			ti->deng = true;
			changed = true;
			continue;
		}
		lx = shr_lex_match_end(x->lex, x->clean + s, e - s, SHR_LX_TRAIL, &nb);
		if (lx != NULL && nb <= e - s)
		{
			/*
			 * 人均 is no 均: only after a list does 均/各 share a figure;
			 * alone (…均为100%) it is just dropped.
			 */
			if ((lx->flags & SHR_LX_SHARED) && nb < e - s && !has_list(x, s, e - nb))
				break;
			if (lx->flags & SHR_LX_RESP)
				ti->resp = true;
			if (lx->flags & SHR_LX_SHARED)
				ti->shared = true;
			e -= nb;
			changed = true;
			continue;
		}
		/* 比上年, 较2023年: the base of a comparison */
		{
			size_t		i = e;

			for (int k = 0; k < 10 && i > s; k++)
			{
				uint32_t	c2 = ex_cp_before(x, i, &nb);

				i -= nb;
				if ((c2 == 0x6BD4 || c2 == 0x8F83) && i > s)	/* 比 较 */
				{
					ExPiece		tail = {i, e};

					if (ends_with(x, tail, "年") || ends_with(x, tail, "同期") ||
						ends_with(x, tail, "水平") || ends_with(x, tail, "年初") ||
						ends_with(x, tail, "年末"))
					{
						e = i;
						changed = true;
					}
					break;
				}
			}
		}
	}
	/* a quotation mark left without its partner */
	if (s < e)
	{
		size_t		nb;
		int			open = 0,
					close = 0;

		for (size_t i = s; i < e;)
		{
			uint32_t	cp = ex_cp(x, i, &nb);

			if (nb == 0)
				break;
			open += (cp == 0x201C);
			close += (cp == 0x201D);
			i += nb;
		}
		if (open > close && ex_cp_before(x, e, &nb) == 0x201C)
			e -= nb;
		if (close > open && ex_cp(x, s, &nb) == 0x201D)
			s += nb;
	}
	p.s = s;
	p.e = e > s ? e : s;
	return p;
}

/*
 * The rightmost predicate in [lo, hi): a linking or doing verb.  Words
 * that are predicates only next to a number (达, 为, 占) count only at hi.
 */
/*
 * Is the verb at [s, e) the head of a noun (发布会, 保障性, 增长点)?  Then
 * a suffix follows it directly.
 */
static bool
nominal(const ExState *x, size_t e)
{
	static const uint32_t suffixes[] = {
		0x6027, 0x7387, 0x4F1A, 0x91CF, 0x989D, 0x503C, 0x8005, 0x4E1A,
		0x8D39, 0x6B3E, 0x7AD9, 0x533A, 0x56ED, 0x5382, 0x54C1, 0x578B,
		0x5F0F, 0x6743, 0x9762, 0x5EA6, 0x70B9, 0x7F51, 0x91D1, 0x5F3A,
		0x7528
	};							/* 性率会量额值者业费款站区园厂品型式权面度点网金强用 */
	size_t		nb;
	uint32_t	cp = ex_cp(x, e, &nb);

	for (size_t i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++)
		if (suffixes[i] == cp)
			return true;
	return false;
}

static ExPiece
find_pred_depth(ExState *x, size_t lo, size_t hi, unsigned *flags, int depth)
{
	ExPiece		none = {hi, hi};
	size_t		p = hi;

	for (int steps = 0; p > lo && steps < 48; steps++)
	{
		size_t		nb;
		const ShrLexEntry *lx = shr_lex_match_end(x->lex, x->clean + lo, p - lo,
												  SHR_LX_PRED, &nb);

		if (lx != NULL && (!(lx->flags & SHR_LX_ADJ) || p == hi) &&
			(p == hi || !nominal(x, p)))
		{
			ExPiece		r = {p - nb, p};
			unsigned	fl = lx->flags;
			uint32_t	before;
			size_t		b1,
						b2;

			/*
			 * 完成中小河流治理500公里: a verb of doing right before the
			 * number after another verb and its object is a nominalised
			 * part of that object.
			 */
			if (p == hi && !(lx->flags & SHR_LX_LINK) && r.s > lo && depth == 0)
			{
				unsigned	f2 = 0;
				ExPiece		earlier = find_pred_depth(x, lo, r.s, &f2, 1);

				if (earlier.e > earlier.s && earlier.e < r.s &&
					!(f2 & SHR_LX_ADJ))
				{
					*flags = f2;
					return earlier;
				}
			}

			/* 恢复至41条: a verb with 至/到 right before the number */
			if (r.e + 3 == hi &&
				(memcmp(x->clean + r.e, "至", 3) == 0 ||
				 memcmp(x->clean + r.e, "到", 3) == 0))
			{
				r.e += 3;
				fl = (fl | SHR_LX_LINK) & ~(unsigned) SHR_LX_CHANGE;
			}

			/* 新培育, 新建: the 新 of a verb opening its clause is the verb's */
			before = ex_cp_before(x, r.s, &b1);
			if (before == 0x65B0 && memcmp(x->clean + r.s, "新", 3) != 0)
			{
				uint32_t	b = ex_cp_before(x, r.s - b1, &b2);

				if (r.s - b1 == lo || b == 0 || shr_is_clause_break(b) ||
					shr_is_space(b) || b == SHR_CP_DUN)
					r.s -= b1;
			}
			*flags = fl;
			return r;
		}
		ex_cp_before(x, p, &nb);
		if (nb == 0)
			break;
		p -= nb;
	}
	*flags = 0;
	return none;
}

static ExPiece
find_pred(ExState *x, size_t lo, size_t hi, unsigned *flags)
{
	return find_pred_depth(x, lo, hi, flags, 0);
}

/* After examples ending in 等, the noun they exemplify: A、B等促消费活动. */
static ExPiece
after_deng(const ExState *x, ExPiece p)
{
	ExPiece		r = p;

	for (size_t i = p.s; i + 3 <= p.e; i++)
		if (memcmp(x->clean + i, "等", 3) == 0 && i + 3 < p.e)
			r.s = i + 3;
	return r;
}

/*
 * The noun phrase right after a figure (7个 高铁项目), up to the clause's
 * end, a verb, an adverbial or lim.
 */
static ExPiece
post_noun(ExState *x, size_t s, size_t lim)
{
	ExPiece		r = {s, s};
	size_t		p = s;
	size_t		nb;
	uint32_t	cp;
	int			k = 0;

	if (lim > x->n)
		lim = x->n;
	cp = ex_cp(x, p, &nb);
	if (cp == 0x7684)			/* 的 */
		p += nb;
	r.s = p;
	while (p < lim && k < 20)
	{
		const ShrLexEntry *lx;
		size_t		wn;

		cp = ex_cp(x, p, &nb);
		if (cp == 0x201C)
		{
			/* 17支“4+1”专项基金: a quoted name is one word of the noun */
			const char *q = memchr(x->clean + p, 0xE2, lim - p > 64 ? 64 : lim - p);
			size_t		n2;

			while (q != NULL && ex_cp(x, (size_t) (q - x->clean), &n2) != 0x201D)
			{
				size_t		at = (size_t) (q - x->clean) + 1;
				size_t		end = p + 64 < lim ? p + 64 : lim;

				q = at < end ? memchr(x->clean + at, 0xE2, end - at) : NULL;
			}
			if (q != NULL)
			{
				p = (size_t) (q - x->clean) + n2;
				k++;
				continue;
			}
		}
		if (nb == 0 || shr_is_clause_break(cp) || shr_is_space(cp) || cp == SHR_CP_DUN ||
			is_digit(cp) || cp == 0xFF08 || cp == '(' || cp == 0xFF09 || cp == ')')
			break;
		if (!((cp >= 0x4E00 && cp <= 0x9FFF) || cp == 0x201C || cp == 0x201D ||
			  (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')))
			break;
		lx = shr_lex_match(x->lex, x->clean + p, lim - p, SHR_LX_STOP, &wn);
		if (lx != NULL && nominal(x, p + wn))
			lx = NULL;
		/* 10个国家级和10个省级…: the noun is shared with the next figure */
		if (lx == NULL && is_list_sep(cp) && p > r.s)
		{
			size_t		n2;

			if (is_digit(ex_cp(x, p + nb, &n2)))
				break;
		}
		if (lx != NULL)
			break;
		p += nb;
		k++;
	}
	r.e = p;
	{
		TrimInfo	ti = {false, false, false};

		if (r.e > r.s)
			r = trim(x, r.s, r.e, &ti);
	}
	return r;
}

/* The subject of the clause before: its words up to its first verb. */
static ExPiece
clause_subject(ExState *x, int clause)
{
	ExPiece		none = {0, 0};
	size_t		cs,
				ce;

	if (clause < 0)
		return none;
	cs = ex_clause_start(x, clause);
	ce = ex_clause_end(x, clause);
	for (size_t i = cs; i < ce;)
	{
		size_t		nb;
		const ShrLexEntry *lx = shr_lex_match(x->lex, x->clean + i, ce - i,
											  SHR_LX_PRED, &nb);

		if (lx != NULL && !(lx->flags & SHR_LX_ADJ) && i > cs)
		{
			TrimInfo	ti = {false, false, false};
			ExPiece		p = trim(x, cs, i, &ti);

			if (piece_cps(x, p) > 16)
				return none;
			return p;
		}
		ex_cp(x, i, &nb);
		if (nb == 0)
			break;
		i += nb;
	}
	return none;
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

/* A metric that names a change by itself: 涨幅, 增速. */
static bool
metric_is_change(const ExState *x, ExPiece m)
{
	static const ShrWord ends[] = {
		{SHR_WORD("涨幅")}, {SHR_WORD("增速")}, {SHR_WORD("增幅")},
		{SHR_WORD("降幅")}, {SHR_WORD("增长率")}, {SHR_WORD("增长")}
	};

	/*
	 * Called for nearly every figure: the last byte rules out most words
	 * before any call.
	 */
	for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]); i++)
	{
		size_t		n = ends[i].len;

		if (m.e - m.s >= n && x->clean[m.e - 1] == ends[i].word[n - 1] &&
			memcmp(x->clean + m.e - n, ends[i].word, n) == 0)
			return true;
	}
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
 * 生活垃圾和污水治理率: a longer item that does not end like a head noun
 * shares the head of the last item that starts at a nominalised verb
 * (治理率, 增加值); the tail is that head.
 */
static void
verb_head(const ExState *x, const ExPiece *item, const ExPiece *last,
		  ExPiece *tail)
{
	static const uint32_t heads[] = {
		0x6570, 0x5165, 0x91CD, 0x6BD4, 0x6A21, 0x79EF, 0x4EF7, 0x8D44,
		0x51FA, 0x53E3, 0x4EBA, 0x5458, 0x6237, 0x6807, 0x5EA6
	};							/* 数入重比模积价资出口人员户标度 */
	size_t		nb;
	uint32_t	end = ex_cp_before(x, item->e, &nb);
	size_t		p;

	if (nb == 0 || nominal(x, item->e - nb))
		return;
	for (size_t i = 0; i < sizeof(heads) / sizeof(heads[0]); i++)
		if (heads[i] == end)
			return;
	ex_cp(x, last->s, &nb);
	for (p = last->s + nb; p < last->e;)
	{
		size_t		vn;
		const ShrLexEntry *lx = shr_lex_match(x->lex, x->clean + p, last->e - p,
											  SHR_LX_PRED, &vn);

		if (lx != NULL && !(lx->flags & SHR_LX_ADJ) && p + vn < last->e &&
			nominal(x, p + vn))
		{
			/* up to the end of the item, or of its first member */
			tail->s = p;
			tail->e = last->e;
			for (size_t q = p + vn; q < last->e; q += nb)
			{
				if (is_list_sep(ex_cp(x, q, &nb)))
				{
					tail->e = q;
					break;
				}
				if (nb == 0)
					break;
			}
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
	size_t		n = piece_cps(x, *item);
	size_t		p = last->s;

	tail->s = tail->e = 0;
	if (item->s == last->s || n == 0)
		return;
	if (n > 2)
	{
		verb_head(x, item, last, tail);
		return;
	}
	if (piece_cps(x, *last) < n + 2)
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
			(w->pass == 1 && i > w->last_dun &&
			 (cp == 0x548C || cp == 0x53CA || cp == 0x4E0E));

		if (i == w->subject.e || sep)
		{
			TrimInfo	ti = {false, false, false};

			*item = trim(x, s, i, &ti);
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

/* Deal the items of a list subject out to the n figures of its list. */
static void
distribute(ExState *x, int head, int n)
{
	ExCand	   *h = &x->cands[head];
	ExPiece		first = {0, 0},
				last = {0, 0};
	int			pass = 0;
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
	{
		/*
		 * A占比78.7%，B占比62.6%，分别提高11.1、11.2个百分点: a list
		 * without a subject deals out the metrics of the figures before it.
		 */
		for (int k = 0; k < n; k++)
		{
			ExCand	   *c = &x->cands[head + k];
			const ExCand *src = &x->cands[head - n + k];

			c->metric = src->metric;
			c->metric_tail = src->metric_tail;
			c->respectively = true;
		}
	}
	else if (n > 1 && nitems == n)
	{
		ItemWalk	w;
		ExPiece		item;

		walk_start(x, h->subject, pass, &w);
		for (int k = 0; k < n && walk_next(x, &w, &item); k++)
		{
			ExCand	   *c = &x->cands[head + k];

			c->metric = item;
			share_head(x, &item, &last, &c->metric_tail);
			c->respectively = true;
			c->is_change = c->doubling ||
				((c->pred_flags & SHR_LX_CHANGE) && !c->counted) ||
				metric_is_change(x, c->metric_tail.e > c->metric_tail.s ?
								 c->metric_tail : item);
		}
	}
	else if (n > 1)
	{
		for (int k = 0; k < n; k++)
			x->cands[head + k].respectively = true;
	}
	else if (nitems > 1)
	{
		/* one figure for all: the first member names it */
		h->metric = first;
		share_head(x, &first, &last, &h->metric_tail);
		h->respectively = true;
	}
}

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

/* Where the word last stands before clean[upto], or SIZE_MAX. */
static size_t
word_before(const ExState *x, WordScan *w, size_t upto)
{
	while (w->scan + w->len <= upto)
	{
		const char *hit = memchr(x->clean + w->scan, w->word[0],
								 upto - w->len + 1 - w->scan);
		size_t		to = hit ? (size_t) (hit - x->clean) : upto - w->len + 1;

		*x->work += to - w->scan + 1;
		w->scan = to;
		if (hit == NULL)
			break;
		if (memcmp(hit, w->word, w->len) == 0)
			w->at = w->scan;
		w->scan++;
	}
	return w->at;
}

void
ex_read_metrics(ExState *x)
{
	ExPiece		last = {0, 0};
	ExPiece		carried = {0, 0};
	int			carried_clause = -2;
	WordScan	cum = {"累计", 6, 0, SIZE_MAX};
	WordScan	avg = {"年均", 6, 0, SIZE_MAX};

	for (int i = 0; i < x->ncands; i++)
	{
		ExCand	   *c = &x->cands[i];
		ExCand	   *prev = (i > 0 && x->cands[i - 1].clause == c->clause) ?
			&x->cands[i - 1] : NULL;
		size_t		cs = ex_clause_start(x, c->clause);
		size_t		ce = ex_clause_end(x, c->clause);
		size_t		lo = prev && prev->end > cs ? prev->end : cs;
		size_t		hi = c->xs > lo ? c->xs : lo;
		size_t		lim = (i + 1 < x->ncands && x->cands[i + 1].xs < ce) ?
			x->cands[i + 1].xs : ce;
		ExPiece		post = post_noun(x, c->xe, lim);
		ExPiece		pred,
					subj,
					obj;
		unsigned	pf = 0;
		TrimInfo	ts = {false, false, false},
					to = {false, false, false};
		bool		list_item = false;

		size_t		avg_at;

		/*
		 * 累计 in the clause before the figure makes it cumulative; 年均
		 * (年均增长5.2%: an average over years, not the year's own value)
		 * is kept as a qualifier word of the figure.
		 */
		c->cumulative = word_before(x, &cum, c->s) != SIZE_MAX && cum.at >= cs;
		avg_at = word_before(x, &avg, c->s);
		c->end = c->xe;

		if (prev != NULL && only_separators(x, lo, hi))
		{
			/* a member of a list: the head's verb, its own noun if any */
			ExCand	   *h = &x->cands[prev->head];

			c->head = prev->head;
			c->pred = h->pred;
			c->pred_flags = h->pred_flags;
			c->cumulative |= h->cumulative;
			c->metric = post.e > post.s ? post : h->metric;
			if (post.e > post.s)
				c->end = post.e;
			c->is_change = c->doubling ||
				((c->pred_flags & SHR_LX_CHANGE) != 0) ||
				metric_is_change(x, c->metric);
			if (c->metric.e > c->metric.s)
				last = c->metric;
			continue;
		}

		if (prev != NULL)
		{
			/* 、高新技术企业6000家, 和1.7%: a list goes on */
			size_t		nb;
			uint32_t	cp = ex_cp(x, lo, &nb);

			while (lo < hi && (is_list_sep(cp) || shr_is_space(cp)))
			{
				list_item = true;
				lo += nb;
				cp = ex_cp(x, lo, &nb);
			}
		}
		pred = find_pred(x, lo, hi, &pf);
		if (pred.e > pred.s)
		{
			size_t		first = hi;

			subj = trim(x, lo, pred.s, &ts);
			obj = trim(x, pred.e, hi, &to);

			/*
			 * 黄河三角洲生态修复等230个, 加快A、B整治、C等3100个: a verb
			 * inside the examples is not the predicate; look before them.
			 */
			for (size_t k = lo; k + 3 <= hi; k++)
				if (x->clean[k] == "、"[0] && memcmp(x->clean + k, "、", 3) == 0)
				{
					first = k;
					break;
				}
			if (to.deng && post.e > post.s &&
				(obj.e == obj.s || pred.s > first))
			{
				pred = find_pred(x, lo, first < pred.s ? first : lo, &pf);
				if (pred.e > pred.s)
				{
					subj = trim(x, lo, pred.s, &ts);
					obj = trim(x, pred.e, hi, &to);
				}
				else
				{
					pred.s = pred.e = hi;
					pf = 0;
					subj = trim(x, lo, hi, &ts);
					obj.s = obj.e = hi;
				}
			}
		}
		else
		{
			subj = trim(x, lo, hi, &ts);
			obj.s = obj.e = hi;
		}
		if ((pf & SHR_LX_COMPARE) && pred.s >= lo + 3 &&
			memcmp(x->clean + pred.s - 3, "不", 3) == 0)
		{
			/* 不低于当地标准的1.6倍: the negation is the verb's */
			pred.s -= 3;
			subj = trim(x, lo, pred.s, &ts);
		}
		if (subj.e > subj.s)
		{
			/* 增长、达357万辆: a bare verb left of the verb names nothing */
			size_t		nb;
			const ShrLexEntry *lx = shr_lex_match(x->lex, x->clean + subj.s,
												  subj.e - subj.s, SHR_LX_PRED, &nb);

			if (lx != NULL && nb == subj.e - subj.s && !(lx->flags & SHR_LX_ADJ))
				subj.s = subj.e;
		}
		if (pred.e == pred.s)
			pred = pred_from_quals(x, c, &pf);
		else if (!(pf & SHR_LX_LINK) && subj.e > subj.s &&
				 (piece_cps(x, obj) <= 2 &&
				  (obj.e > obj.s || (subj.e == pred.s && pred.e == hi))))
		{
			/*
			 * 高速公路运营里程突破8400公里, 研发投入预计超1200亿元: a verb of
			 * doing inside the noun (its object, if any, a character or two;
			 * or, without one, glued to the noun before it) yields to a
			 * linking word next to the number.
			 */
			unsigned	qf = 0;
			ExPiece		qp = pred_from_quals(x, c, &qf);

			if (qp.e > qp.s)
			{
				pred = qp;
				pf = qf;
				subj = trim(x, lo, hi, &ts);
				obj.s = obj.e = hi;
			}
			else if (obj.e == obj.s && post.e == post.s &&
					 !(pf & SHR_LX_CHANGE) &&
					 ((is_ratio_unit(x, &c->sc) && bound_before(c)) || c->doubling))
			{
				/*
				 * 研发投入不低于2.5%: a verb of doing glued to the noun before
				 * it and followed by a bound word (not a verb) before a rate
				 * is part of the rate's name.  Without the bound word it may
				 * be a verb taking a share (保交房完成95%).  Only a
				 * quantity doubles (财政科技投入翻一番).
				 */
				pred.s = pred.e = hi;
				pf = 0;
				subj = trim(x, lo, hi, &ts);
			}
		}
		if (pred.e == pred.s && list_item)
		{
			/* A、B 6000家: a later item of a list keeps the verb */
			pred = prev->pred;
			pf = prev->pred_flags;
		}
		if (pred.e == pred.s && post.e > post.s && subj.e > subj.s &&
			piece_cps(x, subj) <= 2 && !ts.deng)
		{
			/* 重组200家省重点实验室: an unlisted verb before a counted noun */
			pred = subj;
			pf = SHR_LX_PRED;
			subj.s = subj.e = pred.s;
		}
		else if (obj.e > obj.s && piece_cps(x, obj) == 1 && post.e > post.s)
		{
			/* 实施好102个…: a complement of the verb, not its object */
			pred.e = obj.e;
			obj.s = obj.e = hi;
		}
		if (pred.e == pred.s && post.e > post.s)
		{
			/* 3922个项目建成投产: the verb after the noun */
			size_t		nb;
			size_t		at = post.e;
			const ShrLexEntry *lx = shr_lex_match(x->lex, x->clean + at,
												  lim - at, SHR_LX_PRED, &nb);

			if (lx == NULL &&
				shr_lex_match(x->lex, x->clean + at, lim - at, SHR_LX_STOP, &nb))
			{
				/* past an adverbial: 扎实推进 */
				at += nb;
				lx = shr_lex_match(x->lex, x->clean + at, lim - at, SHR_LX_PRED, &nb);
			}
			if (lx != NULL && !(lx->flags & SHR_LX_ADJ))
			{
				pred.s = at;
				pred.e = at + nb;
				pf = lx->flags;
			}
		}
		if (pred.e == pred.s && c->doubling)
		{
			pred.s = c->s;
			pred.e = c->e;
			pf = SHR_LX_PRED | SHR_LX_CHANGE;
		}
		c->pred = pred;
		c->pred_flags = pf;
		c->subject = subj;
		c->resp_word = ts.resp;
		c->shared_word = ts.shared;

		if (pf & SHR_LX_COMPARE)
		{
			/*
			 * 增速高于全国1.2个百分点: the base after the verb is no metric.
			 * A bare 增速 names the rate of the metric just before it.
			 */
			c->metric = subj;
			if (subj.e > subj.s && piece_cps(x, subj) <= 2 && last.e > last.s &&
				metric_is_change(x, subj))
			{
				c->metric = last;
				c->metric_tail = subj;
			}
		}
		else if (post.e > post.s &&
				 ((pred.e > pred.s && !(pf & SHR_LX_LINK) && pred.s < c->s) ||
				  ((pf & SHR_LX_LINK) && obj.e == obj.s && pred.e == c->xs) ||
				  subj.e == subj.s || ts.deng || to.deng))
		{
			/* the figure counts the noun after it: 7个高铁项目 */
			c->metric = post;
			c->end = post.e;
			c->counted = true;
		}
		else if (obj.e > obj.s)
		{
			ExPiece		o = after_deng(x, obj);

			if (subj.e == subj.s)
				c->metric = o;
			else if (!(pf & SHR_LX_LINK) &&
					 (piece_cps(x, o) >= 3 || piece_cps(x, subj) > 8 ||
					  has_list(x, subj.s, subj.e)))
				c->metric = o;
			else
			{
				c->metric.s = subj.s;
				c->metric.e = obj.e;
			}
		}
		else
			c->metric = subj;

		if (piece_cps(x, c->metric) > 12)
		{
			/* 科技创新和制造业发展的主要政策…: the head after the last 的 */
			for (size_t k = c->metric.e; k > c->metric.s + 3; k--)
				if (memcmp(x->clean + k - 3, "的", 3) == 0)
				{
					if (k < c->metric.e)
						c->metric.s = k;
					break;
				}
		}
		if (c->metric.e == c->metric.s)
		{
			/* 地区生产总值达到9.2万亿元，增长6%: the subject carries over */
			if (last.e > last.s)
				c->metric = last;
			else
			{
				if (carried_clause != c->clause - 1)
				{
					carried = clause_subject(x, c->clause - 1);
					carried_clause = c->clause - 1;
				}
				c->metric = carried;
			}
		}
		/*
		 * 提升1万个村卫生室, 改造提升高标准农田78万亩: a verb of change with
		 * an object counts things; only a rate or share it moves is a change.
		 */
		c->is_change = c->doubling ||
			(((pf & SHR_LX_CHANGE) != 0) && !c->counted &&
			 (obj.e == obj.s || is_ratio_unit(x, &c->sc))) ||
			metric_is_change(x, c->metric_tail.e > c->metric_tail.s ?
							 c->metric_tail : c->metric);
		if (c->metric.e > c->metric.s)
			last = c->metric;
		/* 年均 right before the verb or the number, not in 年均浓度 */
		if (avg_at != SIZE_MAX && avg_at >= cs &&
			(avg_at + 6 == c->pred.s || avg_at + 6 == c->xs))
			ex_add_qual(c, avg_at, 6, NULL);
	}

	/* lists: deal out subjects to members (分别), or one for all (均) */
	for (int i = 0; i < x->ncands;)
	{
		int			n = 1;
		ExCand	   *h = &x->cands[i];

		while (i + n < x->ncands && x->cands[i + n].head == i)
			n++;
		for (int k = n - 2; k >= 0; k--)
			inherit_unit(&x->cands[i + k], &x->cands[i + k + 1]);
		if (h->resp_word || (h->shared_word && n == 1))
			distribute(x, i, n);
		i += n;
	}
}
