/*
 * figscan.c
 *		Which numbers of a sentence are figures, and the qualifier words
 *		attached to each.
 *
 * The sentence is walked once; at each character a scanner of the table
 * below may read an amount (Arabic digits, a doubling, a Chinese numeral)
 * and figrules.c says whether it is a figure.  Chinese numerals count only
 * where they clearly measure something (翻一番, 百分之五, 三千多家): most of
 * them in these reports are names (十四五, 三个十大) or list markers (一是).
 * The qualifier words next to each figure (约, 以上) and the commitments
 * that govern its clause (力争, 确保) are recorded last.
 */
#include <string.h>

#include "reader/extract_int.h"

/* Where the walk over a sentence stands: a character and the one before. */
typedef struct ScanAt
{
	size_t		i;
	uint32_t	cp;
	size_t		nb;
	uint32_t	prev;
} ScanAt;

/*
 * A scanner reads a figure at a character if it can: *step is how far it
 * read, 0 when the character opens nothing it reads.  False on ENOMEM.
 */
typedef bool (*FigScanner) (ExState *x, const ScanAt *at, size_t *step);

typedef struct ScanRule
{
	FigScanner	scan;
	const char *opens;			/* every character it may read at */
	const char *example;		/* what it reads */
} ScanRule;

/* A Chinese digit that may open a count (一 .. 九, 两). */
static bool
is_cn_digit(uint32_t cp)
{
	return shr_cn_digit(cp) > 0 || cp == SHR_CP_LIANG;
}

/*
 * A character of a Chinese numeral in any form a report may write it:
 * plain, financial capitals (壹仟贰佰) or traditional (三萬五千, 兩).
 */
static bool
is_numeral_char(uint32_t cp)
{
	return shr_is_cn_numeral(cp) || shr_cn_capital_digit(cp) >= 0 ||
		ex_cp_in(cp, "拾佰仟萬億兩");
}

/*
 * A digit that may open a measured amount, in any of those forms.  The
 * capitals are common words too (队伍, 陆续), so the amount must hold a
 * place word of 百 or more (has_magnitude).
 */
static bool
opens_amount(uint32_t cp)
{
	return is_cn_digit(cp) || cp == SHR_CP_LIANG_T || shr_cn_capital_digit(cp) > 0;
}

/* Record a figure at [s, e) with its scan; *noun is what it counts, if set. */
static bool
add_cand(ExState *x, size_t s, size_t e, const ShrScan *sc, bool doubling,
		 const ExPiece *noun)
{
	ExCand	   *c;

	shr_report_poll(x->report); /* one clause can hold a million figures */
	if (!ex_grow(x, (void **) &x->cands, &x->candcap, x->ncands + 1,
				 sizeof(ExCand)))
		return false;
	c = &x->cands[x->ncands++];
	memset(c, 0, sizeof(*c));
	c->s = s;
	c->e = e;
	c->xs = s;
	c->xe = e;
	c->sc = *sc;
	c->doubling = doubling;
	if (noun != NULL)
		c->noun = *noun;
	c->clause = ex_clause_of(x, s);
	c->head = x->ncands - 1;
	return true;
}

/*
 * A one-character unit that opens a longer word is no unit: 1200亿台阶,
 * 100万家庭.  The amount is then the bare number with its magnitude, and
 * the word after it names what is counted; true when that happened.
 */
static bool
drop_false_unit(ExState *x, size_t s, size_t *k, ShrScan *sc)
{
	const char *unit = ex_unit_name(sc);
	size_t		ul = strlen(unit);
	size_t		nb;

	if (!sc->has_unit || ul != 3 || *k < ul + 1 ||
		memcmp(x->clean + s + *k - ul, unit, ul) != 0)
		return false;
	if (shr_lex_match(x->lex, x->clean + s + *k - ul, x->n - (s + *k - ul),
					  SHR_LX_NOTUNIT, &nb) == NULL)
		return false;
	*k -= ul;
	sc->has_unit = false;
	sc->q.unit = SHR_UNIT_NONE;
	if (sc->is_range)
		sc->hi.unit = SHR_UNIT_NONE;
	return true;
}

/*
 * What the catalogue leaves out but belongs to the amount as written: 次
 * after a count (10336场次, 4万批次), 套 after 台 (33.6万台套), and 多/余
 * after the unit (1倍多).  The unit of the amount stays the counted one.
 */
