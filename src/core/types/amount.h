/*
 * amount.h
 *		Internal helpers shared by the quantity and target parsers: the
 *		amount scanner with the position of its unit, and error details that
 *		quote the input.
 */
#ifndef SHR_AMOUNT_H
#define SHR_AMOUNT_H

#include "types/quantity.h"

/*
 * shr_amount_scan, also telling where the unit of the (last) amount starts
 * or would start, so that a parser can quote an unknown unit whole.
 */
extern size_t shr_amount_scan_at(const char *s, size_t len, unsigned flags,
								 ShrScan *out, size_t *unit_start,
								 ShrError *err);

/*
 * The text of a type's input: valid UTF-8, without surrounding white space
 * and not empty (*t, *tl); otherwise a syntax error whose detail is expect.
 */
extern ShrStatus shr_input_text(const char *s, size_t len, const char *expect,
								const char **t, size_t *tl, ShrError *err);

/*
 * Copy s[0..len) for quoting in a detail, cut at a character boundary with
 * "..." when longer than fits; buf holds at least SHR_QUOTE_LEN bytes.
 */
#define SHR_QUOTE_LEN 128
extern const char *shr_quote(const char *s, size_t len, char *buf);

/*
 * a - b, or a + b when add, in the given unit (of their dimension) and
 * magnitude word, rounded once, keeping at least the precision 10^want.
 */
extern ShrStatus shr_quantity_diff_in(const ShrQuantity *a, const ShrQuantity *b,
									  bool add, int unit, int mag, int64_t want,
									  ShrQuantity *out, ShrError *err);

/*
 * The error for text left at t[rest..tl) after an amount whose unit starts
 * (or would start) at unit_start: a misplaced thousands separator or an
 * unknown unit.
 */
extern ShrStatus shr_trailing_error(const char *t, size_t tl, size_t rest,
									size_t unit_start, ShrError *err);

/* Fill err with the detail for two units of different dimensions. */
extern ShrStatus shr_dimension_mismatch(ShrError *err, int unit_a, int unit_b);

#endif							/* SHR_AMOUNT_H */
