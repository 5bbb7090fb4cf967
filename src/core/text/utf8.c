/*
 * utf8.c
 *		UTF-8 for the whole core: decoding one code point of untrusted text,
 *		and checking a whole text before the reader trusts it.
 *
 * The type parsers decode with shr_utf8_decode, which refuses what
 * PostgreSQL would refuse; the reader checks a report once with
 * shr_utf8_check and then reads it with the unchecked decoders of utf8.h.
 */
#include "text/utf8.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Decode one code point, refusing what PostgreSQL would refuse as UTF-8. */
size_t
shr_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *) s;
	uint32_t	c;
	size_t		n;
	size_t		i;
	unsigned char lo = 0x80;
	unsigned char hi = 0xBF;

	*cp = SHR_UTF8_BAD;
	if (len == 0)
		return 0;
	if (u[0] < 0x80)
	{
		*cp = u[0];
		return 1;
	}
	if (u[0] >= 0xC2 && u[0] <= 0xDF)
	{
		n = 2;
		c = u[0] & 0x1F;
	}
	else if (u[0] >= 0xE0 && u[0] <= 0xEF)
	{
		n = 3;
		c = u[0] & 0x0F;
		if (u[0] == 0xE0)
			lo = 0xA0;			/* overlong */
		else if (u[0] == 0xED)
			hi = 0x9F;			/* surrogates */
	}
	else if (u[0] >= 0xF0 && u[0] <= 0xF4)
	{
		n = 4;
		c = u[0] & 0x07;
		if (u[0] == 0xF0)
			lo = 0x90;			/* overlong */
		else if (u[0] == 0xF4)
			hi = 0x8F;			/* above U+10FFFF */
	}
	else
		return 1;
	if (len < n)
		return 1;
	for (i = 1; i < n; i++)
	{
		unsigned char b = u[i];

		if (i == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80)
			return 1;
		c = (c << 6) | (b & 0x3F);
	}
	*cp = c;
	return n;
}

/*
 * Lead bytes E0..EF, as a bit per low nibble, of the three-byte characters
 * whose second byte needs no range check: all but E0 (overlong forms) and
 * ED (surrogates).  CJK ideographs and punctuation are among them.
 */
#define PLAIN3_LEADS 0xDFFEu

/*
 * Skip, from i, the bytes that need no check beyond their bit patterns:
 * ASCII other than NUL, and the three-byte characters with a plain lead
 * (PLAIN3_LEADS).  They are nearly all of a report, so eight bytes are
 * loaded at once and two such characters checked together (lead 1110xxxx,
 * two 10xxxxxx, twice); the last few bytes go one character at a time.
 * Returns where the first other character, or the end, is.
 */
static inline size_t
skip_plain(const unsigned char *p, size_t i, size_t len)
{
	while (i + 8 <= len)
	{
		uint64_t	x = shr_load_le64(p + i);

		if ((x & UINT64_C(0xC0C0F0C0C0F0)) == UINT64_C(0x8080E08080E0) &&
			((PLAIN3_LEADS >> (x & 0x0F)) &
			 (PLAIN3_LEADS >> ((x >> 24) & 0x0F)) & 1) != 0)
			i += 6;
		else if ((x & 0xFF) - 1 < 0x7F)
			i++;
		else if ((x & 0xC0C0F0) == 0x8080E0 &&
				 ((PLAIN3_LEADS >> (x & 0x0F)) & 1) != 0)
			i += 3;
		else
			break;
	}
	while (i + 3 <= len)
	{
		unsigned char c = p[i];

		if (c >= 0x01 && c < 0x80)
			i++;
		else if (c >= 0xE1 && c <= 0xEF && c != 0xED &&
				 ((p[i + 1] ^ 0x80) | (p[i + 2] ^ 0x80)) < 0x40)
			i += 3;
		else
			break;
	}
	return i;
}

