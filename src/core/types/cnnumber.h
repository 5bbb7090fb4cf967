/*
 * cnnumber.h
 *		Internal to the number scanner: the grammar of Chinese numerals.
 */
#ifndef SHR_CNNUMBER_H
#define SHR_CNNUMBER_H

#include "types/digits.h"

/*
 * Scan a Chinese numeral at the start of s into a; a 万, 亿 or 万亿 that
 * scales the whole numeral becomes *mag.  flags are shr_number_scan's
 * (SHR_NUM_SPACES lets white space stand between its characters).  With
 * arabic, the digits are Arabic between Chinese place words (3万4000), and
 * only a numeral with a digit after a place word counts: 5千瓦 is left to
 * the Arabic scanner; with SHR_NUM_MIXED too, a last lone digit after a
 * place word (40万3) makes no numeral.  Bytes consumed, 0 if none; Chinese digits side by
 * side (三五千, 十四五) are SHR_ESYNTAX in err over the bytes they span.
 */
extern size_t shr_cn_scan(const char *s, size_t len, unsigned flags,
						  bool arabic, DigitAcc *a, int *mag, ShrError *err);

#endif							/* SHR_CNNUMBER_H */
