/*
 * brackets.c
 *		The quotes, brackets and backtick spans of a line that pair up, in
 *		which a sentence is not split.
 */
#include <string.h>

#include "reader/scan_int.h"

/* The closing bracket that pairs with opener cp, or 0. */
static uint32_t
closer_of(uint32_t cp)
{
	switch (cp)
	{
		case 0x201C:			/* “ ” */
			return 0x201D;
		case 0x2018:			/* ‘ ’ */
			return 0x2019;
		case 0xFF08:			/* （ ） */
			return 0xFF09;
		case '(':
			return ')';
		case '[':
			return ']';
		case 0x300A:			/* 《 》 */
			return 0x300B;
		case 0x3008:			/* 〈 〉 */
			return 0x3009;
		case 0x300C:			/* 「 」 */
			return 0x300D;
		case 0x300E:			/* 『 』 */
			return 0x300F;
		case 0x3010:			/* 【 】 */
			return 0x3011;
		case 0x3014:			/* 〔 〕 */
			return 0x3015;
		default:
			return 0;
	}
}

/* Closing brackets and quotes (pairs of closer_of). */
static bool
is_closer(uint32_t cp)
{
	return cp == 0x201D || cp == 0x2019 || cp == 0xFF09 || cp == ')' ||
		cp == ']' || cp == 0x300B || cp == 0x3009 || cp == 0x300D ||
		cp == 0x300F || cp == 0x3011 || cp == 0x3015;
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
		Range	   *p = sc->alloc->realloc
			? sc->alloc->realloc(sc->alloc->ctx, sc->prot, cap * sizeof(Range))
			: NULL;

		if (p == NULL && sc->alloc->realloc == NULL)
		{
			p = sc->alloc->alloc(sc->alloc->ctx, cap * sizeof(Range));
			if (p != NULL && sc->prot != NULL)
			{
				memcpy(p, sc->prot, sc->nprot * sizeof(Range));
				sc->alloc->free(sc->alloc->ctx, sc->prot);
			}
		}
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

/*
 * Find the balanced quotes, brackets and backtick spans of text[b..e), in
 * which sentences are not split.  An opener without its closer on the line
 * protects nothing, so a stray quote cannot swallow the rest of a line.
 */
void
sc_pair_brackets(Scanner *sc, uint32_t b, uint32_t e)
{
	struct
	{
		uint32_t	pos;
		uint32_t	closer;
	}			stack[MAX_BRACKETS];
	int			depth = 0,
				tick = -1;		/* stack index of an open backtick */
	uint32_t	n;
	const unsigned char *t = (const unsigned char *) sc->text;

	if (sc->prot_b0 == b && sc->prot_b1 == e && b < e)
		return;
	*sc->work += e - b;
	sc->nprot = 0;
	sc->prot_b0 = b;
	sc->prot_b1 = e;
	if (sc->failed)
		return;

	/*
	 * Only add_pair can fail, so failure is tested after it rather than per
	 * character: the loop runs over every byte of every line.
	 */
	for (uint32_t i = b; i < e; i += n)
	{
		unsigned char c;
		uint32_t	cp,
					cl;

		/* runs of ideographs, most of a line, hold no bracket */
		while (i < e && shr_ideograph_lead(t[i]))
			i += 3;
		if (i >= e)
			break;
		c = t[i];
		/* brackets and quotes start with one of these bytes */
		if (c >= 0x80 ? (c != 0xE2 && c != 0xE3 && c != 0xEF) :
			(c != '`' && c != '"' && c != '(' && c != ')' && c != '[' && c != ']'))
		{
			n = shr_utf8_char_len(c);
			continue;
		}
		cp = cp_at(sc, i, e, &n);

		if (cp == '`')
		{
			if (tick >= 0)
			{
				add_pair(sc, stack[tick].pos, i + 1);
				if (sc->failed)
					return;
				depth = tick;
				tick = -1;
			}
			else if (depth < MAX_BRACKETS)
			{
				stack[depth].pos = i;
				stack[depth].closer = '`';
				tick = depth++;
			}
			continue;
		}
		if ((cl = closer_of(cp)) != 0)
		{
			if (depth < MAX_BRACKETS)
			{
				stack[depth].pos = i;
				stack[depth].closer = cl;
				depth++;
			}
			continue;
		}
		if (is_closer(cp) || cp == '"')
		{
			bool		matched = false;

			/* Look a few openers down, but not out of a backtick span. */
			for (int k = depth - 1; k >= 0 && k >= depth - BRACKET_LOOKBACK; k--)
			{
				if (stack[k].closer == '`')
					break;
				if (stack[k].closer == cp)
				{
					add_pair(sc, stack[k].pos, i + n);
					if (sc->failed)
						return;
					depth = k;
					matched = true;
					break;
				}
			}
			if (!matched && cp == '"' && depth < MAX_BRACKETS)
			{
				stack[depth].pos = i;
				stack[depth].closer = '"';
				depth++;
			}
		}
	}
}
