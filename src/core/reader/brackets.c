/*
 * brackets.c
 *		The quotes, brackets and backtick spans of a line that pair up, in
 *		which a sentence is not split.
 *
 * The pairs are found in one pass over the line with a stack of pending
 * openers; a closer may skip a few unclosed openers to find its own, so a
 * stray “ does not keep the brackets after it from pairing.
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

/*
 * Decode bracket_pairs for one scan, and mark the bytes a bracket, quote or
 * backtick starts with: most characters that are no ideograph start with
 * none of them and need not be decoded.
 */
void
sc_brackets_init(Brackets *br)
{
	memset(br->lead, 0, sizeof(br->lead));
	br->lead['`'] = br->lead['"'] = true;
	for (int i = 0; i < BRACKET_PAIRS; i++)
	{
		br->open[i] = first_cp(bracket_pairs[i][0]);
		br->close[i] = first_cp(bracket_pairs[i][1]);
		br->lead[(unsigned char) bracket_pairs[i][0][0]] = true;
		br->lead[(unsigned char) bracket_pairs[i][1][0]] = true;
	}
}

/*
 * What cp is in a pair of bracket_pairs: an opener (returns its closer),
 * a closer (returns cp itself) or neither (returns 0).
 */
static uint32_t
bracket_role(const Brackets *br, uint32_t cp, bool *opens)
{
	for (int i = 0; i < BRACKET_PAIRS; i++)
	{
		if (br->open[i] == cp)
		{
			*opens = true;
			return br->close[i];
		}
		if (br->close[i] == cp)
		{
			*opens = false;
			return cp;
		}
	}
	return 0;
}

/* Record a bracket pair, keeping only outermost pairs, sorted. */
static void
add_pair(Scanner *sc, uint32_t b0, uint32_t b1)
{
	/* Pairs arrive as they close, so earlier ones inside this one go. */
	while (sc->nprot > 0 && sc->prot[sc->nprot - 1].b0 >= b0)
		sc->nprot--;
	if (sc->nprot == sc->capprot)
	{
		size_t		cap = sc->capprot ? sc->capprot * 2 : 64;
		Range	   *p = shr_alloc_resize(sc->alloc, sc->prot,
										 sc->nprot * sizeof(Range),
										 cap * sizeof(Range));

		if (p == NULL)
		{
			sc_nomem(sc);
			return;
		}
		sc->prot = p;
		sc->capprot = cap;
	}
	sc->prot[sc->nprot].b0 = b0;
	sc->prot[sc->nprot].b1 = b1;
	sc->nprot++;
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

/*
 * Find the balanced quotes, brackets and backtick spans of text[b..e), in
 * which sentences are not split.  An opener without its closer on the line
 * protects nothing, so a stray quote cannot swallow the rest of a line.
 */
void
sc_pair_brackets(Scanner *sc, uint32_t b, uint32_t e)
{
	Openers		o;
	uint32_t	n;
	const unsigned char *t = (const unsigned char *) sc->text;

	if (sc->prot_b0 == b && sc->prot_b1 == e && b < e)
		return;
	*sc->work += e - b;
	sc->nprot = 0;
	sc->prot_b0 = b;
	sc->prot_b1 = e;
	o.depth = 0;
	o.tick = -1;

	/*
	 * Only add_pair can fail, so failure is tested once per bracket rather
	 * than per character: the loop runs over every byte of every line.
	 */
	for (uint32_t i = b; i < e && !sc->failed; i += n)
	{
		uint32_t	cp,
					cl;
		bool		opens;

		/* runs of ideographs, most of a line, hold no bracket */
		while (i < e && shr_ideograph_lead(t[i]))
			i += 3;
		if (i >= e)
			break;
		if (!sc->brackets.lead[t[i]])
		{
			n = shr_utf8_char_len(t[i]);
			continue;
		}
		cp = cp_at(sc, i, e, &n);
		if (cp == '`')
			on_backtick(sc, &o, i);
		else if (cp == '"')
			on_closer(sc, &o, cp, i, n);
		else if ((cl = bracket_role(&sc->brackets, cp, &opens)) != 0)
		{
			if (opens)
				push_opener(&o, i, cl);
			else
				on_closer(sc, &o, cp, i, n);
		}
	}
}
