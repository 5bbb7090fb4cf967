/*
 * unit.c
 *		The counters and reporting of the unit-test harness (see unit.h).
 */
#include <stdlib.h>

#include "unit.h"

int			unit_passed = 0;
int			unit_failed = 0;

void
unit_check(bool ok, const char *expr, const char *file, int line)
{
	if (ok)
		unit_passed++;
	else
	{
		unit_failed++;
		fprintf(stderr, "%s:%d: check failed: %s\n", file, line, expr);
	}
}

void
unit_check_str(const char *got, const char *want, const char *expr,
			   const char *file, int line)
{
	bool		ok = (got != NULL && want != NULL) ? strcmp(got, want) == 0 : got == want;

	unit_check(ok, expr, file, line);
	if (!ok)
		fprintf(stderr, "    got  \"%s\"\n    want \"%s\"\n",
				got ? got : "(null)", want ? want : "(null)");
}

int
unit_done(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, unit_passed, unit_failed);
	return unit_failed == 0 ? 0 : 1;
}

static void *
unit_alloc(void *ctx, size_t size)
{
	return malloc(size);
}

static void *
unit_realloc(void *ctx, void *ptr, size_t size)
{
	return realloc(ptr, size);
}

static void
unit_free(void *ctx, void *ptr)
{
	free(ptr);
}

const ShrAllocator unit_malloc_allocator = {unit_alloc, unit_realloc, unit_free, NULL};
