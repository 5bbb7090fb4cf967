/*
 * clause.c
 *		The shared ground of the figure passes: scratch arrays, the clauses
 *		and quoted names of the clean sentence, and the recording of a
 *		figure's qualifier words.
 *
 * Every pass calls down to these and none of them calls a pass.
 */
#include <string.h>

#include "reader/extract_int.h"

/*
 * The longest quotation that is a name, in characters: a short one is a
 * name or a slogan ("2115", 八抓20条), a long one is reported speech, whose
 * figures are figures.
 */
#define EX_QUOTED_NAME_MAX 20

bool
ex_grow(ExState *x, void **arr, int *cap, int need, size_t elem)
{
	int			ncap = *cap;
	void	   *p;

	if (need <= *cap)
		return true;
	if (ncap < 16)
		ncap = 16;
	while (ncap < need)
	{
		if (ncap > INT32_MAX / 2)
			return false;
		ncap *= 2;
	}
	if (x->alloc->realloc != NULL)
		p = x->alloc->realloc(x->alloc->ctx, *arr, (size_t) ncap * elem);
	else
	{
		p = x->alloc->alloc(x->alloc->ctx, (size_t) ncap * elem);
		if (p != NULL && *arr != NULL)
		{
			memcpy(p, *arr, (size_t) *cap * elem);
			if (x->alloc->free)
				x->alloc->free(x->alloc->ctx, *arr);
		}
	}
	if (p == NULL)
		return false;
	*arr = p;
	*cap = ncap;
	return true;
}

void
ex_free(ExState *x, void *p)
{
	if (p != NULL && x->alloc->free != NULL)
		x->alloc->free(x->alloc->ctx, p);
}

void
ex_filter_add(ShrCpFilter *f, const char *chars)
{
	for (size_t i = 0; chars[i] != '\0';)
	{
		uint32_t	n;

		shr_cp_filter_add(f, shr_utf8_at(chars, i, &n));
		i += n;
	}
}

/* Record clean[s, e) as a quoted name. */
static bool
add_quote(ExState *x, size_t s, size_t e)
{
	if (!ex_grow(x, (void **) &x->quotes, &x->quotecap, x->nquotes + 1,
				 sizeof(ExPiece)))
		return false;
	x->quotes[x->nquotes].s = s;
	x->quotes[x->nquotes].e = e;
	x->nquotes++;
	return true;
}

/* Record a clause end at clean[pos]. */
static bool
add_break(ExState *x, size_t pos)
{
	if (!ex_grow(x, (void **) &x->breaks, &x->breakcap, x->nbreaks + 1,
				 sizeof(size_t)))
		return false;
	x->breaks[x->nbreaks++] = pos;
	return true;
}

/*
 * Open quotations while the sentence is read: where the last “ and 《
 * opened (SIZE_MAX when none is open) and the characters since the “.
 */
typedef struct QuoteMarks
{
	size_t		open_q;
	size_t		open_t;
	int			qchars;
} QuoteMarks;

/* Take the punctuation cp at clean[i, i+nb) into the open quotations. */
static bool
mark_quote(ExState *x, QuoteMarks *m, uint32_t cp, size_t i, size_t nb)
{
	if (cp == EX_CH("“"))
	{
		m->open_q = i;
		m->qchars = 0;
	}
	else if (cp == EX_CH("”") && m->open_q != SIZE_MAX)
	{
		if (m->qchars <= EX_QUOTED_NAME_MAX && !add_quote(x, m->open_q, i + nb))
			return false;
		m->open_q = SIZE_MAX;
	}
	else if (cp == EX_CH("《"))
		m->open_t = i;
	else if (cp == EX_CH("》") && m->open_t != SIZE_MAX)
	{
		if (!add_quote(x, m->open_t, i + nb))
			return false;
		m->open_t = SIZE_MAX;
	}
	else
	{
		m->qchars++;
		/* A quotation does not run over a clause end; a comma is no end. */
		if (shr_is_clause_break(cp) && cp != EX_CH("，") && cp != ',')
			m->open_q = SIZE_MAX;
	}
	return true;
}

bool
ex_mark_sentence(ExState *x)
{
	QuoteMarks	m = {SIZE_MAX, SIZE_MAX, 0};

	x->nbreaks = 0;
	x->nquotes = 0;
	for (size_t i = 0; i < x->n;)
	{
		size_t		nb;
		uint32_t	cp;

		size_t		run = shr_skip_ideographs(x->clean, i, x->n);

		/* ideographs are most of the text and never punctuation */
		if (run > i)
		{
			m.qchars += (int) ((run - i) / 3);
			i = run;
			continue;
		}
		cp = ex_cp(x, i, &nb);
		if (nb == 0)
			break;
		if (!mark_quote(x, &m, cp, i, nb))
			return false;
		if (shr_is_clause_break(cp) && !add_break(x, i))
			return false;
		i += nb;
	}
	return true;
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

bool
ex_in_quoted_name(const ExState *x, size_t pos)
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
