/*
 * chars.h
 *		Character classes of Chinese official texts, each defined once: white
 *		space, digits (Arabic, full-width and Chinese, with the financial
 *		capitals and traditional forms), punctuation, the ends of sentences
 *		and of clauses.
 *
 * Every layer above asks these; a class that a reader rule needs narrower
 * or wider is a new class here, not a private copy.
 */
#ifndef SHR_CHARS_H
#define SHR_CHARS_H

#include "shr_common.h"

/* Code points named in rules across the core. */
#define SHR_CP_LING_CIRCLE	0x3007	/* 〇 */
#define SHR_CP_LING			0x96F6	/* 零 */
#define SHR_CP_LIANG		0x4E24	/* 两 */
#define SHR_CP_SHI			0x5341	/* 十 */
#define SHR_CP_BAI			0x767E	/* 百 */
#define SHR_CP_QIAN			0x5343	/* 千 */
#define SHR_CP_WAN			0x4E07	/* 万 */
#define SHR_CP_YI			0x4EBF	/* 亿 */
#define SHR_CP_DIAN			0x70B9	/* 点 */
#define SHR_CP_FU			0x8D1F	/* 负 */
#define SHR_CP_DUN			0x3001	/* 、 */

/* Traditional forms and financial capitals that only numbers read. */
#define SHR_CP_LIANG_T		0x5169	/* 兩 */
#define SHR_CP_WAN_T		0x842C	/* 萬 */
#define SHR_CP_YI_T			0x5104	/* 億 */
#define SHR_CP_DIAN_T		0x9EDE	/* 點 */
#define SHR_CP_FU_T			0x8CA0	/* 負 */
#define SHR_CP_JI			0x51E0	/* 几 */
#define SHR_CP_JI_T			0x5E7E	/* 幾 */
#define SHR_CP_SHI_CAP		0x62FE	/* 拾 */
#define SHR_CP_BAI_CAP		0x4F70	/* 佰 */
#define SHR_CP_QIAN_CAP		0x4EDF	/* 仟 */

/*
 * White space inside a line: ASCII blanks, the no-break and ideographic
 * (full-width) spaces, the byte order mark and the zero-width space that
 * web pages leave behind.  Line ends are not in it.
 */
static inline bool
shr_is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v' ||
		cp == 0x3000 || cp == 0x00A0 || cp == 0xFEFF || cp == 0x200B;
}

/* The value of an ASCII or full-width digit, or -1. */
static inline int
shr_digit_value(uint32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return (int) (cp - '0');
	if (cp >= 0xFF10 && cp <= 0xFF19)
		return (int) (cp - 0xFF10);
	return -1;
}

/*
 * The value of a Chinese digit, 〇 and 零 to 九, or -1.  两 is not one: it
 * is also a unit (两 of silver), so each rule says whether it counts.
 */
static inline int
shr_cn_digit(uint32_t cp)
{
	switch (cp)
	{
		case SHR_CP_LING_CIRCLE:
		case SHR_CP_LING:
			return 0;
		case 0x4E00:			/* 一 */
			return 1;
		case 0x4E8C:			/* 二 */
			return 2;
		case 0x4E09:			/* 三 */
			return 3;
		case 0x56DB:			/* 四 */
			return 4;
		case 0x4E94:			/* 五 */
			return 5;
		case 0x516D:			/* 六 */
			return 6;
		case 0x4E03:			/* 七 */
			return 7;
		case 0x516B:			/* 八 */
			return 8;
		case 0x4E5D:			/* 九 */
			return 9;
		default:
			return -1;
	}
}

/*
 * The value of a financial capital digit, 壹 to 玖 with the traditional
 * 貳 參 陸, or -1.  Cheques and contracts write them so that no stroke can
 * turn one digit into another; 零, 万 and 亿 have no capital form.  Most
 * are also common words (队伍, 陆续, 收拾), so a rule reads them only in a
 * numeral written all in capitals.
 */
static inline int
shr_cn_capital_digit(uint32_t cp)
{
	switch (cp)
	{
		case 0x58F9:			/* 壹 */
			return 1;
		case 0x8D30:			/* 贰 */
		case 0x8CB3:			/* 貳 */
			return 2;
		case 0x53C1:			/* 叁 */
		case 0x53C3:			/* 參 */
			return 3;
		case 0x8086:			/* 肆 */
			return 4;
		case 0x4F0D:			/* 伍 */
			return 5;
		case 0x9646:			/* 陆 */
		case 0x9678:			/* 陸 */
			return 6;
		case 0x67D2:			/* 柒 */
			return 7;
		case 0x634C:			/* 捌 */
			return 8;
		case 0x7396:			/* 玖 */
			return 9;
		default:
			return -1;
	}
}

/* A Chinese numeral's character: a digit, 两, or 十 百 千 万 亿. */
static inline bool
shr_is_cn_numeral(uint32_t cp)
{
	return shr_cn_digit(cp) >= 0 || cp == SHR_CP_LIANG || cp == SHR_CP_SHI ||
		cp == SHR_CP_BAI || cp == SHR_CP_QIAN || cp == SHR_CP_WAN || cp == SHR_CP_YI;
}

/* Punctuation that ends a sentence: 。！？； and their ASCII forms. */
static inline bool
shr_is_terminator(uint32_t cp)
{
	return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF1B ||
		cp == '!' || cp == '?' || cp == ';';
}

/* What ends a clause: a sentence's end, a comma or colon, or a line end. */
static inline bool
shr_is_clause_break(uint32_t cp)
{
	return shr_is_terminator(cp) || cp == 0xFF0C || cp == 0xFF1A ||
		cp == ',' || cp == ':' || cp == '\n' || cp == '\r';
}

/*
 * Any punctuation or symbol, ASCII or CJK (full-width forms, CJK symbols,
 * general punctuation); a line with none may be a heading without marker.
 */
static inline bool
shr_is_punct(uint32_t cp)
{
	if (cp < 0x80)
		return cp > ' ' && !(cp >= '0' && cp <= '9') &&
			!(cp >= 'A' && cp <= 'Z') && !(cp >= 'a' && cp <= 'z');
	return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
		(cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
		(cp >= 0xFF5B && cp <= 0xFF65) || (cp >= 0x2010 && cp <= 0x206F);
}

/*
 * A set of code points kept as 4096 bits keyed by the low twelve bits of
 * each: a test that lets every member through and few others, for a loop
 * that looks for a handful of characters among the many of a text and
 * then tests exactly at the few places the filter lets through.
 */
typedef struct ShrCpFilter
{
	uint64_t	bits[64];
} ShrCpFilter;

/* Let cp through f. */
static inline void
shr_cp_filter_add(ShrCpFilter *f, uint32_t cp)
{
	f->bits[(cp >> 6) & 63] |= UINT64_C(1) << (cp & 63);
}

/* May cp be in f?  False means it is not. */
static inline bool
shr_cp_filter_may(const ShrCpFilter *f, uint32_t cp)
{
	return (f->bits[(cp >> 6) & 63] >> (cp & 63)) & 1;
}

#endif							/* SHR_CHARS_H */
