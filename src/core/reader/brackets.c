/*
 * brackets.c
 *		One pass over a line finds what its sentences are cut by: the
 *		quotes, brackets and backtick spans that pair up (in which a
 *		sentence is not split) and the runs of sentence terminators.
 *
 * The pass decodes only the characters that are no ideograph (the runs of
 * ideographs, most of a line, are skipped eight bytes at a time), and pairs
 * brackets with a stack of pending openers; a closer may skip a few
 * unclosed openers to find its own, so a stray “ does not keep the
 * brackets after it from pairing.
 */
#include <string.h>

#include "reader/scan_int.h"

/*
 * The brackets and quotes that pair up, a row a pair: opener and closer
 * (BRACKET_PAIRS counts the rows).  The straight quote " and the backtick
 * are their own closers and are handled apart.
 */
static const char *const bracket_pairs[][2] = {
	{"“", "”"}, {"‘", "’"}, {"（", "）"}, {"(", ")"}, {"[", "]"},
	{"《", "》"}, {"〈", "〉"}, {"「", "」"}, {"『", "』"}, {"【", "】"},
	{"〔", "〕"},
};

typedef char bracket_pairs_counted[lengthof(bracket_pairs) == BRACKET_PAIRS ? 1 : -1];
typedef char bracket_rows_fit_slots[BRACKET_PAIRS < BRACKET_SHARED ? 1 : -1];

/* An opener waiting for its closer. */
typedef struct Pending
{
	uint32_t	pos;			/* byte offset of the opener */
	uint32_t	closer;			/* the code point that closes it */
} Pending;

/* The openers pending on the line, innermost last. */
typedef struct Openers
{
	Pending		stack[MAX_BRACKETS];
	int			depth;
	int			tick;			/* stack index of an open backtick, or -1 */
} Openers;

/* The code point the UTF-8 string s starts with. */
static uint32_t
first_cp(const char *s)
{
	uint32_t	n;

	return shr_utf8_at(s, 0, &n);
}

/* Note in its slot that cp is a bracket of row. */
static void
set_slot(Brackets *br, uint32_t cp, int row)
{
	uint8_t    *slot = &br->slot[cp % BRACKET_SLOTS];

	*slot = *slot == 0 ? (uint8_t) (row + 1) : BRACKET_SHARED;
}

/*
 * Decode bracket_pairs for one scan, and mark the bytes a bracket, quote or
 * backtick starts with: most characters that are no ideograph start with
 * none of them and need not be decoded.
 */
void
sc_brackets_init(Brackets *br)
{
	memset(br->lead, 0, sizeof(br->lead));
	memset(br->slot, 0, sizeof(br->slot));
	br->lead['`'] = br->lead['"'] = true;
	for (int i = 0; i < BRACKET_PAIRS; i++)
	{
		br->open[i] = first_cp(bracket_pairs[i][0]);
		br->close[i] = first_cp(bracket_pairs[i][1]);
		br->lead[(unsigned char) bracket_pairs[i][0][0]] = true;
		br->lead[(unsigned char) bracket_pairs[i][1][0]] = true;
		set_slot(br, br->open[i], i);
		set_slot(br, br->close[i], i);
	}
}

/* What cp is in row i of bracket_pairs, as bracket_role says. */
static uint32_t
row_role(const Brackets *br, int i, uint32_t cp, bool *opens)
{
	*opens = br->open[i] == cp;
	if (*opens)
		return br->close[i];
	return br->close[i] == cp ? cp : 0;
}

/*
 * What cp is in a pair of bracket_pairs: an opener (returns its closer),
 * a closer (returns cp itself) or neither (returns 0).  Its slot names the
 * one row to look at, save for the rare slot two rows share.
 */
static uint32_t
bracket_role(const Brackets *br, uint32_t cp, bool *opens)
{
	uint8_t		slot = br->slot[cp % BRACKET_SLOTS];
	uint32_t	role = 0;

	if (slot != BRACKET_SHARED)
		return slot == 0 ? 0 : row_role(br, slot - 1, cp, opens);
	for (int i = 0; i < BRACKET_PAIRS && role == 0; i++)
		role = row_role(br, i, cp, opens);
	return role;
}

/* Make room for one more range in list; false when memory ran out. */
static bool
reserve_range(Scanner *sc, RangeList *list)
{
	size_t		cap;
	Range	   *p;

	if (list->n < list->cap)
		return true;
	cap = list->cap ? list->cap * 2 : 64;
	p = shr_alloc_resize(sc->alloc, list->r, list->n * sizeof(Range),
						 cap * sizeof(Range));
	if (p == NULL)
	{
		sc_nomem(sc);
		return false;
	}
	list->r = p;
	list->cap = cap;
	return true;
}

/* Record a bracket pair, keeping only outermost pairs, sorted. */
static void
add_pair(Scanner *sc, uint32_t b0, uint32_t b1)
{
	RangeList  *prot = &sc->prot;

	/* Pairs arrive as they close, so earlier ones inside this one go. */
	while (prot->n > 0 && prot->r[prot->n - 1].b0 >= b0)
		prot->n--;
	if (!reserve_range(sc, prot))
		return;
	prot->r[prot->n].b0 = b0;
	prot->r[prot->n].b1 = b1;
	prot->n++;
}

