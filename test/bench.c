/*
 * bench.c
 *		Parser benchmark: times shr_report_parse on each report given on the
 *		command line and, in the same run, two baselines over the same bytes
 *		(a copy, and a UTF-8 decode that counts code points and lines), and
 *		prints the parse time per report with its ratio to each baseline.
 *
 * Ratios, not seconds, are what to compare between machines and runs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "types/number.h"
#include "reader/report.h"
#include "unit.h"

static double
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec * 1e9 + (double) ts.tv_nsec;
}

/* Baseline 2: the least any parser must do, decode every code point once. */
static size_t
decode_all(const char *s, size_t len)
{
	size_t		i = 0,
				chars = 0,
				lines = 0;

	while (i < len)
	{
		uint32_t	cp;

		i += shr_utf8_decode(s + i, len - i, &cp);
		chars++;
		lines += (cp == '\n');
	}
	return chars + lines;
}

static volatile size_t sink;

/* Median of the per-iteration times of one report's parse, in ns. */
static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return (x > y) - (x < y);
}

int
main(int argc, char **argv)
{
	enum
	{
		ITER = 200
	};
	double		tot_parse = 0,
				tot_copy = 0,
				tot_decode = 0;
	size_t		tot_bytes = 0;
	int			nfiles = 0;

	printf("%-28s %8s %7s %10s %9s %11s\n", "report", "KiB", "figures",
		   "parse us", "x copy", "x decode");
	for (int a = 1; a < argc; a++)
	{
		size_t		len;
		char	   *text = unit_read_file(argv[a], &len);
		char	   *copy;
		double		tp[ITER],
					tc[ITER],
					td[ITER];
		int			nfig = 0;
		const char *base;

		if (text == NULL)
		{
			fprintf(stderr, "cannot read %s\n", argv[a]);
			return 1;
		}
		copy = malloc(len + 1);
		for (int i = 0; i < ITER; i++)
		{
			ShrReport  *r = NULL;
			ShrError	err;
			double		t0 = now_ns();

			if (shr_report_parse(text, len, NULL, &unit_malloc_allocator, &r, &err) != SHR_OK)
			{
				fprintf(stderr, "%s: %s\n", argv[a], err.detail);
				return 1;
			}
			tp[i] = now_ns() - t0;
			nfig = r->nfigures;
			shr_report_free(r, &unit_malloc_allocator);

			t0 = now_ns();
			memcpy(copy, text, len);
			sink += (size_t) copy[len / 2];
			tc[i] = now_ns() - t0;

			t0 = now_ns();
			sink += decode_all(text, len);
			td[i] = now_ns() - t0;
		}
		qsort(tp, ITER, sizeof(double), cmp_double);
		qsort(tc, ITER, sizeof(double), cmp_double);
		qsort(td, ITER, sizeof(double), cmp_double);
		base = strrchr(argv[a], '/');
		printf("%-28s %8.1f %7d %10.1f %9.0f %11.2f\n", base ? base + 1 : argv[a],
			   len / 1024.0, nfig, tp[ITER / 2] / 1000.0, tp[ITER / 2] / tc[ITER / 2],
			   tp[ITER / 2] / td[ITER / 2]);
		tot_parse += tp[ITER / 2];
		tot_copy += tc[ITER / 2];
		tot_decode += td[ITER / 2];
		tot_bytes += len;
		nfiles++;
		free(copy);
		free(text);
	}
	if (nfiles > 0)
		printf("%-28s %8.1f %7s %10.1f %9.0f %11.2f\n", "mean per report",
			   tot_bytes / 1024.0 / nfiles, "", tot_parse / nfiles / 1000.0,
			   tot_parse / tot_copy, tot_parse / tot_decode);
	return 0;
}
