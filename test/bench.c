/*
 * bench.c
 *		Parser benchmark: times shr_report_parse on each report given on the
 *		command line and, in the same run, two baselines over the same bytes
 *		(a copy, and a UTF-8 decode that counts code points and lines), and
 *		prints the parse time per report with its ratio to each baseline,
 *		then the same parse timed by phase (the UTF-8 check, the structure
 *		scan, the figure extraction), each as a ratio to the decode.
 *
 * Ratios, not seconds, are what to compare between machines and runs.  The
 * decode baseline calls shr_utf8_decode once per code point, as a parser
 * that decodes every character once through a function would.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "types/number.h"
#include "reader/arena.h"
#include "reader/extract.h"
#include "reader/report.h"
#include "reader/scan.h"
#include "unit.h"

enum
{
	ITER = 200,					/* timed runs of each report; medians are kept */
	NPHASES = 3					/* check, structure, figures */
};

/* Medians of one report's runs, in ns. */
typedef struct Times
{
	double		parse;
	double		copy;
	double		decode;
	double		phase[NPHASES];
} Times;

/* The monotonic clock, in ns. */
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

/* For qsort: ascending doubles. */
static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return (x > y) - (x < y);
}

/* The median of n times (sorts them). */
static double
median(double *t, int n)
{
	qsort(t, n, sizeof(double), cmp_double);
	return t[n / 2];
}

/*
 * One parse done as shr_report_parse does it, with the time of each phase
 * added to ph[]: the UTF-8 check, the structure scan, the figures.
 */
static void
parse_by_phase(const char *text, size_t len, double *ph)
{
	ShrReport  *r;
	ShrError	err;
	size_t		bad;
	double		t0 = now_ns(),
				t1,
				t2;

	if (!shr_utf8_check(text, len, &bad))
		exit(1);
	t1 = now_ns();
	r = shr_report_new(&unit_malloc_allocator);
	if (r == NULL || !shr_report_presize(r, len) ||
		shr_scan_structure(text, len, NULL, r, &err) != SHR_OK)
		exit(1);
	t2 = now_ns();
	if (r->nnodes > 0 &&
		shr_extract_figures(text, len, r, &unit_malloc_allocator, &err) != SHR_OK)
		exit(1);
	ph[2] = now_ns() - t2;
	ph[1] = t2 - t1;
	ph[0] = t1 - t0;
	shr_report_free(r, &unit_malloc_allocator);
}

/* Time ITER parses of text and the baselines; returns the medians. */
static Times
time_report(const char *name, const char *text, size_t len, int *nfig)
{
	static double tp[ITER],
				tc[ITER],
				td[ITER],
				tph[NPHASES][ITER];
	char	   *copy = malloc(len + 1);
	Times		m;

	for (int i = 0; i < ITER; i++)
	{
		ShrReport  *r = NULL;
		ShrError	err;
		double		ph[NPHASES];
		double		t0 = now_ns();

		if (shr_report_parse(text, len, NULL, &unit_malloc_allocator, &r, &err) != SHR_OK)
		{
			fprintf(stderr, "%s: %s\n", name, err.detail);
			exit(1);
		}
		tp[i] = now_ns() - t0;
		*nfig = r->nfigures;
		shr_report_free(r, &unit_malloc_allocator);

		t0 = now_ns();
		memcpy(copy, text, len);
		sink += (size_t) copy[len / 2];
		tc[i] = now_ns() - t0;

		t0 = now_ns();
		sink += decode_all(text, len);
		td[i] = now_ns() - t0;

		parse_by_phase(text, len, ph);
		for (int k = 0; k < NPHASES; k++)
			tph[k][i] = ph[k];
	}
	m.parse = median(tp, ITER);
	m.copy = median(tc, ITER);
	m.decode = median(td, ITER);
	for (int k = 0; k < NPHASES; k++)
		m.phase[k] = median(tph[k], ITER);
	free(copy);
	return m;
}

/*
 * One row of the table: the times t of n reports (1, or all of them for
 * the mean: the time is then divided by n, and the ratios are of the sums).
 */
static void
print_row(const char *name, double kib, const char *figs, const Times *t, int n)
{
	printf("%-28s %8.1f %7s %10.1f %9.0f %11.2f %7.2f %7.2f %7.2f\n", name, kib,
		   figs, t->parse / n / 1000.0, t->parse / t->copy, t->parse / t->decode,
		   t->phase[0] / t->decode, t->phase[1] / t->decode,
		   t->phase[2] / t->decode);
}

int
main(int argc, char **argv)
{
	Times		tot;
	size_t		tot_bytes = 0;
	int			nfiles = 0;

	memset(&tot, 0, sizeof(tot));
	printf("%-28s %8s %7s %10s %9s %11s %7s %7s %7s\n", "report", "KiB", "figures",
		   "parse us", "x copy", "x decode", "check", "struct", "figs");
	for (int a = 1; a < argc; a++)
	{
		size_t		len;
		char	   *text = unit_read_file(argv[a], &len);
		int			nfig = 0;
		char		figs[16];
		const char *base;
		Times		t;

		if (text == NULL)
		{
			fprintf(stderr, "cannot read %s\n", argv[a]);
			return 1;
		}
		t = time_report(argv[a], text, len, &nfig);
		base = strrchr(argv[a], '/');
		snprintf(figs, sizeof(figs), "%d", nfig);
		print_row(base ? base + 1 : argv[a], len / 1024.0, figs, &t, 1);
		tot.parse += t.parse;
		tot.copy += t.copy;
		tot.decode += t.decode;
		for (int k = 0; k < NPHASES; k++)
			tot.phase[k] += t.phase[k];
		tot_bytes += len;
		nfiles++;
		free(text);
	}
	if (nfiles > 0)
	{
		print_row("mean per report", tot_bytes / 1024.0 / nfiles, "", &tot, nfiles);
		printf("all reports: parse %.2f ms, decode %.2f ms: %.2f x decode "
			   "(check %.2f, structure %.2f, figures %.2f)\n",
			   tot.parse / 1e6, tot.decode / 1e6, tot.parse / tot.decode,
			   tot.phase[0] / tot.decode, tot.phase[1] / tot.decode,
			   tot.phase[2] / tot.decode);
	}
	return 0;
}
