/*
 * text.h
 *		The text layer, the bottom of the core: UTF-8 and the character
 *		classes of Chinese official texts.  It calls nothing above it.
 *
 * What each file provides:
 *
 *	utf8.c / utf8.h
 *		shr_utf8_decode		one code point of untrusted text, strictly
 *		shr_utf8_check		a whole report: well-formed, no NUL
 *		shr_utf8_at, shr_utf8_before, shr_utf8_lead (inline)
 *							code points of checked text, forwards and back
 *		shr_utf8_count (inline)	code points in a run of checked text
 *		shr_skip_ideographs (inline)
 *							step over a run of CJK ideographs, eight bytes
 *							at a time
 *
 *	chars.h (inline only)
 *		shr_is_space, shr_digit_value, shr_cn_digit, shr_is_cn_numeral,
 *		shr_is_terminator, shr_is_clause_break, shr_is_punct, SHR_CP_*
 *							each class defined once for every layer above
 *		ShrCpFilter, shr_cp_filter_add, shr_cp_filter_may
 *							a bit filter of code points: where a rule may
 *							start, tested before the rule runs
 */
#ifndef SHR_TEXT_H
#define SHR_TEXT_H

#include "text/chars.h"
#include "text/utf8.h"

#endif							/* SHR_TEXT_H */
