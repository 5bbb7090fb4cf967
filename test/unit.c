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

/* See unit.h. */
char *
unit_exact_copy(const char *s, size_t len)
{
	char	   *p = malloc(len > 0 ? len : 1);

	if (p != NULL)
		memcpy(p, s, len);
	return p;
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

uint64_t
unit_rng(uint64_t *state)
{
	*state ^= *state >> 12;
	*state ^= *state << 25;
	*state ^= *state >> 27;
	return *state * UINT64_C(2685821657736338717);
}

char *
unit_random_text(const char *const *pieces, int npieces, int maxpieces,
				 int raw_one_in, uint64_t *state, size_t *len)
{
	char		tmp[512];
	size_t		n = 0;
	int			k = (int) (unit_rng(state) % (uint64_t) maxpieces) + 1;
	char	   *buf;

	for (int i = 0; i < k; i++)
	{
		const char *p;
		size_t		m;

		if (unit_rng(state) % (uint64_t) raw_one_in == 0)
		{
			tmp[n++] = (char) (unit_rng(state) & 0xFF);
			continue;
		}
		p = pieces[unit_rng(state) % (uint64_t) npieces];
		m = p[0] == '\0' ? 1 : strlen(p);
		if (n + m > sizeof(tmp))
			break;
		memcpy(tmp + n, p, m);
		n += m;
	}
	buf = malloc(n > 0 ? n : 1);
	if (buf == NULL)
		abort();
	memcpy(buf, tmp, n);
	*len = n;
	return buf;
}

/* Count a parse of s that should have worked as a failure, saying why. */
static bool
parsed(ShrStatus st, const char *s, const ShrError *err)
{
	unit_check(st == SHR_OK, "parse failed", __FILE__, __LINE__);
	if (st != SHR_OK)
		fprintf(stderr, "    \"%s\": %s\n", s, err->detail);
	return st == SHR_OK;
}

ShrQuantity
unit_quantity(const char *s)
{
	ShrQuantity q;
	ShrError	err;

	memset(&err, 0, sizeof(err));
	if (!parsed(shr_quantity_parse(s, strlen(s), &q, &err), s, &err))
		memset(&q, 0, sizeof(q));
	return q;
}

ShrTarget
unit_target(const char *s)
{
	ShrTarget	t;
	ShrError	err;

	memset(&err, 0, sizeof(err));
	if (!parsed(shr_target_parse(s, strlen(s), &t, &err), s, &err))
		memset(&t, 0, sizeof(t));
	return t;
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