static void
extend_raw(ExState *x, size_t s, size_t *k, ShrScan *sc)
{
	size_t		e = s + *k;
	size_t		nb,
				nb2;
	uint32_t	next = ex_cp(x, e, &nb);
	uint32_t	next2 = ex_cp(x, e + nb, &nb2);
	const char *unit = ex_unit_name(sc);

	if (!sc->has_unit || nb == 0)
		return;
	if ((next == EX_CH("次") && strcmp(unit, "次") != 0 && strcmp(unit, "人次") != 0 &&
		 shr_unit_find(x->clean + s + *k - strlen(unit), strlen(unit) + nb) < 0) ||
		(next == EX_CH("套") && strcmp(unit, "台") == 0))
	{
		*k += nb;
		return;
	}
	if ((next == EX_CH("多") || next == EX_CH("余")) && !sc->more &&
		(next2 == 0 || shr_is_clause_break(next2) || next2 == SHR_CP_DUN))
	{
		*k += nb;
		sc->more = true;
	}
}

/*
 * How reports abbreviate PFLOPS after a word of computing power (算力规模
 * 达到5.1万P, 超算算力达223PF).  Only there: elsewhere a P may be a 匹 of
 * an air conditioner or a petabyte, so the catalogue has no such spelling.
 */
static const struct
{
	const char *word;
	const char *unit;
}			compute_spellings[] = {
	{"PF", "PFLOPS"},
	{"P", "PFLOPS"},
};

/* Does a word of computing power (算力, 智算, 超算) stand before clean[s]? */
static bool
compute_word_before(ExState *x, size_t s)
{
	for (size_t i = 0; i < s;)
	{
		size_t		nb;
		uint32_t	cp = ex_cp(x, i, &nb);

		if (shr_lex_may_start(x->lex, cp, SHR_LX_COMPUTE) &&
			shr_lex_match(x->lex, x->clean + i, s - i, SHR_LX_COMPUTE, &nb) != NULL)
			return true;
		i += nb ? nb : 1;
	}
	return false;
}

/*
 * 2000P, 7000PF of computing power: the P is the unit PFLOPS.  A letter
 * after it makes another word (PB, PUE), and without a word of computing
 * power before it the P stays a code.
 */
static void
compute_unit(ExState *x, size_t s, size_t *k, ShrScan *sc)
{
	size_t		e = s + *k;

	if (sc->has_unit)
		return;
	for (size_t i = 0; i < sizeof(compute_spellings) / sizeof(compute_spellings[0]); i++)
	{
		size_t		n = strlen(compute_spellings[i].word),
					nb;
		int			u;

		if (x->n - e < n || memcmp(x->clean + e, compute_spellings[i].word, n) != 0 ||
			ex_is_letter(ex_cp(x, e + n, &nb)) || !compute_word_before(x, s))
			continue;
		u = shr_unit_find(compute_spellings[i].unit, strlen(compute_spellings[i].unit));
		if (u < 0)
			return;
		sc->q.unit = u;
		if (sc->is_range)
			sc->hi.unit = u;
		sc->has_unit = true;
		*k += n;
		return;
	}
}

/*
 * Does the run of Chinese numerals at pos hold 百, 千, 万 or 亿 (佰, 仟,
 * 萬, 億)?  Only such a run can be a measured amount (三千多家); the
 * scanner is spared the many 一 of 一是, 进一步, 统一.
 */
static bool
has_magnitude(const ExState *x, size_t pos)
{
	for (size_t i = pos; i < x->n;)
	{
		size_t		nb;
		uint32_t	cp = ex_cp(x, i, &nb);

		if (!is_numeral_char(cp))
			return false;
		if (ex_cp_in(cp, "百千万亿佰仟萬億"))
			return true;
		i += nb;
	}
	return false;
}

/*
 * A number without a unit that counts the noun or place after it (16万儿童,
 * 16市): the noun's unit is the amount's once it is a figure, the place
 * joins the raw text as a measure word would.
 */
static ExNamed
counted_after(ExState *x, size_t s, size_t *k, ShrScan *sc, ExNamed named,
			  ExCount *cnt)
{
	if (!ex_count_after(x, s, s + *k, sc, cnt))
		return named;
	*k += cnt->place_len;
	return EX_COUNTED;
}

