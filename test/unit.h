/*
 * unit.h
 *		A minimal unit-test harness for the core: checks count passes and
 *		failures, and each test program ends with unit_done() which prints
 *		"<program>: N passed, N failed" and returns the exit status.
 */
#ifndef SHR_UNIT_H
#define SHR_UNIT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "types/target.h"

extern int	unit_passed;
extern int	unit_failed;

/* Record one check; prints the failing expression and where it stands. */
extern void unit_check(bool ok, const char *expr, const char *file, int line);

/* Record a string comparison, printing both strings on mismatch. */
extern void unit_check_str(const char *got, const char *want, const char *expr,
						   const char *file, int line);

/* Print the closing line and return the exit status for main(). */
extern int	unit_done(const char *name);

/* Read a whole file into a NUL-terminated malloc'd buffer; NULL on failure. */
extern char *unit_read_file(const char *path, size_t *len);

/* A malloc'd copy of s[0..len) without a NUL, so ASan catches a read past len. */
extern char *unit_exact_copy(const char *s, size_t len);

/* Next number of a deterministic pseudo-random sequence (xorshift64*). */
extern uint64_t unit_rng(uint64_t *state);

/*
 * A malloc'd random string of 1 to maxpieces pieces drawn from pieces, each
 * replaced by one random byte with a chance of 1 in raw_one_in; "" stands
 * for a NUL byte.  It has no terminator, so that a read past *len is caught
 * by AddressSanitizer.
 */
extern char *unit_random_text(const char *const *pieces, int npieces,
							  int maxpieces, int raw_one_in, uint64_t *state,
							  size_t *len);

/*
 * Parse s as a quantity or a target; on error, fail the test, print why,
 * and return an all-zero value.
 */
extern ShrQuantity unit_quantity(const char *s);
extern ShrTarget unit_target(const char *s);

/* An allocator over malloc, for code under test. */
extern const ShrAllocator unit_malloc_allocator;

#define CHECK(expr) unit_check((expr) ? true : false, #expr, __FILE__, __LINE__)
#define CHECK_STR(got, want) unit_check_str((got), (want), #got, __FILE__, __LINE__)

#endif							/* SHR_UNIT_H */
