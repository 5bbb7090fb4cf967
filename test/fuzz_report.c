/*
 * fuzz_report.c
 *		libFuzzer target for the report parser: any byte string parses or is
 *		refused cleanly, and every node and figure it returns lies inside the
 *		text with its code-point offsets consistent with its byte offsets.
 */
#include <stdlib.h>
#include <string.h>

#include "reader/report.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void *
fz_alloc(void *ctx, size_t n)
{
	return malloc(n);
}

static void *
fz_realloc(void *ctx, void *p, size_t n)
{
	return realloc(p, n);
}

static void
fz_free(void *ctx, void *p)
{
	free(p);
}

static const ShrAllocator fz_allocator = {fz_alloc, fz_realloc, fz_free, NULL};

/* Code points in s[0..n): bytes that do not continue a sequence. */
static uint32_t
count_chars(const char *s, size_t n)
{
	uint32_t	c = 0;

	for (size_t i = 0; i < n; i++)
		c += ((unsigned char) s[i] & 0xC0) != 0x80;
	return c;
}

static void
check_span(const char *text, size_t len, const ShrSpan *sp)
{
	if (sp->byte_start > sp->byte_end || sp->byte_end > len ||
		sp->char_start > sp->char_end ||
		count_chars(text, sp->byte_start) != sp->char_start ||
		count_chars(text, sp->byte_end) != sp->char_end)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	ShrReport  *r = NULL;
	ShrError	err;

	if (shr_report_parse(text, size, NULL, &fz_allocator, &r, &err) != SHR_OK)
		return 0;
	for (int i = 0; i < r->nnodes; i++)
		check_span(text, size, &r->nodes[i].span);
	for (int i = 0; i < r->nfigures; i++)
	{
		const ShrFigure *f = &r->figures[i];

		check_span(text, size, &f->span);
		if (strlen(f->raw) != f->span.byte_end - f->span.byte_start ||
			memcmp(f->raw, text + f->span.byte_start, strlen(f->raw)) != 0)
			abort();
	}
	shr_report_free(r, &fz_allocator);
	return 0;
}
