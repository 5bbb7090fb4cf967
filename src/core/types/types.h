/*
 * types.h
 *		The type layer: exact numbers, the quantity and target types and
 *		their binary format, as the SQL types and the reader use them.  It
 *		calls the text and vocabulary layers only.
 *
 * What each file provides:
 *
 *	exact.c / exact.h
 *		shr_big_*, shr_u128_*, shr_exact_ratio
 *							exact wide integers and ratios for arithmetic
 *	number.c / number.h
 *		shr_number_scan		a number as texts write it: a sign, then Arabic
 *							digits with Chinese place words (3万4000), an
 *							Arabic number, a Chinese numeral, N分之M or
 *							百分之/千分之/万分之
 *		shr_decimal_parse, shr_decimal_format, shr_format_plain
 *							exact decimals in and out
 *	digits.c / digits.h (internal to the number scanner)
 *		shr_acc_int, shr_acc_frac, shr_acc_end, shr_acc_set_integer
 *							digits gathered into an exact decimal
 *		shr_arabic_scan		an Arabic number: separators, point, exponent
 *	cnnumber.c / cnnumber.h (internal to the number scanner)
 *		shr_cn_scan			the Chinese numeral grammar, in plain, capital
 *							(壹仟) and traditional (萬) characters or with
 *							Arabic digits; rough ranges (三五千) refused
 *	amount.c / amount.h
 *		shr_amount_scan, shr_amount_scan_at
 *							an amount or range inside running text, and
 *							with SHR_SCAN_RANK a rank (第2位) or a ceiling
 *							of ranks (前10位)
 *		shr_quantity_parse	quantity input, with details quoting the text
 *		shr_input_text, shr_quote, shr_trailing_error
 *							what the quantity and target parsers share
 *	quantity.c / quantity.h
 *		shr_quantity_make, shr_quantity_format, shr_quantity_validate
 *							a quantity built, checked and printed (a rank
 *							after 第)
 *		shr_quantity_cmp, _add, _sub, _mul, _div, _convert, _round ...
 *							comparison and arithmetic across units
 *	target.c / target.h
 *		shr_target_parse, shr_target_format, shr_target_contains,
 *		shr_target_gap, shr_target_lower, shr_target_upper
 *							a qualified value or range and what it holds;
 *							a rank's target is a place, a ceiling (前10位)
 *							or a range
 *	wire.c / wire.h
 *		shr_quantity_encode/decode, shr_target_encode/decode
 *							the versioned binary format of both types
 *	metricnorm.c / metricnorm.h
 *		shr_metric_normalize, shr_target_hardness
 *							a metric's normal form; how binding a target is
 */
#ifndef SHR_TYPES_H
#define SHR_TYPES_H

#include "types/exact.h"
#include "types/metricnorm.h"
#include "types/number.h"
#include "types/quantity.h"
#include "types/target.h"
#include "types/wire.h"

#endif							/* SHR_TYPES_H */
