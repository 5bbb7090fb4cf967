/*
 * arena.c
 *		The memory a report owns: an arena for its strings and small arrays,
 *		its node array, and beside them its work counter and interrupt hook.
 *
 * A report's strings and small arrays come from an arena of large blocks
 * taken from the caller's allocator, so a parse makes a few dozen
 * allocations whatever the size of the report and shr_report_free gives
 * them all back.  The node array grows separately, by doubling.  Both are
 * first sized from the length of the text, so that a usual report takes
 * one arena block and one node array: every allocation beyond that costs
 * fresh pages (and, past malloc's mmap threshold, a map and unmap).
 */
#include <string.h>

#include "reader/arena.h"

#define ARENA_ALIGN 16
#define ARENA_MIN_BLOCK (64 * 1024)
#define ARENA_MAX_BLOCK (4 * 1024 * 1024)

/*
 * A report's arena holds about three bytes per byte of text (each
 * sentence's clean text, its paragraph's, paths, figures): four leaves
 * room.  Its nodes are one per 70 to 150 bytes of text; one per 64 is
 * rarely too few.
 */
#define ARENA_BYTES_PER_BYTE 4
#define BYTES_PER_NODE 64
#define NODES_MIN 256

typedef struct ArenaBlock
{
	struct ArenaBlock *next;
	size_t		size;			/* usable bytes after the header */
	size_t		used;
	/* data follows, ARENA_ALIGN-aligned */
} ArenaBlock;

#define BLOCK_HEADER \
	((sizeof(ArenaBlock) + ARENA_ALIGN - 1) & ~(size_t) (ARENA_ALIGN - 1))

/* What a ShrReport pointer really points to: the report comes first. */
typedef struct ReportHolder
{
	ShrReport	report;
	ShrAllocator alloc;
	ArenaBlock *blocks;			/* newest first */
	size_t		next_size;		/* size of the next block to take */
	int32_t		node_cap;
	void		(*interrupt_check) (void *arg);
	void	   *interrupt_arg;
	uint32_t	polls;			/* calls of shr_report_poll so far */
	uint64_t	work;			/* see shr_report_work */
} ReportHolder;

/* A report with its arena, empty; NULL when alloc fails. */
ShrReport *
shr_report_new(const ShrAllocator *alloc)
{
	ReportHolder *h = alloc->alloc(alloc->ctx, sizeof(ReportHolder));

	if (h == NULL)
		return NULL;
	memset(h, 0, sizeof(*h));
	h->alloc = *alloc;
	h->next_size = ARENA_MIN_BLOCK;
	return &h->report;
}

/* Bump-allocate from the newest block, taking a new block when it is full. */
void *
shr_report_alloc(ShrReport *report, size_t size)
{
	ReportHolder *h = (ReportHolder *) report;
	ArenaBlock *b = h->blocks;
	size_t		need = (size + ARENA_ALIGN - 1) & ~(size_t) (ARENA_ALIGN - 1);
	char	   *p;

	if (need < size)
		return NULL;
	if (b == NULL || b->size - b->used < need)
	{
		size_t		bsize = h->next_size;

		/* A request too big for a block gets a block of its own. */
		if (need > bsize / 4)
			bsize = need;
		else if (h->next_size < ARENA_MAX_BLOCK)
			h->next_size *= 2;
		if (bsize > SIZE_MAX - BLOCK_HEADER)
			return NULL;
		b = h->alloc.alloc(h->alloc.ctx, BLOCK_HEADER + bsize);
		if (b == NULL)
			return NULL;
		b->size = bsize;
		b->used = 0;
		/* Keep a half-used current block current when this one is private. */
		if (h->blocks != NULL && bsize == need && h->blocks->size > h->blocks->used)
		{
			b->next = h->blocks->next;
			h->blocks->next = b;
		}
		else
		{
			b->next = h->blocks;
			h->blocks = b;
		}
	}
	p = (char *) b + BLOCK_HEADER + b->used;
	b->used += need;
	h->work += need;
	return p;
}