/* Record a terminator at text[b0..b1), joining it to a run it goes on. */
static void
add_end(Scanner *sc, uint32_t b0, uint32_t b1)
{
	RangeList  *ends = &sc->ends;

	if (ends->n > 0 && ends->r[ends->n - 1].b1 == b0)
	{
		ends->r[ends->n - 1].b1 = b1;
		return;
	}
	if (!reserve_range(sc, ends))
		return;
	ends->r[ends->n].b0 = b0;
	ends->r[ends->n].b1 = b1;
	ends->n++;
}

/* Give back the lists of the last line. */
void
sc_free_marks(Scanner *sc)
{
	if (sc->prot.r != NULL)
		sc->alloc->free(sc->alloc->ctx, sc->prot.r);
	if (sc->ends.r != NULL)
		sc->alloc->free(sc->alloc->ctx, sc->ends.r);
}

/* Push an opener at pos awaiting closer; returns its index, -1 when full. */
static int
push_opener(Openers *o, uint32_t pos, uint32_t closer)
{
	if (o->depth >= MAX_BRACKETS)
		return -1;
	o->stack[o->depth].pos = pos;
	o->stack[o->depth].closer = closer;
	return o->depth++;
}

/*
 * A backtick at i: it closes the open backtick span (and every opener
 * inside it), or opens one.
 */
static void
on_backtick(Scanner *sc, Openers *o, uint32_t i)
{
	sc->marks_tick = true;
	if (o->tick >= 0)
	{
		add_pair(sc, o->stack[o->tick].pos, i + 1);
		o->depth = o->tick;
		o->tick = -1;
	}
	else
	{
		int			k = push_opener(o, i, '`');

		if (k >= 0)
			o->tick = k;
	}
}

/*
 * A closer cp of n bytes at i: it pairs with its opener a few openers
 * down, but not out of a backtick span.  A straight quote that closes
 * nothing opens a quote.
 */
static void
on_closer(Scanner *sc, Openers *o, uint32_t cp, uint32_t i, uint32_t n)
{
	for (int k = o->depth - 1; k >= 0 && k >= o->depth - BRACKET_LOOKBACK; k--)
	{
		if (o->stack[k].closer == '`')
			break;
		if (o->stack[k].closer == cp)
		{
			add_pair(sc, o->stack[k].pos, i + n);
			o->depth = k;
			return;
		}
	}
	if (cp == '"')
		push_opener(o, i, '"');
}

/* A bracket, quote or backtick cp of n bytes at i: pair it up. */
static void
on_bracket(Scanner *sc, Openers *o, uint32_t cp, uint32_t i, uint32_t n)
{
	uint32_t	cl;
	bool		opens;

	if (cp == '`')
		on_backtick(sc, o, i);
	else if (cp == '"')
		on_closer(sc, o, cp, i, n);
	else if ((cl = bracket_role(&sc->brackets, cp, &opens)) != 0)
	{
		if (opens)
			push_opener(o, i, cl);
		else
			on_closer(sc, o, cp, i, n);
	}
}

/*
 * Find the balanced quotes, brackets and backtick spans of text[b..e), in
 * which sentences are not split, and its runs of terminators.  An opener
 * without its closer on the line protects nothing, so a stray quote cannot
 * swallow the rest of a line.
 */
void
sc_mark_line(Scanner *sc, uint32_t b, uint32_t e)
{
	Openers		o;
	uint32_t	n;
	const unsigned char *t = (const unsigned char *) sc->text;

	if (sc->marks_b0 == b && sc->marks_b1 == e && b < e)
		return;
	*sc->work += e - b;
	sc->prot.n = sc->ends.n = 0;
	sc->marks_b0 = b;
	sc->marks_b1 = e;
	sc->marks_tick = false;
	o.depth = 0;
	o.tick = -1;

	/*
	 * Only a list can fail to grow, so failure is tested once per character
	 * decoded rather than per byte: the loop runs over every line.
	 */
	for (uint32_t i = (uint32_t) shr_skip_ideographs(sc->text, b, e);
		 i < e && !sc->failed;
		 i = (uint32_t) shr_skip_ideographs(sc->text, i + n, e))
	{
		uint32_t	cp = shr_utf8_at(sc->text, i, &n);
		bool		bracket_lead = sc->brackets.lead[t[i]];

		*sc->work += bracket_lead;	/* a step per bracket-like character */
		if (shr_is_terminator(cp))
			add_end(sc, i, i + n);
		else if (bracket_lead)
			on_bracket(sc, &o, cp, i, n);
	}
}

/*
 * May text[b0..b1) hold a backtick?  Not when it is empty or lies in the
 * line the last pass found none in: then copies of it need not look.
 */
bool
sc_may_hold_tick(const Scanner *sc, uint32_t b0, uint32_t b1)
{
	return b0 < b1 &&
		(sc->marks_tick || b0 < sc->marks_b0 || b1 > sc->marks_b1);
}