/* A rank or the places it moved by (figrank.c): 居全国第2位, 前十, 提升3位. */
static bool
scan_rank(ExState *x, const ScanAt *at, size_t *step)
{
	ExRank		rk;
	ExCand	   *c;

	if (!ex_read_rank(x, at->i, at->prev, &rk))
		return true;
	*step = rk.len;
	if (!add_cand(x, at->i, at->i + rk.len, &rk.sc, false, NULL))
		return false;
	c = &x->cands[x->ncands - 1];
	c->rank = (uint8_t) rk.kind;
	c->rank_verb = rk.verb;
	c->scope = rk.scope;
	return true;
}

/* An amount in Arabic digits: 2.5万亿元, 6.2%, 1200亿台阶, 16万儿童. */
static bool
scan_arabic(ExState *x, const ScanAt *at, size_t *step)
{
	size_t		i = at->i,
				nb = at->nb,
				k;
	uint32_t	cp = at->cp;
	ShrScan		sc;
	ShrError	scan_err;
	ExNamed		named;
	ExCount		cnt;

	if (!ex_is_digit(cp))
		return true;
	if (ex_continues_code(at->prev))
	{
		/* the middle of a code, a decimal or a date: 2.0, G20, 11/25 */
		while (i < x->n && (ex_is_digit(cp) || ex_is_letter(cp) || cp == '.'))
		{
			i += nb;
			cp = ex_cp(x, i, &nb);
			if (nb == 0)
				break;
		}
		*step = i - at->i;
		return true;
	}
	memset(&sc, 0, sizeof(sc));
	scan_err.status = SHR_OK;
	/* 3万4000人 is one number, 40万3岁以下 a count and an age (SHR_SCAN_MIXED) */
	k = shr_amount_scan(x->clean + i, x->n - i, SHR_SCAN_RANGE | SHR_SCAN_MIXED,
						&sc, &scan_err);
	if (k == 0 || scan_err.status != SHR_OK)
	{
		*step = nb;
		return true;
	}
	named = drop_false_unit(x, i, &k, &sc) ? EX_NAMED : EX_UNNAMED;
	extend_raw(x, i, &k, &sc);
	compute_unit(x, i, &k, &sc);
	named = counted_after(x, i, &k, &sc, named, &cnt);
	*step = k;
	if (!ex_is_figure(x, i, k, &sc, named))
		return true;
	if (named == EX_COUNTED && cnt.unit != SHR_UNIT_NONE)
	{
		sc.q.unit = cnt.unit;
		sc.has_unit = true;
	}
	return add_cand(x, i, i + k, &sc, false, named == EX_COUNTED ? &cnt.noun : NULL);
}

/* 翻一番, 翻两番: a doubling, the amount a multiple in 倍. */
static bool
scan_doubling(ExState *x, const ScanAt *at, size_t *step)
{
	size_t		n2,
				n3;
	uint32_t	c2,
				c3;
	int			times;
	ShrScan		sc;
	ShrError	e2;
	ShrDecimal	d = {0, 0};

	if (at->cp != EX_CH("翻"))
		return true;
	c2 = ex_cp(x, at->i + at->nb, &n2);
	c3 = ex_cp(x, at->i + at->nb + n2, &n3);
	times = c2 == SHR_CP_LIANG ? 2 : shr_cn_digit(c2);
	if (times < 1 || times > 3 || c3 != EX_CH("番"))
		return true;
	*step = at->nb + n2 + n3;
	d.coef = (int64_t) 1 << times;
	memset(&sc, 0, sizeof(sc));
	e2.status = SHR_OK;
	if (shr_quantity_make(d, x->unit_bei, SHR_MAG_NONE, &sc.q, &e2) != SHR_OK)
		return true;
	sc.has_unit = x->unit_bei != SHR_UNIT_NONE;
	sc.chinese = true;
	sc.nbytes = *step;
	return ex_in_quoted_name(x, at->i) ||
		add_cand(x, at->i, at->i + *step, &sc, true, NULL);
}

/*
 * 新增百万亩, 超千万人次: a round 百万 or 千亿 (one hundred 万) is a figure
 * where a verb or a bound stands right before it.  Elsewhere it is mostly
 * a name (百万人才进海南行动计划, 百万吨乙烯项目, 百万千瓦级).
 */
static bool
round_amount(ExState *x, const ScanAt *at)
{
	size_t		nb;

	if (!ex_cp_in(at->cp, "百千佰仟") || is_numeral_char(at->prev) ||
		!ex_cp_in(ex_cp(x, at->i + at->nb, &nb), "万亿萬億"))
		return false;
	return shr_lex_match_end(x->lex, x->clean, at->i, SHR_LX_PRED, &nb) != NULL ||
		shr_qualifier_match_end(x->clean, at->i, SHR_QUAL_PREFIX, &nb) != NULL;
}

