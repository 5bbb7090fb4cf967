/*
 * cnnumber.h
 *		Internal to the number scanner: the grammar of Chinese numerals.
 */
#ifndef SHR_CNNUMBER_H
#define SHR_CNNUMBER_H

#include "types/digits.h"

/*
 * Scan a Chinese numeral at the start of s into a; a 万, 亿 or 万亿 that
 * scales the whole numeral becomes *mag.  Bytes consumed, 0 if none.
 */
extern size_t shr_cn_scan(const char *s, size_t len, DigitAcc *a, int *mag);

#endif							/* SHR_CNNUMBER_H */
