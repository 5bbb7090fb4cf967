/*
 * shr_common.h
 *		Status codes, error reports and the caller-supplied allocator shared by
 *		every part of the shreport core.
 *
 * The core is plain C99 with no PostgreSQL header, so that the server (with
 * palloc), the unit tests and the fuzzers (with malloc) run the same code.
 * Nothing here keeps global state: whatever a function needs comes in through
 * its arguments.
 */
#ifndef SHR_COMMON_H
#define SHR_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/*
 * Outcome of a core call.  The PostgreSQL layer maps each one to a SQLSTATE,
 * so they are kept coarse on purpose: the detail text says what went wrong.
 */
typedef enum ShrStatus
{
	SHR_OK = 0,
	SHR_ESYNTAX,				/* unparsable input: 22P02 */
	SHR_EOVERFLOW,				/* does not fit the representation: 22003 */
	SHR_EVALUE,					/* parses but makes no sense: 22023 */
	SHR_EDIMENSION,				/* mixes two dimensions: 22000-class, see README */
	SHR_ENOMEM,					/* the allocator returned NULL */
	SHR_ETOOLARGE				/* input longer than the core accepts: 54000 */
} ShrStatus;

#define SHR_DETAIL_LEN 256

/*
 * A failed call fills this in: the status and one full sentence (UTF-8,
 * capitalized, ending with a period) fit for errdetail.
 */
typedef struct ShrError
{
	ShrStatus	status;
	char		detail[SHR_DETAIL_LEN];
} ShrError;

/* Record an error; returns the status so callers can write "return shr_fail(...)". */
extern ShrStatus shr_fail(ShrError *err, ShrStatus status, const char *fmt,...)
#if defined(__GNUC__)
			__attribute__((format(printf, 3, 4)))
#endif
			;

/*
 * The allocator a caller lends the core.  alloc may return NULL (malloc) or
 * never return on failure (palloc); the core handles both.  free may be a
 * no-op when the caller frees everything at once (a memory context).
 */
typedef struct ShrAllocator
{
	void	   *(*alloc) (void *ctx, size_t size);
	void	   *(*realloc) (void *ctx, void *ptr, size_t size);
	void		(*free) (void *ctx, void *ptr);
	void	   *ctx;
} ShrAllocator;

#endif							/* SHR_COMMON_H */
