/*
 * readerdump.c
 *		Writes everything the report parser reads from a report, one line
 *		per node and per figure, so that a change to the reader shows as a
 *		diff against the dump stored in test/reader/.
 *
 * Usage: readerdump OUTDIR REPORT...
 * Writes OUTDIR/<report file name without .md>.txt for each report, one
 * tab-separated line per node and per figure.  Exit status 1 when a report
 * cannot be read, parsed or written.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader/report.h"
#include "unit.h"

/* One letter per node kind, in ShrNodeKind order. */
static const char node_kinds[] = "TPSIpsh";

/* FNV-1a, 32 bits, over a string and a separator: enough to tell two texts apart. */
static uint32_t
hash_str(uint32_t h, const char *s)
{
	for (; s && *s; s++)
		h = (h ^ (unsigned char) *s) * 16777619u;
	return (h ^ 0xff) * 16777619u;
}

static const char *
str(const char *s)
{
	return s ? s : "-";
}

/*
 * Headings (title, parts, sections, items) are written out; paragraphs,
 * sentences and highlights as their span and a hash of their byte span,
 * path, section and text, which keeps the dump small and still changes
 * when any of them does.
 */
static void
dump_node(FILE *out, int i, const ShrNode *n)
{
	char		bytes[32];
	uint32_t	h = 2166136261u;

	fprintf(out, "%c\t%d\t%d\t%u-%u", node_kinds[n->kind], i, n->parent,
			n->span.char_start, n->span.char_end);
	if (n->kind <= SHR_NODE_ITEM)
	{
		fprintf(out, "\t%u-%u\t%s\t%s\t%s\t%s\n", n->span.byte_start, n->span.byte_end,
				str(n->marker), str(n->path), str(n->section), str(n->heading));
		return;
	}
	snprintf(bytes, sizeof(bytes), "%u-%u/%d", n->span.byte_start, n->span.byte_end, n->level);
	h = hash_str(h, bytes);
	h = hash_str(h, n->marker);
	h = hash_str(h, n->path);
	h = hash_str(h, n->section);
	h = hash_str(h, n->heading);
	h = hash_str(h, n->text);
	fprintf(out, "\t%08x\n", (unsigned) h);
}

/* Every field of a figure; the target as "=" when it reads as the amount. */
static void
dump_figure(FILE *out, int i, const ShrFigure *f)
{
	char		amount[128];
	char		target[160];
	int			q;

	shr_quantity_format(&f->amount, amount, sizeof(amount));
	shr_target_format(&f->target, target, sizeof(target));
	fprintf(out, "F\t%d\t%u-%u\t%d\t%s\t%s\t%s\t", i, f->span.char_start,
			f->span.char_end, f->sentence, f->raw, f->metric, f->predicate);
	for (q = 0; q < f->nqualifiers; q++)
		fprintf(out, "%s%s", q ? "," : "", f->qualifiers[q]);
	fprintf(out, "\t%s\t%s\t%s\t%d\t%s%s%s%s\t%s\n", amount,
			strcmp(amount, target) == 0 ? "=" : target,
			f->kind == SHR_FIGURE_TARGET ? "target" : "outcome", f->year,
			f->is_change ? "c" : "", f->respectively ? "r" : "", f->cumulative ? "u" : "",
			(f->is_change || f->respectively || f->cumulative) ? "" : "-",
			str(f->section));
}

static int
dump_report(const char *outdir, const char *path)
{
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	size_t		baselen = strlen(base);
	char		outpath[4096];
	char	   *text;
	size_t		len;
	ShrReport  *r;
	ShrError	err;
	FILE	   *out;
	int			i;

	if (baselen > 3 && strcmp(base + baselen - 3, ".md") == 0)
		baselen -= 3;
	snprintf(outpath, sizeof(outpath), "%s/%.*s.txt", outdir, (int) baselen, base);
	text = unit_read_file(path, &len);
	if (!text)
	{
		fprintf(stderr, "readerdump: cannot read %s\n", path);
		return 1;
	}
	if (shr_report_parse(text, len, NULL, &unit_malloc_allocator, &r, &err) != SHR_OK)
	{
		fprintf(stderr, "readerdump: %s: %s\n", path, err.detail);
		free(text);
		return 1;
	}
	out = fopen(outpath, "w");
	if (!out)
	{
		fprintf(stderr, "readerdump: cannot write %s\n", outpath);
		shr_report_free(r, &unit_malloc_allocator);
		free(text);
		return 1;
	}
	fprintf(out, "# title=%s region=%s year=%d nodes=%d figures=%d\n",
			str(r->title), str(r->region), r->year, r->nnodes, r->nfigures);
	fprintf(out, "# node: kind(T P S I, p s h) no parent chars [bytes marker path section heading | hash]\n"
			"# F no chars sentence raw metric predicate qualifiers amount target kind year flags(c r u) section\n");
	for (i = 0; i < r->nnodes; i++)
		dump_node(out, i, &r->nodes[i]);
	for (i = 0; i < r->nfigures; i++)
		dump_figure(out, i, &r->figures[i]);
	fclose(out);
	shr_report_free(r, &unit_malloc_allocator);
	free(text);
	return 0;
}

int
main(int argc, char **argv)
{
	int			status = 0;
	int			i;

	if (argc < 3)
	{
		fprintf(stderr, "usage: readerdump OUTDIR REPORT...\n");
		return 2;
	}
	for (i = 2; i < argc; i++)
		status |= dump_report(argv[1], argv[i]);
	return status;
}
