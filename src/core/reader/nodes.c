/*
 * nodes.c
 *		The node tree: appending nodes with their spans, and the strings
 *		they own (clean text, paths, marker paths).
 */
#include <string.h>

#include "reader/scan_int.h"

/* Code-point offset of byte b, moving the cursor there. */
static uint32_t
char_at(Scanner *sc, uint32_t b)
{
	/* a cursor that jumped back and forth would count the text again */
	*sc->work += b >= sc->cur_b ? b - sc->cur_b : sc->cur_b - b;
	if (b >= sc->cur_b)
		sc->cur_c += (uint32_t) shr_utf8_count(sc->text + sc->cur_b, b - sc->cur_b);
	else
		sc->cur_c -= (uint32_t) shr_utf8_count(sc->text + b, sc->cur_b - b);
	sc->cur_b = b;
	return sc->cur_c;
}

/*
 * Is text[b0..b1) clean as written?  So it is when it lies in a line whose
 * pass found no backtick, in a text whose lines were not joined (only
 * joined lines hold a line break).
 */
static bool
written_clean(const Scanner *sc, uint32_t b0, uint32_t b1)
{
	return b0 >= b1 || (sc->wrap == 0 && !sc_may_hold_tick(sc, b0, b1));
}

/*
 * The next backtick in text[i..hi) (hi when none), *end past it: all that
 * clean text leaves out where no lines were joined.
 */
static size_t
next_tick(const char *text, size_t i, size_t hi, size_t *end)
{
	const char *t = memchr(text + i, '`', hi - i);

	*end = t ? (size_t) (t - text) + 1 : hi;
	return t ? (size_t) (t - text) : hi;
}

/*
 * Copy text[b..e) to q without what clean text leaves out (line breaks
 * only if lines were joined); returns the end of the copy.
 */
static char *
copy_clean(char *q, const char *text, uint32_t b, uint32_t e, bool joined)
{
	size_t		i = b,
				next;

	while (i < e)
	{
		size_t		k = joined ? shr_clean_skip(text, i, e, &next) :
			next_tick(text, i, e, &next);

		memcpy(q, text + i, k - i);
		q += k - i;
		i = next;
	}
	return q;
}

/* text[b0..b1) (and text[c0..c1) after it) clean: without its backticks. */
char *
sc_clean_dup2(Scanner *sc, uint32_t b0, uint32_t b1, uint32_t c0, uint32_t c1)
{
	char	   *p = shr_report_alloc(sc->rep, (size_t) (b1 - b0) + (c1 - c0) + 1);
	char	   *q = p;

	if (p == NULL)
	{
		sc_nomem(sc);
		return NULL;
	}
	if (written_clean(sc, b0, b1) && written_clean(sc, c0, c1))
	{
		memcpy(q, sc->text + b0, b1 - b0);
		q += b1 - b0;
		memcpy(q, sc->text + c0, c1 - c0);
		q += c1 - c0;
	}
	else
	{
		q = copy_clean(q, sc->text, b0, b1, sc->wrap > 0);
		q = copy_clean(q, sc->text, c0, c1, sc->wrap > 0);
	}
	*q = '\0';
	return p;
}

/* text[b0..b1) with every backtick removed. */
char *
sc_clean_dup(Scanner *sc, uint32_t b0, uint32_t b1)
{
	return sc_clean_dup2(sc, b0, b1, 0, 0);
}

/* "<parent>.<prefix><n>", or without the dot under an empty parent. */
char *
sc_path_join(Scanner *sc, const char *parent, const char *prefix, int32_t n)
{
	char		num[16];
	size_t		lp = strlen(parent),
				lx = strlen(prefix),
				ln = 0;
	char	   *p,
			   *q;

	do
	{
		num[ln++] = (char) ('0' + n % 10);
		n /= 10;
	} while (n > 0);
	p = shr_report_alloc(sc->rep, lp + 1 + lx + ln + 1);
	if (p == NULL)
	{
		sc_nomem(sc);
		return NULL;
	}
	q = p;
	memcpy(q, parent, lp);
	q += lp;
	if (lp > 0)
		*q++ = '.';
	memcpy(q, prefix, lx);
	q += lx;
	while (ln > 0)
		*q++ = num[--ln];
	*q = '\0';
	return p;
}

/* parent's marker path followed by label. */
char *
sc_section_join(Scanner *sc, const char *parent, const char *label, size_t llen)
{
	size_t		lp = strlen(parent);
	char	   *p = shr_report_alloc(sc->rep, lp + llen + 1);

	if (p == NULL)
	{
		sc_nomem(sc);
		return NULL;
	}
	memcpy(p, parent, lp);
	memcpy(p + lp, label, llen);
	p[lp + llen] = '\0';
	return p;
}

/*
 * Append a node starting at byte b0 (its end is set by set_end, so that
 * the code-point cursor only moves forward); returns its index or -1.
 */
int32_t
sc_add_node(Scanner *sc, int kind, int level, int32_t parent, uint32_t b0)
{
	ShrReport  *r = sc->rep;
	ShrNode    *nd;

	if (sc->failed)
		return -1;
	if (r->nnodes >= SHR_SCAN_MAX_NODES)
	{
		shr_fail(sc->err, SHR_ETOOLARGE,
				 "The report has more than %d structural units.", SHR_SCAN_MAX_NODES);
		sc->failed = true;
		return -1;
	}
	if (!shr_report_reserve_nodes(r, r->nnodes + 1))
	{
		sc_nomem(sc);
		return -1;
	}
	nd = &r->nodes[r->nnodes];
	memset(nd, 0, sizeof(*nd));
	nd->kind = (uint8_t) kind;
	nd->level = (uint8_t) (level > 255 ? 255 : level);
	nd->parent = parent;
	nd->span.byte_start = nd->span.byte_end = b0;
	nd->span.char_start = nd->span.char_end = char_at(sc, b0);
	return r->nnodes++;
}

/* Set where node idx ends. */
void
sc_set_end(Scanner *sc, int32_t idx, uint32_t b1)
{
	if (idx < 0 || sc->failed)
		return;
	sc->rep->nodes[idx].span.byte_end = b1;
	sc->rep->nodes[idx].span.char_end = char_at(sc, b1);
}

/* Fill in the strings every node has. */
void
sc_set_strings(Scanner *sc, int32_t idx, const char *path, const char *section)
{
	if (idx < 0 || sc->failed)
		return;
	sc->rep->nodes[idx].path = (char *) path;
	sc->rep->nodes[idx].section = (char *) section;
}

/* A heading's span runs to the end of its last descendant. */
void
sc_extend_spans(ShrReport *r)
{
	for (int32_t i = r->nnodes - 1; i > 0; i--)
	{
		ShrNode    *nd = &r->nodes[i];

		if (nd->parent >= 0)
		{
			ShrNode    *p = &r->nodes[nd->parent];

			if (nd->span.byte_end > p->span.byte_end)
			{
				p->span.byte_end = nd->span.byte_end;
				p->span.char_end = nd->span.char_end;
			}
		}
	}
}
