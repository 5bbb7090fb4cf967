/*
 * phrase.c
 *		The phrases of a clause that the metric reader reads a figure from:
 *		trimmed noun phrases, the verb before a figure, the noun after it,
 *		the subject of a clause.
 *
 * Trimming is a table of rules, each cutting one kind of word off one end
 * of a phrase (其中 | 同比); they are tried in order until none cuts, so a
 * new kind of word to cut is a new row.
 */
#include <string.h>

#include "reader/metric_int.h"
#include "vocab/words.h"

/* Endings of a nominalised verb: 发布会, 保障性, 增长点. */
static const char noun_suffixes[] = "性率会量额值者业费款站区园厂品型式权面度点网金强用";

/* What ends the base of a comparison: 比上年, 较2023年, 比去年同期. */
static const char *const comparison_bases[] = {"年", "同期", "水平", "年初", "年末"};

/* A phrase being trimmed. */
typedef struct Trimming
{
	size_t		s;
	size_t		e;
	uint32_t	cp;				/* the character a rule looks at, see ex_trim */
	size_t		nb;				/* its length */
	TrimInfo   *ti;
} Trimming;

typedef enum TrimCut
{
	TRIM_NONE,					/* the rule does not apply */
	TRIM_CUT,					/* it cut a word: start over */
	TRIM_STOP					/* the phrase must stay as it is */
} TrimCut;

typedef struct TrimRule
{
	TrimCut		(*cut) (ExState *x, Trimming *t);
	const char *example;		/* what it cuts */
} TrimRule;

size_t
ex_piece_cps(const ExState *x, ExPiece p)
{
	size_t		e = p.e < x->n ? p.e : x->n;

	return p.s < e ? shr_utf8_count(x->clean + p.s, e - p.s) : 0;
}

bool
ex_has_list(const ExState *x, size_t s, size_t e)
{
	for (size_t i = s; i < e;)
	{
		size_t		nb;
		uint32_t	cp = ex_cp(x, i, &nb);

		if (nb == 0)
			break;
		if (ex_is_list_sep(cp))
			return true;
		i += nb;
	}
	return false;
}

