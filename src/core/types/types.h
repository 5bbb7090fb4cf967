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
 *		shr_number_scan		a number as texts write it: Arabic, full-width,
 *							Chinese numerals, 百分之
 *		shr_decimal_parse, shr_decimal_format, shr_format_plain
 *							exact decimals in and out
 *	quantity.c / quantity.h / amount.h
 *		shr_quantity_parse, shr_quantity_format
 *							quantity input and output
 *		shr_amount_scan, shr_amount_scan_at
 *							an amount or range inside running text
 *		shr_quantity_cmp, _add, _sub, _mul, _div, _convert, _round ...
 *							comparison and arithmetic across units
 *	target.c / target.h
 *		shr_target_parse, shr_target_format, shr_target_contains,
 *		shr_target_gap, shr_target_lower, shr_target_upper
 *							a qualified value or range and what it holds
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