/* How many characters the noun naming a programme may have after a number. */
#define EX_PROGRAMME_CHARS 16

/* Does a noun that ends in a programme's word (行动, 计划) start at clean[e]? */
static bool
programme_after(ExState *x, size_t e)
{
	size_t		p = e,
				nb;

	for (int k = 0; k < EX_PROGRAMME_CHARS; k++)
	{
		uint32_t	cp = ex_cp(x, p, &nb);

		if (cp < EX_CP_CJK_FIRST || cp > EX_CP_CJK_LAST)
			break;
		p += nb;
	}
	return p > e && shr_lex_match_end(x->lex, x->clean + e, p - e,
									  SHR_LX_PROGRAMME, &nb) != NULL;
}

/*
 * Is the round amount that ends at clean[e] part of a name or a class: a
 * unit that opens a longer word (百万人才), a classifier after it (千万千瓦
 * 级), 的 before the noun it describes (超千亿元的镇), or a programme it
 * names (实施千万亩高标准农田改造提升行动)?
 */
static bool
round_in_name(ExState *x, size_t e, const ShrScan *sc)
{
	size_t		ul = strlen(ex_unit_name(sc)),
				nb;

	if (ul > 0 && shr_lex_match(x->lex, x->clean + e - ul, x->n - (e - ul),
								~0u, &nb) != NULL && nb > ul)
		return true;
	return ex_cp(x, e, &nb) == EX_CH("的") ||
		shr_lex_match(x->lex, x->clean + e, x->n - e, SHR_LX_LABEL, &nb) != NULL ||
		programme_after(x, e);
}

/*
 * A measured Chinese numeral: 三千多家, 两万人, 百分之五, 壹仟贰佰亿元,
 * 新增百万亩.
 */
static bool
scan_chinese(ExState *x, const ScanAt *at, size_t *step)
{
	size_t		i = at->i,
				k;
	bool		pct = at->cp == SHR_CP_BAI && x->n - i >= 9 &&
		memcmp(x->clean + i, "百分之", 9) == 0;
	bool		round = round_amount(x, at);
	ShrScan		sc;
	ShrError	scan_err;

	if (!((opens_amount(at->cp) && !is_numeral_char(at->prev) &&
		   at->prev != EX_CH("第") && has_magnitude(x, i)) || round || pct))
		return true;
	memset(&sc, 0, sizeof(sc));
	scan_err.status = SHR_OK;
	k = shr_amount_scan(x->clean + i, x->n - i,
						SHR_SCAN_CHINESE | SHR_SCAN_RANGE, &sc, &scan_err);
	if (k == 0 || scan_err.status != SHR_OK)
		return true;
	*step = k;
	if (round && round_in_name(x, i + k, &sc))
		return true;
	if (!(pct ? ex_is_figure(x, i, k, &sc, EX_UNNAMED) :
		  ex_is_chinese_figure(x, i, k, &sc)))
		return true;
	return add_cand(x, i, i + k, &sc, false, NULL);
}

/*
 * A count in Chinese numerals before a measure word: 建成两个, 推出四批次,
 * 超过四成.  Most such numerals are names (两个确立, 一批); figcount.c
 * tells.
 */
static bool
scan_chinese_count(ExState *x, const ScanAt *at, size_t *step)
{
	size_t		i = at->i,
				k;
	ShrScan		sc;
	ShrError	scan_err;

	if (!(is_cn_digit(at->cp) || at->cp == SHR_CP_SHI) ||
		shr_is_cn_numeral(at->prev))
		return true;
	/* 一是, 进一步, 统一: a word, no count, and the scanner is spared it */
	if (!shr_cp_filter_may(&x->count_next, ex_cp(x, i + at->nb, &k)))
		return true;
	memset(&sc, 0, sizeof(sc));
	scan_err.status = SHR_OK;
	k = shr_amount_scan(x->clean + i, x->n - i, SHR_SCAN_CHINESE, &sc, &scan_err);
	if (k == 0 || scan_err.status != SHR_OK || !sc.has_unit)
		return true;
	extend_raw(x, i, &k, &sc);
	*step = k;
	if (!ex_is_chinese_count(x, i, k, &sc))
		return true;
	return add_cand(x, i, i + k, &sc, false, NULL);
}

/* The digits a number in figures opens with, ASCII and full-width. */
#define EX_DIGITS "0123456789０１２３４５６７８９"