bool
ex_only_separators(const ExState *x, size_t s, size_t e)
{
	for (size_t i = s; i < e;)
	{
		size_t		nb;
		uint32_t	cp = ex_cp(x, i, &nb);

		if (nb == 0)
			break;
		if (!ex_is_list_sep(cp) && !shr_is_space(cp))
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

/* Does the piece end with the UTF-8 word? */
static bool
ends_with(const ExState *x, ExPiece p, const char *w)
{
	size_t		n = strlen(w);

	return p.e - p.s >= n && memcmp(x->clean + p.e - n, w, n) == 0;
}

/* The rules; each is described by its row of lead_rules or trail_rules. */

static TrimCut
lead_mark(ExState *x, Trimming *t)
{
	if (!shr_is_space(t->cp) && !shr_is_clause_break(t->cp) &&
		!ex_cp_in(t->cp, "、的*#>—）)》"))
		return TRIM_NONE;
	t->s += t->nb;
	return TRIM_CUT;
}

/*
 * A number that opens no date leaves the rules after this one looking at
 * the character after it, not at the start.
 */
static TrimCut
lead_date(ExState *x, Trimming *t)
{
	size_t		i = t->s,
				nb;

	if (!ex_is_digit(t->cp))
		return TRIM_NONE;
	while (i < t->e)
	{
		uint32_t	c2 = ex_cp(x, i, &nb);

		if (!ex_is_digit(c2) && !ex_cp_in(c2, "-—～"))
			break;
		i += nb;
	}
	t->cp = ex_cp(x, i, &t->nb);
	if (i >= t->e || !ex_cp_in(t->cp, "年月日"))
		return TRIM_NONE;
	t->s = i + t->nb;
	if (t->s + 3 <= t->e && memcmp(x->clean + t->s, "份", 3) == 0)
		t->s += 3;
	return TRIM_CUT;
}

static TrimCut
lead_view(ExState *x, Trimming *t)
{
	if (t->cp != EX_CH("从"))
		return TRIM_NONE;
	for (size_t i = t->s + t->nb, k = 0; i < t->e && k < 12; k++)
	{
		size_t		n2;

		if (ex_cp(x, i, &n2) == EX_CH("看"))
		{
			t->s = i + n2;
			return TRIM_CUT;
		}
		i += n2;
	}
	return TRIM_NONE;
}

static TrimCut
lead_word(ExState *x, Trimming *t)
{
	size_t		nb;
	const ShrLexEntry *lx = shr_lex_match(x->lex, x->clean + t->s, t->e - t->s,
										  SHR_LX_LEAD, &nb);

	if (lx == NULL || nb > t->e - t->s)
		return TRIM_NONE;
	if (lx->flags & SHR_LX_RESP)
		t->ti->resp = true;
	t->s += nb;
	return TRIM_CUT;
}

static TrimCut
trail_mark(ExState *x, Trimming *t)
{
	if (!shr_is_space(t->cp) && !shr_is_clause_break(t->cp) &&
		!ex_is_list_sep(t->cp) && !ex_cp_in(t->cp, "的（(“《"))
		return TRIM_NONE;
	t->e -= t->nb;
	return TRIM_CUT;
}

static TrimCut
trail_deng(ExState *x, Trimming *t)
{
	if (t->cp != EX_CH("等"))
		return TRIM_NONE;
	t->e -= t->nb;
	t->ti->deng = true;
	return TRIM_CUT;
}

static TrimCut
trail_word(ExState *x, Trimming *t)
{
	size_t		nb;
	const ShrLexEntry *lx = shr_lex_match_end(x->lex, x->clean + t->s, t->e - t->s,
											  SHR_LX_TRAIL, &nb);

	if (lx == NULL || nb > t->e - t->s)
		return TRIM_NONE;

	/*
	 * 人均 is no 均: only after a list does 均/各 share a figure; alone
	 * (…均为100%) it is just dropped.
	 */
	if ((lx->flags & SHR_LX_SHARED) && nb < t->e - t->s &&
		!ex_has_list(x, t->s, t->e - nb))
		return TRIM_STOP;
	if (lx->flags & SHR_LX_RESP)
		t->ti->resp = true;
	if (lx->flags & SHR_LX_SHARED)
		t->ti->shared = true;
	t->e -= nb;
	return TRIM_CUT;
}

static TrimCut
trail_base(ExState *x, Trimming *t)
{
	size_t		i = t->e,
				nb;

	for (int k = 0; k < 10 && i > t->s; k++)
	{
		uint32_t	c2 = ex_cp_before(x, i, &nb);
		ExPiece		tail;

		i -= nb;
		if ((c2 != EX_CH("比") && c2 != EX_CH("较")) || i <= t->s)
			continue;
		tail.s = i;
		tail.e = t->e;
		for (size_t b = 0; b < sizeof(comparison_bases) / sizeof(comparison_bases[0]); b++)
			if (ends_with(x, tail, comparison_bases[b]))
			{
				t->e = i;
				return TRIM_CUT;
			}
		return TRIM_NONE;
	}
	return TRIM_NONE;
}

/* The rules for the start of a phrase; each looks at the character at s. */
static const TrimRule lead_rules[] = {
	{lead_mark, "、的 *# —）》 left over before the words"},
	{lead_date, "2023年, 1-11月份: a date or period"},
	{lead_view, "从质量效益看: a point of view"},
	{lead_word, "其中, 全省, 分别: a word that opens a clause"},
};

/* The rules for the end of a phrase; each looks at the character before e. */
static const TrimRule trail_rules[] = {
	{trail_mark, "、和 的 （“《 left over after the words"},
	{trail_deng, "A、B等: examples; the noun after them is the metric"},
	{trail_word, "同比, 分别, 均: an adverbial before the verb"},
	{trail_base, "比上年, 较2023年: the base of a comparison"},
};

/* Try the rules in order until one cuts or stops. */
static TrimCut
apply_rules(ExState *x, Trimming *t, const TrimRule *rules, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		TrimCut		cut = rules[i].cut(x, t);

		if (cut != TRIM_NONE)
			return cut;
	}
	return TRIM_NONE;
}

/* A quotation mark left at an end without its partner: “一网通办 */
static void
drop_unpaired_quote(ExState *x, Trimming *t)
{
	size_t		nb;
	int			open = 0,
				close = 0;

	if (t->s >= t->e)
		return;
	for (size_t i = t->s; i < t->e;)
	{
		uint32_t	cp = ex_cp(x, i, &nb);

		if (nb == 0)
			break;
		open += (cp == EX_CH("“"));
		close += (cp == EX_CH("”"));
		i += nb;
	}
	if (open > close && ex_cp_before(x, t->e, &nb) == EX_CH("“"))
		t->e -= nb;
	if (close > open && ex_cp(x, t->s, &nb) == EX_CH("”"))
		t->s += nb;
}

ExPiece
ex_trim(ExState *x, size_t s, size_t e, TrimInfo *ti)
{
	Trimming	t = {s, e, 0, 0, ti};
	TrimCut		cut = TRIM_CUT;
	ExPiece		p;

	for (int guard = 0; cut == TRIM_CUT && t.s < t.e && guard < 64; guard++)
	{
		t.cp = ex_cp(x, t.s, &t.nb);
		cut = apply_rules(x, &t, lead_rules,
						  sizeof(lead_rules) / sizeof(lead_rules[0]));
		if (cut != TRIM_NONE)
			continue;
		t.cp = ex_cp_before(x, t.e, &t.nb);
		cut = apply_rules(x, &t, trail_rules,
						  sizeof(trail_rules) / sizeof(trail_rules[0]));
	}
	drop_unpaired_quote(x, &t);
	p.s = t.s;
	p.e = t.e > t.s ? t.e : t.s;
	return p;
}

bool
ex_nominal(const ExState *x, size_t e)
{
	size_t		nb;

	return ex_cp_in(ex_cp(x, e, &nb), noun_suffixes);
}

static ExPiece find_pred_depth(ExState *x, size_t lo, size_t hi,
							   unsigned *flags, int depth);

/*
 * 完成中小河流治理500公里: a verb of doing at r, right before the number
 * after another verb and its object, is a nominalised part of that object;
 * true with that earlier verb in *out.
 */
static bool
earlier_verb(ExState *x, size_t lo, ExPiece r, ExPiece *out, unsigned *flags)
{
	unsigned	f2 = 0;
	ExPiece		earlier = find_pred_depth(x, lo, r.s, &f2, 1);

	if (earlier.e <= earlier.s || earlier.e >= r.s || (f2 & SHR_LX_ADJ))
		return false;
	*out = earlier;
	*flags = f2;
	return true;
}

/* The verb at r with what belongs to it: 恢复至41条, 新培育. */
static ExPiece
widen_verb(ExState *x, size_t lo, size_t hi, ExPiece r, unsigned *flags)
{
	uint32_t	before;
	size_t		b1,
				b2;

	/* a verb with 至/到 right before the number links it */
	if (r.e + 3 == hi &&
		(memcmp(x->clean + r.e, "至", 3) == 0 ||
		 memcmp(x->clean + r.e, "到", 3) == 0))
	{
		r.e += 3;
		*flags = (*flags | SHR_LX_LINK) & ~(unsigned) SHR_LX_CHANGE;
	}
	/* the 新 of a verb opening its clause is the verb's */
	before = ex_cp_before(x, r.s, &b1);
	if (before == EX_CH("新") && memcmp(x->clean + r.s, "新", 3) != 0)
	{
		uint32_t	b = ex_cp_before(x, r.s - b1, &b2);

		if (r.s - b1 == lo || b == 0 || shr_is_clause_break(b) ||
			shr_is_space(b) || b == SHR_CP_DUN)
			r.s -= b1;
	}
	return r;
}

/* ex_find_pred, depth 1 when looking for a verb before a verb. */
static ExPiece
find_pred_depth(ExState *x, size_t lo, size_t hi, unsigned *flags, int depth)
{
	ExPiece		none = {hi, hi};
	size_t		p = hi;

	for (int steps = 0; p > lo && steps < 48; steps++)
	{
		size_t		nb,
					cb;
		uint32_t	cp = ex_cp_before(x, p, &cb);
		const ShrLexEntry *lx = NULL;

		/* few characters end a verb: skip the rest without a lookup */
		if (shr_lex_may_end(x->lex, cp, SHR_LX_PRED))
			lx = shr_lex_match_end(x->lex, x->clean + lo, p - lo, SHR_LX_PRED, &nb);
		if (lx != NULL && (!(lx->flags & SHR_LX_ADJ) || p == hi) &&
			(p == hi || !ex_nominal(x, p)))
		{
			ExPiece		r = {p - nb, p};
			unsigned	fl = lx->flags;

			if (p == hi && !(fl & SHR_LX_LINK) && r.s > lo && depth == 0 &&
				earlier_verb(x, lo, r, &r, flags))
				return r;
			r = widen_verb(x, lo, hi, r, &fl);
			*flags = fl;
			return r;
		}
		if (cb == 0)
			break;
		p -= cb;
	}
	*flags = 0;
	return none;
}

/*
 * A linking or doing verb; words that are predicates only next to a number
 * (达, 为, 占) count only at hi, and a verb heading a noun (增长点) not at
 * all.
 */
ExPiece
ex_find_pred(ExState *x, size_t lo, size_t hi, unsigned *flags)
{
	return find_pred_depth(x, lo, hi, flags, 0);
}

ExPiece
ex_after_deng(const ExState *x, ExPiece p)
{
	ExPiece		r = p;

	for (size_t i = p.s; i + 3 <= p.e; i++)
		if (memcmp(x->clean + i, "等", 3) == 0 && i + 3 < p.e)
			r.s = i + 3;
	return r;
}

/*
 * 17支“4+1”专项基金: a quoted name opening at clean[p] is one word of a
 * noun; true with *to after its closing mark, if that is near.
 */
static bool
skip_quoted(const ExState *x, size_t p, size_t lim, size_t *to)
{
	size_t		end = p + 64 < lim ? p + 64 : lim;
	const char *q = memchr(x->clean + p, "”"[0], end - p);
	size_t		n2;

	/* ” and “ share their first byte: look for it, then decode */
	while (q != NULL && ex_cp(x, (size_t) (q - x->clean), &n2) != EX_CH("”"))
	{
		size_t		at = (size_t) (q - x->clean) + 1;

		q = at < end ? memchr(x->clean + at, "”"[0], end - at) : NULL;
	}
	if (q == NULL)
		return false;
	*to = (size_t) (q - x->clean) + n2;
	return true;
}

/*
 * Does the noun after a figure, started at start, end at clean[p] (cp, nb
 * bytes long): a break, a digit, a bracket, no word character, a verb or
 * an adverbial?
 */
static bool
noun_ends(ExState *x, size_t p, size_t start, uint32_t cp, size_t nb, size_t lim)
{
	const ShrLexEntry *lx;
	size_t		wn;

	if (nb == 0 || shr_is_clause_break(cp) || shr_is_space(cp) ||
		ex_is_digit(cp) || ex_cp_in(cp, "、（(）)"))
		return true;
	if (!((cp >= EX_CP_CJK_FIRST && cp <= EX_CP_CJK_LAST) ||
		  cp == EX_CH("“") || cp == EX_CH("”") ||
		  (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')))
		return true;
	lx = shr_lex_match(x->lex, x->clean + p, lim - p, SHR_LX_STOP, &wn);
	if (lx != NULL && ex_nominal(x, p + wn))
		lx = NULL;
	if (lx != NULL)
		return true;
	/* 10个国家级和10个省级…: the noun is shared with the next figure */
	if (ex_is_list_sep(cp) && p > start)
	{
		size_t		n2;

		return ex_is_digit(ex_cp(x, p + nb, &n2));
	}
	return false;
}

ExPiece
ex_post_noun(ExState *x, size_t s, size_t lim)
{
	ExPiece		r;
	size_t		p = s;
	size_t		nb;
	uint32_t	cp;
	int			k = 0;
	TrimInfo	ti = {false, false, false};

	if (lim > x->n)
		lim = x->n;
	cp = ex_cp(x, p, &nb);
	if (cp == EX_CH("的"))
		p += nb;
	r.s = p;
	/* 3个 A类飞行服务站, 957个 50户以上农村木质房屋: the class opens it */
	p += ex_class_name(x, p);
	while (p < lim && k < 20)
	{
		cp = ex_cp(x, p, &nb);
		if (cp == EX_CH("“") && skip_quoted(x, p, lim, &p))
		{
			k++;
			continue;
		}
		if (noun_ends(x, p, r.s, cp, nb, lim))
			break;
		p += nb;
		k++;
	}
	r.e = p;
	if (r.e > r.s)
		r = ex_trim(x, r.s, r.e, &ti);
	return r;
}

ExPiece
ex_clause_subject(ExState *x, int clause)
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
			ExPiece		p = ex_trim(x, cs, i, &ti);

			return ex_piece_cps(x, p) > 16 ? none : p;
		}
		ex_cp(x, i, &nb);
		if (nb == 0)
			break;
		i += nb;
	}
	return none;
}

bool
ex_metric_is_change(const ExState *x, ExPiece m)
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
