/*
 * figscan.c
 *		Which numbers of a sentence are figures, and the qualifier words
 *		attached to each.
 *
 * A figure is a number that states an amount, count, rate or share.  Dates,
 * ordinals, list markers and numbers that are part of a name are not: the
 * rules below recognise them by what stands around the number (a 年/月/日
 * after it, 第 before it, a Latin letter or a classifier of names such as
 * 号/级/类 next to it, quotation marks around a short name), never by the
 * words of a particular report.  Chinese numerals count only where they
 * clearly measure something (翻一番, 百分之五, 三千多家): most of them in
 * these reports are names (十四五, 三个十大) or list markers (一是).
 */
#include <string.h>

#include "reader/extract_int.h"

#define CP_LDQ		0x201C		/* “ */
#define CP_RDQ		0x201D		/* ” */

/* ASCII or full-width decimal digit. */
static bool
is_digit(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

/* Latin letter, ASCII or full-width. */
static bool
is_letter(uint32_t cp)
{
	return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
		(cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A);
}

/* A Chinese digit that may open a measured amount (一 .. 九, 两). */
static bool
is_cn_digit(uint32_t cp)
{
	return shr_cn_digit(cp) > 0 || cp == SHR_CP_LIANG;
}

int
ex_clause_of(const ExState *x, size_t pos)
{
	int			lo = 0,
				hi = x->nbreaks;

	/* number of breaks at offsets < pos */
	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (x->breaks[mid] < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t
ex_clause_start(const ExState *x, int clause)
{
	size_t		nb;

	if (clause <= 0)
		return 0;
	ex_cp(x, x->breaks[clause - 1], &nb);
	return x->breaks[clause - 1] + nb;
}

size_t
ex_clause_end(const ExState *x, int clause)
{
	return clause < x->nbreaks ? x->breaks[clause] : x->n;
}

/* Is pos inside a short quoted name or a title 《…》? */
static bool
in_quoted_name(const ExState *x, size_t pos)
{
	int			lo = 0,
				hi = x->nquotes;

	/* quotes are recorded as they close, so their ends ascend */
	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (x->quotes[mid].e <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* the first few closing after pos; nesting is shallow */
	for (int i = lo; i < x->nquotes && i < lo + 4; i++)
		if (x->quotes[i].s <= pos)
			return true;
	return false;
}

/* Record clause ends and quoted names of the clean sentence. */
static bool
mark_sentence(ExState *x)
{
	size_t		open_q = SIZE_MAX,
				open_t = SIZE_MAX;
	int			qchars = 0;

	x->nbreaks = 0;
	x->nquotes = 0;
	for (size_t i = 0; i < x->n;)
	{
		size_t		nb;
		uint32_t	cp;

		if (shr_ideograph_lead((unsigned char) x->clean[i]) && x->n - i >= 3)
		{
			qchars++;
			i += 3;
			continue;
		}
		cp = ex_cp(x, i, &nb);
		if (nb == 0)
			break;
		if (cp == CP_LDQ)
		{
			open_q = i;
			qchars = 0;
		}
		else if (cp == CP_RDQ && open_q != SIZE_MAX)
		{
			/*
			 * A short quotation is a name or a slogan ("2115", 八抓20条);
			 * a long one is reported speech, whose figures are figures.
			 */
			if (qchars <= 20)
			{
				if (!ex_grow(x, (void **) &x->quotes, &x->quotecap,
							 x->nquotes + 1, sizeof(ExPiece)))
					return false;
				x->quotes[x->nquotes].s = open_q;
				x->quotes[x->nquotes].e = i + nb;
				x->nquotes++;
			}
			open_q = SIZE_MAX;
		}
		else if (cp == 0x300A)	/* 《 */
			open_t = i;
		else if (cp == 0x300B && open_t != SIZE_MAX)	/* 》 */
		{
			if (!ex_grow(x, (void **) &x->quotes, &x->quotecap,
						 x->nquotes + 1, sizeof(ExPiece)))
				return false;
			x->quotes[x->nquotes].s = open_t;
			x->quotes[x->nquotes].e = i + nb;
			x->nquotes++;
			open_t = SIZE_MAX;
		}
		else
		{
			qchars++;
			/* Quotes do not run over a clause end: the break counts. */
			if (shr_is_clause_break(cp) && cp != 0xFF0C && cp != ',')
				open_q = SIZE_MAX;
		}
		if (shr_is_clause_break(cp))
		{
			if (!ex_grow(x, (void **) &x->breaks, &x->breakcap,
						 x->nbreaks + 1, sizeof(size_t)))
				return false;
			x->breaks[x->nbreaks++] = i;
		}
		i += nb;
	}
	return true;
}

/* Spelling of a scanned amount's unit, "" without one. */
static const char *
unit_name(const ShrScan *sc)
{
	const ShrUnitDef *u;

	if (!sc->has_unit)
		return "";
	u = shr_unit(sc->q.unit);
	return u ? u->name : "";
}

/* Is the integer value of q a plausible calendar year (a bare 2024)? */
static bool
looks_like_year(const ShrQuantity *q)
{
	int64_t		v = q->coef;

	if (q->exp != 0 || q->mag != SHR_MAG_NONE)
		return false;
	return v >= 1900 && v <= 2100;
}

/* Significant size of q: the power of ten of its leading digit. */
static int
magnitude_of(const ShrQuantity *q)
{
	int64_t		c = q->coef < 0 ? -q->coef : q->coef;
	int			d = 0;

	while (c >= 10)
	{
		c /= 10;
		d++;
	}
	return d + q->exp;
}

/*
 * Does the number at [s, s+k) state a figure?  The rules look at the
 * characters around it; see the file header.
 */
static bool
is_figure(ExState *x, size_t s, size_t k, const ShrScan *sc, bool named)
{
	size_t		nb,
				pb,
				nb2;
	size_t		e = s + k;
	uint32_t	prev = ex_cp_before(x, s, &pb);
	uint32_t	next = ex_cp(x, e, &nb);
	uint32_t	next2 = ex_cp(x, e + nb, &nb2);
	const char *unit = unit_name(sc);
	const ShrLexEntry *lx;
	size_t		lxn;

	/* 第3个, 第二届: ordinals */
	if (prev == 0x7B2C)
		return false;
	/* 5G, 4A级, 2+N, 2024/11/25, 22:57: codes, labels, dates and times */
	if (is_letter(next) || is_digit(next) || next == '+' || next == 0xFF0B ||
		next == '_' || next == '#')
		return false;
	if ((next == '/' || next == ':' || next == '.' || next == 0xFF1A ||
		 next == 0xFF0F || next == '-' || next == 0x2014 || next == 0x2013 ||
		 next == 0x2236 ||
		 next == '~' || next == 0xFF5E) && is_digit(next2))
		return false;
	/* a date: 2023年, 9月24日 */
	if (strcmp(unit, "年") == 0 || strcmp(unit, "日") == 0)
		return false;
	if (!sc->has_unit && (next == 0x5E74 || next == 0x6708 || next == 0x65E5 ||
						  next == 0x65F6 || next == 0x53F7))	/* 年月日时号 */
		return false;
	/* 7号线, 4A级, 1类, 12英寸, 世界500强, 75周年: names and grades */
	if (!sc->has_unit)
	{
		lx = shr_lex_match(x->lex, x->clean + e, x->n - e, SHR_LX_LABEL, &lxn);
		if (lx != NULL)
			return false;
	}
	else
	{
		lx = shr_lex_match(x->lex, unit, strlen(unit), SHR_LX_LABEL, &lxn);
		if (lx != NULL && lxn == strlen(unit))
			return false;
	}
	/* 前10位: a rank */
	if (prev == 0x524D && (strcmp(unit, "位") == 0 || strcmp(unit, "名") == 0))
		return false;
	/* （1） (2): list markers */
	if ((prev == 0xFF08 || prev == '(') && (next == 0xFF09 || next == ')'))
		return false;
	/* a number opening the sentence before 、 or . is a list marker */
	if (!sc->has_unit && (next == SHR_CP_DUN || next == '.' || next == 0xFF0E))
	{
		size_t		i = 0;

		while (i < s)
		{
			uint32_t	cp = ex_cp(x, i, &nb2);

			if (!shr_is_space(cp))
				break;
			i += nb2;
		}
		if (i == s)
			return false;
	}
	/* “2115”, 《…》: inside a quoted name */
	if (in_quoted_name(x, s))
		return false;
	/* 全国排名53位: a rank */
	if (strcmp(unit, "位") == 0 && s >= 6 &&
		(memcmp(x->clean + s - 6, "排名", 6) == 0 || prev == 0x5C45))	/* 居 */
		return false;
	/* A bare number is a figure only where nothing names it. */
	if (!sc->has_unit)
	{
		size_t		qn;

		if (looks_like_year(&sc->q))
			return false;
		if (!named &&
			!(next == 0 || shr_is_clause_break(next) || next == SHR_CP_DUN ||
			  shr_is_space(next) || next == 0xFF09 || next == ')' ||
			  next == CP_RDQ || next == 0x548C ||	/* 和 */
			  shr_qualifier_match(x->clean + e, x->n - e, SHR_QUAL_SUFFIX, &qn)))
			return false;
		/* 1、2号机组: the first of a list of names */
		if (next == SHR_CP_DUN || next == 0x548C)
		{
			size_t		i = e + nb;
			uint32_t	c2 = ex_cp(x, i, &nb2);

			while (is_digit(c2))
			{
				i += nb2;
				c2 = ex_cp(x, i, &nb2);
			}
			if (i > e + nb &&
				shr_lex_match(x->lex, x->clean + i, x->n - i, SHR_LX_LABEL, &lxn))
				return false;
		}
		/*
		 * Without unit or magnitude (京东、360、科大讯飞; 边疆路331) only a
		 * verb or qualifier right before it makes a number a figure:
		 * 指数达到92, 从6.32下降至6.08.
		 */
		if (sc->q.mag == SHR_MAG_NONE &&
			!shr_lex_match_end(x->lex, x->clean, s, SHR_LX_PRED, &lxn) &&
			!shr_qualifier_match_end(x->clean, s, SHR_QUAL_PREFIX, &qn) &&
			prev != 0x4ECE && prev != 0x81F3 && prev != 0x5230)	/* 从 至 到 */
			return false;
	}
	return true;
}

/* Record a figure at [s, e) with its scan. */
static bool
add_cand(ExState *x, size_t s, size_t e, const ShrScan *sc, bool doubling)
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
	c->clause = ex_clause_of(x, s);
	c->head = x->ncands - 1;
	return true;
}

/* Is a measured Chinese numeral at [s, s+k) a figure?  Be conservative. */
static bool
is_chinese_figure(ExState *x, size_t s, size_t k, const ShrScan *sc)
{
	const char *unit = unit_name(sc);

	/* 三千多家, 两万人: a size with a magnitude and a real unit */
	if (!sc->has_unit || strcmp(unit, "个") == 0 || strcmp(unit, "两") == 0)
		return false;
	if (magnitude_of(&sc->q) < 2)
		return false;
	return is_figure(x, s, k, sc, false);
}

/* Add a qualifier to c unless one at that position is there already. */
void
ex_add_qual(ExCand *c, size_t pos, size_t len, const ShrQualifier *q)
{
	int			i;

	for (i = 0; i < c->nquals; i++)
		if (c->quals[i].pos == pos)
			return;
	if (c->nquals >= EX_MAX_QUALS)
		return;
	/* keep text order */
	i = c->nquals;
	while (i > 0 && c->quals[i - 1].pos > pos)
	{
		c->quals[i] = c->quals[i - 1];
		i--;
	}
	c->quals[i].pos = pos;
	c->quals[i].len = len;
	c->quals[i].q = q;
	c->nquals++;
}

/* The qualifier words right before and after c, and 多/余 inside it. */
static void
adjacent_qualifiers(ExState *x, int idx)
{
	ExCand	   *c = &x->cands[idx];
	size_t		lo = ex_clause_start(x, c->clause);
	size_t		hi = ex_clause_end(x, c->clause);
	size_t		pos;

	if (idx > 0 && x->cands[idx - 1].clause == c->clause &&
		x->cands[idx - 1].xe > lo)
		lo = x->cands[idx - 1].xe;
	if (idx + 1 < x->ncands && x->cands[idx + 1].s < hi)
		hi = x->cands[idx + 1].s;

	pos = c->s;
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

	if (c->sc.more)
	{
		/* the 多 or 余 written inside the amount */
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

	pos = c->e;
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
 * Commitments (力争, 确保, 争取, 预计) govern every figure after them in
 * their clause: "争取A 1300亿千瓦时以上、B占比提高到20%左右".
 */
static void
governing_qualifiers(ExState *x)
{
	ExQual		gov[EX_MAX_GOV];
	int			ngov = 0;
	int			ci = 0;

	for (int clause = 0; clause <= x->nbreaks && ci < x->ncands; clause++)
	{
		size_t		cs = ex_clause_start(x, clause);
		size_t		ce = ex_clause_end(x, clause);
		int			first = ci;

		while (ci < x->ncands && x->cands[ci].clause == clause)
			ci++;
		/* a commitment governs its own clause only */
		ngov = 0;
		if (first == ci)
			continue;
		/* only words before the clause's last figure can govern one */
		ce = x->cands[ci - 1].s;
		for (size_t i = cs; i < ce;)
		{
			size_t		nb;
			uint32_t	cp = ex_cp(x, i, &nb);
			const ShrLexEntry *lx = NULL;

			/* few characters start a commitment: skip the rest cheaply */
			if (shr_lex_may_start(x->lex, cp, SHR_LX_GOVERN))
				lx = shr_lex_match(x->lex, x->clean + i, ce - i,
								   SHR_LX_GOVERN, &nb);
			if (lx != NULL)
			{
				size_t		qn = 0;
				const ShrQualifier *q = shr_qualifier_match(x->clean + i, nb,
															SHR_QUAL_PREFIX, &qn);

				if (qn != nb)
					q = NULL;
				if (ngov < EX_MAX_GOV)
				{
					gov[ngov].pos = i;
					gov[ngov].len = nb;
					gov[ngov].q = q;
					ngov++;
				}
				i += nb;
			}
			else
				i += nb ? nb : 1;
		}
		for (int k = first; k < ci; k++)
			for (int g = 0; g < ngov; g++)
				if (gov[g].pos < x->cands[k].s)
					ex_add_qual(&x->cands[k], gov[g].pos, gov[g].len, gov[g].q);
	}
}

/*
 * A one-character unit that opens a longer word is no unit: 1200亿台阶,
 * 100万家庭.  The amount is then the bare number with its magnitude, and
 * the word after it names what is counted; true when that happened.
 */
static bool
drop_false_unit(ExState *x, size_t s, size_t *k, ShrScan *sc)
{
	const char *unit = unit_name(sc);
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
	const char *unit = unit_name(sc);

	if (!sc->has_unit || nb == 0)
		return;
	if ((next == 0x6B21 && strcmp(unit, "次") != 0 && strcmp(unit, "人次") != 0 &&
		 shr_unit_find(x->clean + s + *k - strlen(unit), strlen(unit) + nb) < 0) ||	/* 次 */
		(next == 0x5957 && strcmp(unit, "台") == 0))	/* 套 */
	{
		*k += nb;
		return;
	}
	if ((next == 0x591A || next == 0x4F59) && !sc->more &&
		(next2 == 0 || shr_is_clause_break(next2) || next2 == 0x3001))	/* 多 余 */
	{
		*k += nb;
		sc->more = true;
	}
}

/*
 * Does the run of Chinese numerals at pos hold 百, 千, 万 or 亿?  Only
 * such a run can be a measured amount (三千多家); the scanner is spared
 * the many 一 of 一是, 进一步, 统一.
 */
static bool
has_magnitude(const ExState *x, size_t pos)
{
	for (size_t i = pos; i < x->n;)
	{
		size_t		nb;
		uint32_t	cp = ex_cp(x, i, &nb);

		if (!shr_is_cn_numeral(cp))
			return false;
		if (cp == 0x767E || cp == 0x5343 || cp == 0x4E07 || cp == 0x4EBF)
			return true;
		i += nb;
	}
	return false;
}

bool
ex_find_figures(ExState *x)
{
	uint32_t	prev = 0;
	bool		prev_known = true;

	x->ncands = 0;
	if (!mark_sentence(x))
		return false;
	for (size_t i = 0; i < x->n;)
	{
		size_t		nb,
					pb;
		uint32_t	cp = ex_cp(x, i, &nb);
		ShrScan		sc;
		ShrError	scan_err;
		size_t		k;
		bool		named;

		if (nb == 0)
			break;
		/* the code point before i: known when the loop stepped by one */
		if (!prev_known)
			prev = ex_cp_before(x, i, &pb);
		prev_known = false;
		if (is_digit(cp))
		{
			/* the middle of a code, a decimal or a date: 2.0, G20, 11/25 */
			if (is_digit(prev) || is_letter(prev) || prev == '.' ||
				prev == '+' || prev == '/' || prev == ':' || prev == '_' ||
				prev == '-' || prev == 0x2014 || prev == 0x2013 ||
				prev == '~' || prev == 0xFF5E || prev == 0xFF0B ||
				prev == 0xFF0F || prev == 0xFF0E || prev == 0x00B7 ||
				prev == 0x2236 || prev == 0xFF1A)
			{
				while (i < x->n && (is_digit(cp) || is_letter(cp) || cp == '.'))
				{
					i += nb;
					cp = ex_cp(x, i, &nb);
					if (nb == 0)
						break;
				}
				continue;
			}
			memset(&sc, 0, sizeof(sc));
			scan_err.status = SHR_OK;
			k = shr_amount_scan(x->clean + i, x->n - i, SHR_SCAN_RANGE, &sc,
								&scan_err);
			if (k == 0 || scan_err.status != SHR_OK)
			{
				i += nb;
				continue;
			}
			named = drop_false_unit(x, i, &k, &sc);
			extend_raw(x, i, &k, &sc);
			if (is_figure(x, i, k, &sc, named) &&
				!add_cand(x, i, i + k, &sc, false))
				return false;
			i += k;
			continue;
		}
		if (cp == 0x7FFB)		/* 翻一番, 翻两番: a doubling */
		{
			size_t		n2,
						n3;
			uint32_t	c2 = ex_cp(x, i + nb, &n2);
			uint32_t	c3 = ex_cp(x, i + nb + n2, &n3);
			int			times = 0;

			if (c2 == 0x4E00)
				times = 1;
			else if (c2 == 0x4E24 || c2 == 0x4E8C)
				times = 2;
			else if (c2 == 0x4E09)
				times = 3;
			if (times > 0 && c3 == 0x756A)	/* 番 */
			{
				ShrDecimal	d = {(int64_t) 1 << times, 0};
				ShrError	e2;

				memset(&sc, 0, sizeof(sc));
				e2.status = SHR_OK;
				if (shr_quantity_make(d, x->unit_bei, SHR_MAG_NONE, &sc.q, &e2) == SHR_OK)
				{
					sc.has_unit = x->unit_bei != SHR_UNIT_NONE;
					sc.chinese = true;
					sc.nbytes = nb + n2 + n3;
					if (!in_quoted_name(x, i) &&
						!add_cand(x, i, i + nb + n2 + n3, &sc, true))
						return false;
				}
				i += nb + n2 + n3;
				continue;
			}
		}
		if ((is_cn_digit(cp) && !shr_is_cn_numeral(prev) && prev != 0x7B2C &&
			 has_magnitude(x, i)) ||
			(cp == 0x767E && x->n - i >= 9 &&
			 memcmp(x->clean + i, "百分之", 9) == 0))
		{
			memset(&sc, 0, sizeof(sc));
			scan_err.status = SHR_OK;
			k = shr_amount_scan(x->clean + i, x->n - i,
								SHR_SCAN_CHINESE | SHR_SCAN_RANGE, &sc,
								&scan_err);
			if (k > 0 && scan_err.status == SHR_OK)
			{
				bool		pct = (cp == 0x767E);

				if ((pct ? is_figure(x, i, k, &sc, false) : is_chinese_figure(x, i, k, &sc)) &&
					!add_cand(x, i, i + k, &sc, false))
					return false;
				i += k;
				continue;
			}
		}
		prev = cp;
		prev_known = true;
		i += nb;
	}
	for (int c = 0; c < x->ncands; c++)
		adjacent_qualifiers(x, c);
	governing_qualifiers(x);
	return true;
}
