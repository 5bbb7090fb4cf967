/*
 * figrank.c
 *		Ranks: the place a report gives a figure among others (居全国第2位,
 *		全国排名53位, 稳居全国前十) and the places a rank moved by (提升3位).
 *
 * A place is read after a verb of ranking (the lexicon's SHR_LX_RANK: 居,
 * 位居, 排名, 升至, 进入 ...), across the short field between them (全国,
 * 中部化工园区), which the figure keeps as a qualifier; 前N there is a
 * ceiling of places, 前十 the top ten.  排名 and 排 also take a place
 * without 第 (SHR_LX_RANKBARE: 排名53位).  A verb that moves a rank
 * (SHR_LX_RANKMOVE: 提升, 前移) before a number of 位 or 名 states the
 * places it moved by, a change.  A later member of a list of them (第3位、
 * 第2位; 第1、第2位; 46位、82位) is of the same kind.  Elsewhere 第 and 前
 * number other things (第1季度, 第三轮, 第十四届, 前10个月, 作为第一位的
 * 工作) and stay no figure; figrules.c keeps their digits out.
 */
#include <string.h>

#include "reader/extract_int.h"

/* How many characters the field between a verb and its rank may have. */
#define EX_SCOPE_CHARS 10

/* How many members a list of bare ordinals may have (第1、第2、第3位). */
#define EX_RANK_LIST 4

/* Does the rank that ends at clean[e] end there, not open a longer word? */
static bool
rank_ends(ExState *x, size_t e)
{
	size_t		nb;
	uint32_t	cp = ex_cp(x, e, &nb);

	if (nb == 0 || shr_is_clause_break(cp) || shr_is_space(cp) ||
		ex_is_list_sep(cp) || ex_cp_in(cp, "）)”"))
		return true;
	return shr_lex_match(x->lex, x->clean + e, x->n - e,
						 SHR_LX_PRED | SHR_LX_STOP | SHR_LX_LEAD | SHR_LX_TRAIL |
						 SHR_LX_RANK, &nb) != NULL ||
		shr_qualifier_match(x->clean + e, x->n - e, SHR_QUAL_SUFFIX, &nb) != NULL;
}

/*
 * The word with a role in mask that ends at clean[p], if it is the longest
 * word of the lexicon ending there (安排 is no 排); its piece, or empty.
 */
static ExPiece
word_ending(ExState *x, size_t p, unsigned mask)
{
	ExPiece		w = {p, p};
	size_t		nb,
				any;

	if (shr_lex_match_end(x->lex, x->clean, p, mask, &nb) != NULL &&
		shr_lex_match_end(x->lex, x->clean, p, ~0u, &any) != NULL && any == nb)
		w.s = p - nb;
	return w;
}

/*
 * The verb of ranking before clean[i], across a field of at most
 * EX_SCOPE_CHARS characters of words (居 全国 第2位, 位列 金牌榜 第2位);
 * with no field, a field word before the verb (全国 排名53位).  False
 * when there is none.
 */
static bool
verb_and_scope(ExState *x, size_t i, unsigned mask, ExRank *out)
{
	size_t		p = i,
				nb;

	for (int k = 0; k <= EX_SCOPE_CHARS; k++)
	{
		ExPiece		v = word_ending(x, p, mask);
		uint32_t	cp;

		if (v.s < v.e)
		{
			out->verb = v;
			out->scope.s = p;
			out->scope.e = i;
			if (p == i)
				out->scope = word_ending(x, v.s, SHR_LX_SCOPE);
			return true;
		}
		cp = ex_cp_before(x, p, &nb);
		if (cp < EX_CP_CJK_FIRST || cp > EX_CP_CJK_LAST)
			return false;
		p -= nb;
	}
	return false;
}

/*
 * Does a rank of the kind stand just before clean[i], with nothing but
 * list separators between (第3位、第2位; 提升6位、49位)?
 */
static bool
listed_after(ExState *x, size_t i, int kind)
{
	const ExCand *prev = x->ncands > 0 ? &x->cands[x->ncands - 1] : NULL;
	size_t		p,
				nb;

	if (prev == NULL || prev->rank != kind || prev->e >= i ||
		prev->clause != ex_clause_of(x, i))
		return false;
	for (p = prev->e; p < i; p += nb)
	{
		uint32_t	cp = ex_cp(x, p, &nb);

		if (nb == 0 || !(ex_is_list_sep(cp) || shr_is_space(cp)))
			return false;
	}
	return true;
}

/* The ordinal unit spelled as the count sc has (the 位 of 排名53位), or -1. */
static int
ordinal_of(const ShrScan *sc)
{
	const char *name = ex_unit_name(sc);
	size_t		nb;
	int			u = shr_unit_ordinal_match(name, strlen(name), &nb);

	return u >= 0 && nb == strlen(name) ? u : -1;
}