/*
 * The scanners, tried in order at each character until one reads.  The
 * walk stops only at the characters some row opens with, so a scanner that
 * learns to read at another character lists it there.
 */
static const ScanRule scanners[] = {
	{scan_rank, EX_DIGITS "第前", "居全国第2位, 排名53位, 稳居全国前十, 提升3位"},
	{scan_arabic, EX_DIGITS, "2.5万亿元, 6.2%, 1200亿台阶"},
	{scan_doubling, "翻", "翻一番, 翻两番"},
	{scan_chinese, "一二三四五六七八九两兩百千佰仟壹贰貳叁參肆伍陆陸柒捌玖",
	"三千多家, 两万人, 百分之五"},
	{scan_chinese_count, "一二三四五六七八九两十", "建成两个, 推出三批, 超过四成"},
};

/* The prefix qualifiers right before c, back to lo: 超过, 不低于. */
static void
qualifiers_before(ExState *x, ExCand *c, size_t lo)
{
	size_t		pos = c->s;

	for (int k = 0; k < 4 && pos > lo; k++)
	{
		size_t		nb;
		const ShrQualifier *q = shr_qualifier_match_end(x->clean + lo, pos - lo,
														SHR_QUAL_PREFIX, &nb);

		if (q == NULL || nb == 0)
			break;
		pos -= nb;
		ex_add_qual(c, pos, nb, q);
	}
	c->xs = pos;
}

/* The 多 or 余 written inside the amount (3000多万元), the 前 of 前3位. */
static void
qualifier_inside(ExState *x, ExCand *c)
{
	if (c->sc.top)
		ex_add_qual(c, c->s, strlen("前"), shr_qualifier_top());
	if (!c->sc.more)
		return;
	for (size_t i = c->s; i + 3 <= c->e; i++)
	{
		if (memcmp(x->clean + i, "多", 3) == 0 ||
			memcmp(x->clean + i, "余", 3) == 0)
		{
			size_t		nb;
			const ShrQualifier *q = shr_qualifier_match(x->clean + i, 3,
														SHR_QUAL_PREFIX | SHR_QUAL_SUFFIX,
														&nb);

			ex_add_qual(c, i, 3, q);
			break;
		}
	}
}

/* The suffix qualifiers right after c, up to hi: 以上, 左右. */
static void
qualifiers_after(ExState *x, ExCand *c, size_t hi)
{
	size_t		pos = c->e;

	for (int k = 0; k < 4 && pos < hi; k++)
	{
		size_t		nb;
		const ShrQualifier *q = shr_qualifier_match(x->clean + pos, hi - pos,
													SHR_QUAL_SUFFIX, &nb);

		if (q == NULL || nb == 0)
			break;
		ex_add_qual(c, pos, nb, q);
		pos += nb;
	}
	c->xe = pos;
}

/*
 * A rank's field is a qualifier word of it (居 全国 第2位, 全国 排名53位);
 * between the verb and the rank it is part of the figure's text, so that
 * the verb stands next to it.
 */
static void
rank_scope(ExCand *c)
{
	if (c->scope.e <= c->scope.s)
		return;
	ex_add_qual(c, c->scope.s, c->scope.e - c->scope.s, NULL);
	if (c->scope.s >= c->rank_verb.e && c->scope.s < c->xs)
		c->xs = c->scope.s;
}

/* The qualifier words right before and after a figure, and 多/余 inside it. */
static void
adjacent_qualifiers(ExState *x, int idx)
{
	ExCand	   *c = &x->cands[idx];
	size_t		lo = ex_clause_start(x, c->clause);
	size_t		hi = ex_clause_end(x, c->clause);

	/* never past the figures next to it */
	if (idx > 0 && x->cands[idx - 1].clause == c->clause &&
		x->cands[idx - 1].xe > lo)
		lo = x->cands[idx - 1].xe;
	if (idx + 1 < x->ncands && x->cands[idx + 1].s < hi)
		hi = x->cands[idx + 1].s;
	qualifiers_before(x, c, lo);
	qualifier_inside(x, c);
	qualifiers_after(x, c, hi);
	rank_scope(c);
}

