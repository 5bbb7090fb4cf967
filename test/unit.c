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

char *
unit_read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
		fseek(f, 0, SEEK_SET) != 0)
	{
		fclose(f);
		return NULL;
	}
	buf = malloc((size_t) n + 1);
	if (buf == NULL || fread(buf, 1, (size_t) n, f) != (size_t) n)
	{
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	*len = (size_t) n;
	return buf;
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
