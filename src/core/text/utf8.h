/*
 * utf8.h
 *		UTF-8 decoding and counting, the lowest layer of the core.
 *
 * Two kinds of text reach the core.  Untrusted text (a value typed into a
 * quantity, bytes off the wire) is decoded with shr_utf8_decode, which
 * refuses every ill-formed sequence.  A report is checked whole with
 * shr_utf8_check first; after that the reader uses the unchecked inline
 * decoders below, which only need to be fast.
 */
#ifndef SHR_UTF8_H
#define SHR_UTF8_H

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "shr_common.h"

/*
 * Decode one UTF-8 code point at s; returns its byte length (1 on a bad byte,
 * with *cp set to SHR_UTF8_BAD; 0 when len is 0).  Overlong forms,
 * surrogates and code points above U+10FFFF are bad bytes.
 */
#define SHR_UTF8_BAD 0xFFFFFFFFu
extern size_t shr_utf8_decode(const char *s, size_t len, uint32_t *cp);

/*
 * Is s[0..len) well-formed UTF-8 without NUL bytes (strict as
 * shr_utf8_decode)?  On false, *bad is the byte offset of the first bad
 * sequence.
 */
extern bool shr_utf8_check(const char *s, size_t len, size_t *bad);

/*
 * Is c the first byte of a character of U+4000..U+9FFF?  Those CJK
 * ideographs are most of a report and none is punctuation, a bracket or a
 * digit, so loops looking for those skip such characters first.
 */
static inline bool
shr_ideograph_lead(unsigned char c)
{
	return c >= 0xE4 && c <= 0xE9;
}

/*
 * The eight bytes at p as a little-endian integer, whatever the host's
 * byte order (compilers turn this into one load), so that byte k of the
 * text is byte k of the integer.
 */
static inline uint64_t
shr_load_le64(const unsigned char *p)
{
	return (uint64_t) p[0] | (uint64_t) p[1] << 8 | (uint64_t) p[2] << 16 |
		(uint64_t) p[3] << 24 | (uint64_t) p[4] << 32 | (uint64_t) p[5] << 40 |
		(uint64_t) p[6] << 48 | (uint64_t) p[7] << 56;
}

/* The index of the lowest byte of x whose top bit is set (x has one). */
static inline size_t
shr_first_top_bit(uint64_t x)
{
#if defined(__GNUC__)
	return (size_t) __builtin_ctzll(x) >> 3;
#else
	size_t		k = 0;

	while ((x & 0x80) == 0)
	{
		x >>= 8;
		k++;
	}
	return k;
#endif
}

/*
 * Code points in s[0..n) of valid UTF-8: the bytes that are no
 * continuation bytes (10xxxxxx), so a character cut off by n counts.
 * Every node's offsets need this count over the whole text, so it takes
 * eight bytes at a time: x & ~(x << 1) keeps the top bit of exactly the
 * continuation bytes, which moved to the bottom of their bytes are added
 * up byte by byte, for at most 255 rounds, and then summed across (where
 * SSE2 is there, sixteen bytes at a time first, the same way).  The last
 * few bytes of a range of eight or more are the top bytes of the eight
 * that end it, the ones before them shifted out.
 */
static inline size_t
shr_utf8_count(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *) s;
	const uint64_t top = UINT64_C(0x8080808080808080),
				bytes = UINT64_C(0x00FF00FF00FF00FF);
	size_t		i = 0,
				cont = 0;
	uint64_t	x,
				lanes;

#if defined(__SSE2__)
	while (i + 16 <= n)
	{
		size_t		stop = n - i > 16 * 255 ? i + 16 * 255 : n;
		__m128i		acc = _mm_setzero_si128();

		/* a continuation byte is below 0xC0 as a signed byte: -1 a lane */
		for (; i + 16 <= stop; i += 16)
			acc = _mm_sub_epi8(acc, _mm_cmplt_epi8(_mm_loadu_si128((const __m128i *) (u + i)),
												   _mm_set1_epi8((char) 0xC0)));
		acc = _mm_sad_epu8(acc, _mm_setzero_si128());
		cont += (size_t) _mm_cvtsi128_si32(acc) +
			(size_t) _mm_cvtsi128_si32(_mm_srli_si128(acc, 8));
	}
