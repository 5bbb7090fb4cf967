/*
 * arena.h
 *		The memory a report owns and the bookkeeping every pass of the
 *		reader shares: its arena, its node array, its work counter and the
 *		caller's interrupt hook.
 *
 * The passes (structure, figures) and the driver above them call these;
 * the arena calls nothing of the reader, so no pass reaches up into the
 * driver for its memory.
 */
#ifndef SHR_ARENA_H
#define SHR_ARENA_H

#include "reader/report.h"

/*
 * A new empty report whose memory (the report itself, its strings, its
 * nodes and figures) lives in an arena on alloc; NULL if alloc fails.
 */
extern ShrReport *shr_report_new(const ShrAllocator *alloc);

/*
 * Size the first arena block and the node array for a text of len bytes
 * (at most SHR_REPORT_MAX_BYTES), so that growing them is the exception.
 * Returns false when the allocator fails.
 */
extern bool shr_report_presize(ShrReport *report, size_t len);

/* Have shr_report_poll call check(arg) now and then; NULL: never. */
extern void shr_report_set_interrupt(ShrReport *report,
									 void (*check) (void *arg), void *arg);

/*
 * Memory owned by report, freed by shr_report_free; 16-byte aligned.
 * Returns NULL when the allocator fails.
 */
extern void *shr_report_alloc(ShrReport *report, size_t size);

/* A NUL-terminated copy of s[0..len) owned by report; NULL on failure. */
extern char *shr_report_strndup(ShrReport *report, const char *s, size_t len);

/* The allocator the report was made with, for short-lived scratch memory. */
extern const ShrAllocator *shr_report_allocator(ShrReport *report);

/*
 * The report's work counter (see shr_report_work), for the passes to add
 * their steps to: a pointer, so that functions that take their state as
 * const can count.
 */
extern uint64_t *shr_report_work_counter(ShrReport *report);

/* Give the caller's interrupt hook its turn now and then (see report.h). */
extern void shr_report_poll(ShrReport *report);

/*
 * Resize the report's node array to hold at least n nodes (it is grown
 * geometrically, so repeated calls are cheap).  Returns false when the
 * allocator fails.
 */
extern bool shr_report_reserve_nodes(ShrReport *report, int32_t n);

/*
 * Resize ptr, of which used bytes are in use, to size bytes with alloc
 * (also when alloc has no realloc); NULL, with ptr left as it was, when
 * the allocator fails.
 */
extern void *shr_alloc_resize(const ShrAllocator *alloc, void *ptr,
							  size_t used, size_t size);

#endif							/* SHR_ARENA_H */
