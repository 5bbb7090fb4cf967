/*
 * brackets.c
 *		One pass over a line finds what its sentences are cut by: the
 *		quotes, brackets and backtick spans that pair up (in which a
 *		sentence is not split) and the runs of sentence terminators.
 *
 * The pass decodes only the characters that may be a mark: the runs of
 * ideographs, digits and the commonest commas, most of a line, are
 * stepped over many bytes at a time.  It pairs brackets with a stack of
 * pending openers; a closer may skip a few unclosed openers to find its
 * own, so a stray “ does not keep the brackets after it from pairing.
 */
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

/*
 * Three-byte characters that are no mark (neither a bracket nor a
 * terminator) and as frequent as all marks together: the line pass steps
 * over them undecoded, as over ideographs and digits.  sc_brackets_init
 * checks each against the marks, so one that became a mark is looked at.
 */
static const char *const plain_chars[] = {"，", "、"};

typedef char plain_chars_counted[lengthof(plain_chars) == PLAIN_CHARS ? 1 : -1];
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

/* Is cp something the line pass must see: a bracket, quote or terminator? */
static bool
is_mark(const Brackets *br, uint32_t cp)
{
	bool		opens;

	return cp == '`' || cp == '"' || shr_is_terminator(cp) ||
		bracket_role(br, cp, &opens) != 0;
}

/* Keep the plain characters (plain_chars, digits) that are no mark. */
static void
init_plain(Brackets *br)
{
	for (int k = 0; k < PLAIN_CHARS; k++)
	{
		const char *c = plain_chars[k];

		memset(br->plain[k], 0, 3);
		if (strlen(c) == 3 && !is_mark(br, first_cp(c)))
			memcpy(br->plain[k], c, 3);
	}
	br->plain_digits = true;
	for (uint32_t d = '0'; d <= '9'; d++)
		if (is_mark(br, d))
			br->plain_digits = false;
}

/*
 * Decode bracket_pairs for one scan, mark the bytes a bracket, quote or
 * backtick starts with (most characters that are no ideograph start with
 * none of them and need not be decoded) and keep the plain characters.
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
	init_plain(br);
}

/* Bytes of the plain character at t[i..e) (a kept digit or row), or 0. */
static inline uint32_t
plain_len(const Brackets *br, const unsigned char *t, uint32_t i, uint32_t e)
{
	if (t[i] >= '0' && t[i] <= '9')
		return br->plain_digits ? 1 : 0;
	if (e - i >= 3)
		for (int k = 0; k < PLAIN_CHARS; k++)
			if (t[i] == br->plain[k][0] && t[i + 1] == br->plain[k][1] &&
				t[i + 2] == br->plain[k][2])
				return 3;
	return 0;
}

#if defined(__SSE2__)
/* The bytes skip_blocks compares with, sixteen times over. */
typedef struct PlainBytes
{
	__m128i		digit_above;	/* '0' - 1, or 0x7F when digits are marks */
	__m128i		row[PLAIN_CHARS][3];
} PlainBytes;

/* Spread the plain characters of br into v, once per line. */
static void
plain_bytes(const Brackets *br, PlainBytes *v)
{
	v->digit_above = _mm_set1_epi8(br->plain_digits ? '0' - 1 : 0x7F);
	for (int k = 0; k < PLAIN_CHARS; k++)
		for (int j = 0; j < 3; j++)
			v->row[k][j] = _mm_set1_epi8((char) br->plain[k][j]);
}

/*
 * Step from i sixteen bytes at a time over blocks that hold only what
 * next_mark steps over: continuation bytes, ideographs' leads (E4..E9),
 * kept digits and the first bytes of plain rows, each compared whole by
 * loads one and two bytes on.  Returns true with *at the first other
 * byte, or false with *at where the last 17 bytes or fewer start.
 */
static bool
skip_blocks(const PlainBytes *v, const unsigned char *t, uint32_t i, uint32_t e,
			uint32_t *at)
{
	const __m128i cont_below = _mm_set1_epi8((char) 0xC0),
				ideo_above = _mm_set1_epi8((char) 0xE3),
				ideo_below = _mm_set1_epi8((char) 0xEA),
				digit_below = _mm_set1_epi8('9' + 1);

	for (; i + 18 <= e; i += 16)
	{
		__m128i		x0 = _mm_loadu_si128((const __m128i *) (t + i)),
					x1 = _mm_loadu_si128((const __m128i *) (t + i + 1)),
					x2 = _mm_loadu_si128((const __m128i *) (t + i + 2)),
					skip;
		unsigned	m;

		/* signed bytes: continuation bytes are the least, E4..E9 next */
		skip = _mm_or_si128(_mm_cmplt_epi8(x0, cont_below),
							_mm_and_si128(_mm_cmpgt_epi8(x0, ideo_above),
										  _mm_cmplt_epi8(x0, ideo_below)));
		skip = _mm_or_si128(skip, _mm_and_si128(_mm_cmpgt_epi8(x0, v->digit_above),
												_mm_cmplt_epi8(x0, digit_below)));
		for (int k = 0; k < PLAIN_CHARS; k++)
			skip = _mm_or_si128(skip,
								_mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(x0, v->row[k][0]),
															_mm_cmpeq_epi8(x1, v->row[k][1])),
											  _mm_cmpeq_epi8(x2, v->row[k][2])));
		m = (unsigned) _mm_movemask_epi8(skip);
		if (m != 0xFFFF)
		{
			*at = i + (uint32_t) __builtin_ctz(~m);
			return true;
		}
	}
	*at = i;
	return false;
}
#else
typedef struct PlainBytes
{
	char		none;			/* without SSE2 the bytes are compared one by one */
} PlainBytes;

/* Nothing to spread without SSE2. */
static void
plain_bytes(const Brackets *br, PlainBytes *v)
{
	v->none = 0;
}
#endif

/*
 * The first character at or after i (and before e) that may be a mark:
 * ideographs, kept digits and plain rows are stepped over undecoded, by
 * blocks where the machine compares sixteen bytes at once, else eight
 * bytes of ideographs at a time and the others one by one.
 */
static uint32_t
next_mark(const Scanner *sc, const PlainBytes *v, uint32_t i, uint32_t e)
{
	const unsigned char *t = (const unsigned char *) sc->text;
	uint32_t	n;

#if defined(__SSE2__)
	if (skip_blocks(v, t, i, e, &i))
		return i;
#endif
	for (;;)
	{
		i = (uint32_t) shr_skip_ideographs(sc->text, i, e);
		if (i >= e || (n = plain_len(&sc->brackets, t, i, e)) == 0)
			return i;
		i += n;
	}
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
	PlainBytes	v;
	uint32_t	n;
	const unsigned char *t = (const unsigned char *) sc->text;

	if (sc->marks_b0 == b && sc->marks_b1 == e && b < e)
		return;
	plain_bytes(&sc->brackets, &v);
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
	for (uint32_t i = next_mark(sc, &v, b, e); i < e && !sc->failed;
		 i = next_mark(sc, &v, i + n, e))
	{
		uint32_t	cp = shr_utf8_at(sc->text, i, &n);
		bool		bracket_lead = sc->brackets.lead[t[i]];

		*sc->work += bracket_lead;	/* a step per possible bracket decoded */
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