#endif
	while (i + 8 <= n)
	{
		size_t		stop = n - i > 8 * 255 ? i + 8 * 255 : n;

		for (lanes = 0; i + 8 <= stop; i += 8)
		{
			x = shr_load_le64(u + i);
			lanes += (x & ~(x << 1) & top) >> 7;
		}
		lanes = (lanes & bytes) + ((lanes >> 8) & bytes);
		cont += (size_t) ((lanes * UINT64_C(0x0001000100010001)) >> 48);
	}
	if (i < n && n >= 8)
	{
		x = shr_load_le64(u + n - 8);
		x = (x & ~(x << 1) & top) >> (8 * (8 - (n - i)));
		cont += (size_t) (((x >> 7) * UINT64_C(0x0101010101010101)) >> 56);
	}
	else
		for (; i < n; i++)
			cont += (u[i] & 0xC0) == 0x80;
	return n - cont;
}

/*
 * The first byte at or after i (and before e) of checked text that starts a
 * character other than an ideograph of shr_ideograph_lead: what the rules
 * that look for punctuation, digits and Latin letters have to decode.
 * Eight bytes are tested at once: each is either a continuation byte
 * (10xxxxxx) or, with its top bit set, has low seven bits in 0x64..0x69
 * (the leads E4..E9), tested by adding 0x1C and 0x16 to them and looking
 * at the top bits of the sums, which no carry crosses.
 */
static inline size_t
shr_skip_ideographs(const char *s, size_t i, size_t e)
{
	const unsigned char *u = (const unsigned char *) s;
	const uint64_t top = UINT64_C(0x8080808080808080);

	for (; i + 8 <= e; i += 8)
	{
		uint64_t	x = shr_load_le64(u + i),
					low = x & ~top,
					skip;

		skip = (x & ~(x << 1)) |
			(x & (low + UINT64_C(0x1C1C1C1C1C1C1C1C)) &
			 ~(low + UINT64_C(0x1616161616161616)));
		if ((skip & top) != top)
			return i + shr_first_top_bit(~skip & top);
	}
	while (i < e && (shr_ideograph_lead(u[i]) || (u[i] & 0xC0) == 0x80))
		i++;
	return i;
}

/*
 * The code point at byte b of checked text (shr_utf8_check) and, in *n,
 * its length: no validation, as the text was checked once.
 */
static inline uint32_t
shr_utf8_at(const char *text, size_t b, uint32_t *n)
{
	const unsigned char *p = (const unsigned char *) text + b;

	if (p[0] < 0x80)
	{
		*n = 1;
		return p[0];
	}
	if (p[0] < 0xE0)
	{
		*n = 2;
		return ((uint32_t) (p[0] & 0x1F) << 6) | (p[1] & 0x3F);
	}
	if (p[0] < 0xF0)
	{
		*n = 3;
		return ((uint32_t) (p[0] & 0x0F) << 12) |
			((uint32_t) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
	}
	*n = 4;
	return ((uint32_t) (p[0] & 0x07) << 18) | ((uint32_t) (p[1] & 0x3F) << 12) |
		((uint32_t) (p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

/*
 * The code point that ends at byte end of checked text (end > 0) and, in
 * *n, its length: step back over continuation bytes to its first byte.
 */
static inline uint32_t
shr_utf8_before(const char *text, size_t end, uint32_t *n)
{
	const unsigned char *u = (const unsigned char *) text;
	size_t		b = end - 1;

	while (b > 0 && end - b < 4 && (u[b] & 0xC0) == 0x80)
		b--;
	return shr_utf8_at(text, b, n);
}

/*
 * Bytes of the character whose first byte is c (1 for a stray continuation
 * byte), for loops that skip characters they need not decode.
 */
static inline uint32_t
shr_utf8_char_len(unsigned char c)
{
	return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/*
 * The code point of the character at the start of s[0..len), or
 * SHR_UTF8_NONE when s is empty, starts with a stray byte or ends inside
 * its first character: then no word can start s.  Bytes are not checked
 * further; a word found by its key is compared byte by byte anyway.
 */
#define SHR_UTF8_NONE 0xFFFFFFFFu

static inline uint32_t
shr_utf8_lead(const unsigned char *u, size_t len)
{
	if (len == 0)
		return SHR_UTF8_NONE;
	if (u[0] < 0x80)
		return u[0];
	if (u[0] < 0xC0)
		return SHR_UTF8_NONE;
	if (u[0] < 0xE0)
		return len < 2 ? SHR_UTF8_NONE :
			((uint32_t) (u[0] & 0x1F) << 6) | (u[1] & 0x3F);
	if (u[0] < 0xF0)
		return len < 3 ? SHR_UTF8_NONE :
			((uint32_t) (u[0] & 0x0F) << 12) | ((uint32_t) (u[1] & 0x3F) << 6) |
			(u[2] & 0x3F);
	return len < 4 ? SHR_UTF8_NONE :
		((uint32_t) (u[0] & 0x07) << 18) | ((uint32_t) (u[1] & 0x3F) << 12) |
		((uint32_t) (u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}

#endif							/* SHR_UTF8_H */