/* A NUL-terminated copy in the report's arena. */
char *
shr_report_strndup(ShrReport *report, const char *s, size_t len)
{
	char	   *p = shr_report_alloc(report, len + 1);

	if (p == NULL)
		return NULL;
	if (len > 0)
		memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

/* Remember the caller's interrupt hook for shr_report_poll. */
void
shr_report_set_interrupt(ShrReport *report, void (*check) (void *arg), void *arg)
{
	ReportHolder *h = (ReportHolder *) report;

	h->interrupt_check = check;
	h->interrupt_arg = arg;
}

/*
 * Called once per line and once per sentence; every 256th call gives the
 * caller's interrupt hook its turn, which is rare enough to cost nothing
 * and often enough to cancel a parse of a huge text within milliseconds.
 */
void
shr_report_poll(ShrReport *report)
{
	ReportHolder *h = (ReportHolder *) report;

	if (h->interrupt_check != NULL && (++h->polls & 255) == 0)
		h->interrupt_check(h->interrupt_arg);
}

/* The steps counted so far (see report.h). */
uint64_t
shr_report_work(const ShrReport *report)
{
	return ((const ReportHolder *) report)->work;
}

/* Where the passes add their steps. */
uint64_t *
shr_report_work_counter(ShrReport *report)
{
	return &((ReportHolder *) report)->work;
}

/* The allocator the report was created with. */
const ShrAllocator *
shr_report_allocator(ShrReport *report)
{
	return &((ReportHolder *) report)->alloc;
}

/* Resize with realloc, or else with a new block, a copy and a free. */
void *
shr_alloc_resize(const ShrAllocator *alloc, void *ptr, size_t used, size_t size)
{
	void	   *p;

	if (alloc->realloc != NULL)
		return alloc->realloc(alloc->ctx, ptr, size);
	p = alloc->alloc(alloc->ctx, size);
	if (p != NULL && ptr != NULL)
	{
		memcpy(p, ptr, used);
		alloc->free(alloc->ctx, ptr);
	}
	return p;
}

/* Grow the node array geometrically to at least n nodes. */
bool
shr_report_reserve_nodes(ShrReport *report, int32_t n)
{
	ReportHolder *h = (ReportHolder *) report;
	int32_t		cap = h->node_cap;
	ShrNode    *nodes;

	if (n <= cap)
		return true;
	if (cap == 0)
		cap = n > NODES_MIN ? n : NODES_MIN;
	while (cap < n)
		cap = cap > INT32_MAX / 2 ? INT32_MAX : cap * 2;
	nodes = shr_alloc_resize(&h->alloc, report->nodes,
							 (size_t) report->nnodes * sizeof(ShrNode),
							 (size_t) cap * sizeof(ShrNode));
	if (nodes == NULL)
		return false;
	report->nodes = nodes;
	h->node_cap = cap;
	return true;
}

/* Size the first block and the node array from the text's length. */
bool
shr_report_presize(ShrReport *report, size_t len)
{
	ReportHolder *h = (ReportHolder *) report;

	/* len is at most SHR_REPORT_MAX_BYTES: neither product overflows */
	if (len > ARENA_MAX_BLOCK / ARENA_BYTES_PER_BYTE)
		h->next_size = ARENA_MAX_BLOCK;
	else if (len * ARENA_BYTES_PER_BYTE > ARENA_MIN_BLOCK)
		h->next_size = len * ARENA_BYTES_PER_BYTE;
	return shr_report_reserve_nodes(report, (int32_t) (len / BYTES_PER_NODE) + 1);
}

/* Give back the arena blocks, the node array and the report itself. */
void
shr_report_free(ShrReport *report, const ShrAllocator *alloc)
{
	ReportHolder *h = (ReportHolder *) report;
	ArenaBlock *b;

	if (report == NULL)
		return;
	/* The allocator the report was made with, whatever alloc says. */
	b = h->blocks;
	while (b != NULL)
	{
		ArenaBlock *next = b->next;

		h->alloc.free(h->alloc.ctx, b);
		b = next;
	}
	if (report->nodes != NULL)
		h->alloc.free(h->alloc.ctx, report->nodes);
	h->alloc.free(h->alloc.ctx, h);
}