/*
 * 第1、第2位: a bare ordinal before a list that ends in a rank takes that
 * rank's unit.  Bytes of the first member (第1), 0 if no such list.
 */
static size_t
listed_ordinal(ExState *x, size_t i, ShrScan *sc)
{
	size_t		p = i,
				first = 0,
				nb;
	ShrError	err;
	ShrScan		s2;

	for (int item = 0; item < EX_RANK_LIST; item++)
	{
		size_t		n;

		if (ex_cp(x, p, &nb) != EX_CH("第"))
			return 0;
		err.status = SHR_OK;
		n = shr_amount_scan(x->clean + p + nb, x->n - p - nb, SHR_SCAN_CHINESE,
							&s2, &err);
		if (n == 0 || err.status != SHR_OK || s2.has_unit || s2.more)
			return 0;
		if (item == 0)
		{
			*sc = s2;
			first = nb + n;
		}
		p += nb + n;
		if (!ex_is_list_sep(ex_cp(x, p, &nb)))
			return 0;
		p += nb;
		err.status = SHR_OK;
		n = shr_amount_scan(x->clean + p, x->n - p, SHR_SCAN_RANK | SHR_SCAN_CHINESE,
							&s2, &err);
		if (n > 0 && err.status == SHR_OK && !s2.top && s2.has_unit)
		{
			sc->q.unit = s2.q.unit;
			sc->has_unit = true;
			return first;
		}
	}
	return 0;
}

/* A place or a ceiling written with 第 or 前: 居全国第2位, 进入全国前三. */
static bool
read_ordinal(ExState *x, size_t i, ExRank *out)
{
	ShrError	err;
	size_t		k;

	err.status = SHR_OK;
	k = shr_amount_scan(x->clean + i, x->n - i, SHR_SCAN_RANK | SHR_SCAN_CHINESE,
						&out->sc, &err);
	if (k == 0 || err.status != SHR_OK)
	{
		memset(&out->sc, 0, sizeof(out->sc));
		k = listed_ordinal(x, i, &out->sc);
		if (k == 0)
			return false;
	}
	else if (!rank_ends(x, i + k))
		return false;
	out->kind = out->sc.top ? EX_RANK_TOP : EX_RANK_PLACE;
	out->len = k;
	return listed_after(x, i, out->kind) ||
		verb_and_scope(x, i, SHR_LX_RANK, out);
}

/*
 * A number of 位 or 名 without 第: a place after 排名 (排名53位), the
 * places a rank moved by (提升3位, 前移3个位次), or a later member of a
 * list of either.
 */
static bool
read_bare(ExState *x, size_t i, ExRank *out)
{
	ShrError	err;
	const ShrUnitDef *u;
	size_t		k;
	int			place;

	err.status = SHR_OK;
	k = shr_amount_scan(x->clean + i, x->n - i, 0, &out->sc, &err);
	u = shr_unit(out->sc.q.unit);
	if (k == 0 || err.status != SHR_OK || !out->sc.has_unit || out->sc.more ||
		u == NULL || !rank_ends(x, i + k))
		return false;
	place = ordinal_of(&out->sc);
	out->len = k;
	if (listed_after(x, i, EX_RANK_PLACE) ||
		(out->verb = word_ending(x, i, SHR_LX_RANKBARE)).s < i)
	{
		out->kind = EX_RANK_PLACE;
		out->sc.q.unit = (uint16_t) place;
		if (out->verb.s < out->verb.e)
			out->scope = word_ending(x, out->verb.s, SHR_LX_SCOPE);
		return place >= 0;
	}
	if (!listed_after(x, i, EX_RANK_MOVE) &&
		(out->verb = word_ending(x, i, SHR_LX_RANKMOVE)).s == i)
		return false;
	out->kind = EX_RANK_MOVE;
	/* 提升3位 moves by places, 位次; 3个位次 is written so */
	if (place >= 0)
		out->sc.q.unit = (uint16_t) shr_unit_find("位次", strlen("位次"));
	return place >= 0 || (shr_dimension_unit(u->dim) >= 0 &&
						  shr_unit(shr_dimension_unit(u->dim))->ordinal);
}

bool
ex_read_rank(ExState *x, size_t i, uint32_t prev, ExRank *out)
{
	size_t		nb;
	uint32_t	cp = ex_cp(x, i, &nb);

	memset(out, 0, sizeof(*out));
	if (ex_in_quoted_name(x, i))
		return false;
	if (cp == EX_CH("第") || cp == EX_CH("前"))
		return read_ordinal(x, i, out);
	if (ex_is_digit(cp) && !ex_continues_code(prev))
		return read_bare(x, i, out);
	return false;
}