/* The commitments in clean[cs, ce) into gov; returns how many. */
static int
commitments(ExState *x, size_t cs, size_t ce, ExQual *gov)
{
	int			ngov = 0;

	for (size_t i = cs; i < ce;)
	{
		size_t		nb;
		uint32_t	cp = ex_cp(x, i, &nb);
		const ShrLexEntry *lx = NULL;

		/* few characters start a commitment: skip the rest cheaply */
		if (shr_lex_may_start(x->lex, cp, SHR_LX_GOVERN))
			lx = shr_lex_match(x->lex, x->clean + i, ce - i, SHR_LX_GOVERN, &nb);
		if (lx == NULL)
		{
			i += nb ? nb : 1;
			continue;
		}
		if (ngov < EX_MAX_GOV)
		{
			size_t		qn = 0;
			const ShrQualifier *q = shr_qualifier_match(x->clean + i, nb,
														SHR_QUAL_PREFIX, &qn);

			gov[ngov].pos = i;
			gov[ngov].len = nb;
			gov[ngov].q = qn == nb ? q : NULL;
			ngov++;
		}
		i += nb;
	}
	return ngov;
}

/*
 * Commitments (力争, 确保, 争取, 预计) govern every figure after them in
 * their clause: "争取A 1300亿千瓦时以上、B占比提高到20%左右".
 */
static void
governing_qualifiers(ExState *x)
{
	ExQual		gov[EX_MAX_GOV];
	int			ci = 0;

	for (int clause = 0; clause <= x->nbreaks && ci < x->ncands; clause++)
	{
		size_t		cs = ex_clause_start(x, clause);
		int			first = ci;
		int			ngov;

		while (ci < x->ncands && x->cands[ci].clause == clause)
			ci++;
		if (first == ci)
			continue;
		/* only words before the clause's last figure can govern one */
		ngov = commitments(x, cs, x->cands[ci - 1].s, gov);
		for (int k = first; k < ci; k++)
			for (int g = 0; g < ngov; g++)
				if (gov[g].pos < x->cands[k].s)
					ex_add_qual(&x->cands[k], gov[g].pos, gov[g].len, gov[g].q);
	}
}

/*
 * What the amount scanner may read after a count's first digit before the
 * unit it needs: more of the numeral (any form, an Arabic digit of 十3, 点
 * of a decimal, 分 of 三分之一), a word of 多/余/几, and every character a
 * magnitude word or a unit may open with.
 */
static void
count_next_init(ShrCpFilter *f)
{
	int			unit;
	uint32_t	n;
	const char *w;

	memset(f, 0, sizeof(*f));
	ex_filter_add(f, "〇零一二三四五六七八九两兩十百千万亿拾佰仟萬億点點分"
				  "壹贰貳叁參肆伍陆陸柒捌玖多余几幾" EX_DIGITS);
	for (int i = 1; i < shr_magnitude_count(); i++)
		shr_cp_filter_add(f, shr_utf8_at(shr_magnitude(i)->word, 0, &n));
	for (int i = 0; (w = shr_unit_spelling(i, &unit)) != NULL; i++)
		shr_cp_filter_add(f, shr_utf8_at(w, 0, &n));
}

void
ex_scan_init(ExState *x)
{
	memset(&x->opens, 0, sizeof(x->opens));
	for (size_t k = 0; k < sizeof(scanners) / sizeof(scanners[0]); k++)
		ex_filter_add(&x->opens, scanners[k].opens);
	count_next_init(&x->count_next);
}

/*
 * The first character at or after clean[i] that some scanner may read at
 * (the end of the sentence if none): most characters open nothing, and
 * are only decoded and looked up in the filter of the scanners' openings.
 */
static size_t
next_opening(ExState *x, size_t i)
{
	uint64_t	chars = 0;

	while (i < x->n)
	{
		uint32_t	n;

		if (shr_cp_filter_may(&x->opens, shr_utf8_at(x->clean, i, &n)))
			break;
		chars++;
		i += n;
	}
	*x->work += chars;
	return i;
}

bool
ex_find_figures(ExState *x)
{
	x->ncands = 0;
	if (!ex_mark_sentence(x))
		return false;
	for (size_t i = next_opening(x, 0); i < x->n; i = next_opening(x, i))
	{
		ScanAt		at;
		size_t		pb,
					step = 0;

		at.i = i;
		at.cp = ex_cp(x, i, &at.nb);
		at.prev = ex_cp_before(x, i, &pb);
		for (size_t k = 0; k < sizeof(scanners) / sizeof(scanners[0]) && step == 0; k++)
			if (!scanners[k].scan(x, &at, &step))
				return false;
		i += step > 0 ? step : at.nb;
	}
	for (int c = 0; c < x->ncands; c++)
		adjacent_qualifiers(x, c);
	governing_qualifiers(x);
	return true;
}