#if defined(__SSE2__)
/*
 * skip_plain sixteen bytes at a time: a block passes when each byte is
 * ASCII other than NUL, a plain lead (E1..EF but ED) or a continuation
 * byte, and the continuation bytes are exactly the two after each lead
 * (as bit masks, one bit a byte: C == L << 1 | L << 2, with the bits that
 * run past a block carried into the next).  At a block that does not pass,
 * returns the start of the last character begun before it, for the
 * slower checks to go on from.
 */
static size_t
skip_plain_blocks(const unsigned char *p, size_t i, size_t len)
{
	const __m128i zero = _mm_setzero_si128(),
				cont_below = _mm_set1_epi8((char) 0xC0),
				lead_above = _mm_set1_epi8((char) 0xE0),
				lead_below = _mm_set1_epi8((char) 0xF0),
				surrogate = _mm_set1_epi8((char) 0xED);
	uint32_t	carry = 0,
				last = 0;

	for (; i + 16 <= len; i += 16)
	{
		__m128i		x = _mm_loadu_si128((const __m128i *) (p + i));
		uint32_t	a,
					c,
					l,
					want;

		/* signed bytes: ASCII is above zero, continuation bytes the least */
		a = (uint32_t) _mm_movemask_epi8(_mm_cmpgt_epi8(x, zero));
		c = (uint32_t) _mm_movemask_epi8(_mm_cmplt_epi8(x, cont_below));
		l = (uint32_t) _mm_movemask_epi8(_mm_andnot_si128(_mm_cmpeq_epi8(x, surrogate),
														  _mm_and_si128(_mm_cmpgt_epi8(x, lead_above),
																		_mm_cmplt_epi8(x, lead_below))));
		want = l << 1 | l << 2 | carry;
		if ((a | c | l) != 0xFFFF || c != (want & 0xFFFF))
			break;
		carry = want >> 16;
		last = l;
	}
	/* back to a lead whose continuation bytes the next block holds */
	if (carry != 0)
		i -= (last & 0x8000) ? 1 : 2;
	return i;
}
#endif

/*
 * The length of the character at p[i..len) when it is well-formed, else
 * 0: the full check, for what skip_plain leaves (two- and four-byte
 * characters, the leads E0 and ED, the last bytes of the text).
 */
static inline size_t
check_char(const unsigned char *p, size_t i, size_t len)
{
	unsigned char c = p[i];
	size_t		n;
	size_t		k;
	unsigned char lo = 0x80;
	unsigned char hi = 0xBF;

	if (c >= 0x01 && c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		n = 1;
	else if (c >= 0xE0 && c <= 0xEF)
	{
		n = 2;
		if (c == 0xE0)
			lo = 0xA0;			/* overlong */
		else if (c == 0xED)
			hi = 0x9F;			/* surrogates */
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		n = 3;
		if (c == 0xF0)
			lo = 0x90;			/* overlong */
		else if (c == 0xF4)
			hi = 0x8F;			/* beyond U+10FFFF */
	}
	else
		return 0;				/* NUL, a continuation byte or C0, C1, F5.. */
	if (n >= len - i || p[i + 1] < lo || p[i + 1] > hi)
		return 0;
	for (k = 2; k <= n; k++)
		if ((p[i + k] & 0xC0) != 0x80)
			return 0;
	return n + 1;
}

/*
 * Strict UTF-8: no overlong forms, surrogates, code points past U+10FFFF or
 * NUL.  The common characters take the short path (skip_plain, and
 * skip_plain_blocks before it where SSE2 is there); each other character
 * is checked in full where the short path stops.
 */
bool
shr_utf8_check(const char *s, size_t len, size_t *bad)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0;

	while (i < len)
	{
		size_t		n;

#if defined(__SSE2__)
		i = skip_plain_blocks(p, i, len);
#endif
		i = skip_plain(p, i, len);
		if (i >= len)
			break;
		n = check_char(p, i, len);
		if (n == 0)
		{
			*bad = i;
			return false;
		}
		i += n;
	}
	return true;
}
