/*
 * accuracy.c
 *		Compares the figures the parser finds in a report with a hand-coded
 *		sample (JSON lines, see the gold README) and prints recall,
 *		precision over the fully coded sections, per-field accuracy and
 *		every mismatch.
 *
 * Usage: accuracy REPORT.md GOLD.jsonl [-v]
 * With -v it also lists the figures of the coded sections that the gold
 * does not have.  Exit status 0 unless the files cannot be read or parsed.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader/report.h"
#include "unit.h"

#define MAX_LIST 16

/* One hand-coded figure. */
typedef struct Gold
{
	long		offset;
	char	   *raw;
	double		value;
	bool		has_value;
	double		value_hi;
	bool		has_value_hi;
	char	   *unit;
	char	   *bound;
	char	   *quals[MAX_LIST];
	int			nquals;
	char	   *predicate;
	char	   *metric;
	char	   *alts[MAX_LIST];
	int			nalts;
	bool		change;
	bool		respectively;
	bool		cumulative;
	char	   *kind;
	long		year;
	char	   *section;
	bool		doubt;
} Gold;

/* Append the UTF-8 encoding of cp to out. */
static char *
put_utf8(char *out, unsigned long cp)
{
	if (cp < 0x80)
		*out++ = (char) cp;
	else if (cp < 0x800)
	{
		*out++ = (char) (0xC0 | (cp >> 6));
		*out++ = (char) (0x80 | (cp & 0x3F));
	}
	else if (cp < 0x10000)
	{
		*out++ = (char) (0xE0 | (cp >> 12));
		*out++ = (char) (0x80 | ((cp >> 6) & 0x3F));
		*out++ = (char) (0x80 | (cp & 0x3F));
	}
	else
	{
		*out++ = (char) (0xF0 | (cp >> 18));
		*out++ = (char) (0x80 | ((cp >> 12) & 0x3F));
		*out++ = (char) (0x80 | ((cp >> 6) & 0x3F));
		*out++ = (char) (0x80 | (cp & 0x3F));
	}
	return out;
}

static const char *
skip_ws(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
		p++;
	return p;
}

/* Parse a JSON string at p (at its opening quote) into a malloc'd copy. */
static const char *
parse_string(const char *p, char **out)
{
	char	   *buf = malloc(strlen(p) * 2 + 8);
	char	   *o = buf;

	if (*p != '"')
		return NULL;
	p++;
	while (*p && *p != '"')
	{
		if (*p == '\\')
		{
			p++;
			switch (*p)
			{
				case 'n':
					*o++ = '\n';
					break;
				case 't':
					*o++ = '\t';
					break;
				case 'r':
					*o++ = '\r';
					break;
				case 'b':
					*o++ = '\b';
					break;
				case 'f':
					*o++ = '\f';
					break;
				case 'u':
					{
						unsigned long cp = strtoul((char[5]) {p[1], p[2], p[3], p[4], 0}, NULL, 16);

						p += 4;
						if (cp >= 0xD800 && cp < 0xDC00 && p[1] == '\\' && p[2] == 'u')
						{
							unsigned long lo = strtoul((char[5]) {p[3], p[4], p[5], p[6], 0}, NULL, 16);

							cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
							p += 6;
						}
						o = put_utf8(o, cp);
						break;
					}
				case '\0':
					free(buf);
					return NULL;
				default:
					*o++ = *p;
			}
			p++;
		}
		else
			*o++ = *p++;
	}
	if (*p != '"')
	{
		free(buf);
		return NULL;
	}
	*o = '\0';
	*out = buf;
	return p + 1;
}

/* Parse one line's flat object into g; false on a syntax error. */
static bool
parse_gold(const char *p, Gold *g)
{
	memset(g, 0, sizeof(*g));
	p = skip_ws(p);
	if (*p++ != '{')
		return false;
	for (;;)
	{
		char	   *key;

		p = skip_ws(p);
		if (*p == '}')
			return true;
		if ((p = parse_string(p, &key)) == NULL)
			return false;
		p = skip_ws(p);
		if (*p++ != ':')
			return false;
		p = skip_ws(p);
		if (*p == '"')
		{
			char	   *v;

			if ((p = parse_string(p, &v)) == NULL)
				return false;
			if (strcmp(key, "raw") == 0)
				g->raw = v;
			else if (strcmp(key, "unit") == 0)
				g->unit = v;
			else if (strcmp(key, "bound") == 0)
				g->bound = v;
			else if (strcmp(key, "predicate") == 0)
				g->predicate = v;
			else if (strcmp(key, "metric") == 0)
				g->metric = v;
			else if (strcmp(key, "kind") == 0)
				g->kind = v;
			else if (strcmp(key, "section") == 0)
				g->section = v;
			else
				free(v);
		}
		else if (*p == '[')
		{
			char	  **list = NULL;
			int		   *n = NULL;

			if (strcmp(key, "qualifiers") == 0)
			{
				list = g->quals;
				n = &g->nquals;
			}
			else if (strcmp(key, "metric_alts") == 0)
			{
				list = g->alts;
				n = &g->nalts;
			}
			p = skip_ws(p + 1);
			while (*p != ']')
			{
				char	   *v;

				if ((p = parse_string(p, &v)) == NULL)
					return false;
				if (list != NULL && *n < MAX_LIST)
					list[(*n)++] = v;
				else
					free(v);
				p = skip_ws(p);
				if (*p == ',')
					p = skip_ws(p + 1);
				else if (*p != ']')
					return false;
			}
			p++;
		}
		else if (strncmp(p, "true", 4) == 0 || strncmp(p, "false", 5) == 0)
		{
			bool		v = (*p == 't');

			p += v ? 4 : 5;
			if (strcmp(key, "change") == 0)
				g->change = v;
			else if (strcmp(key, "respectively") == 0)
				g->respectively = v;
			else if (strcmp(key, "cumulative") == 0)
				g->cumulative = v;
			else if (strcmp(key, "doubt") == 0)
				g->doubt = v;
		}
		else if (strncmp(p, "null", 4) == 0)
			p += 4;
		else
		{
			char	   *end;
			double		v = strtod(p, &end);

			if (end == p)
				return false;
			p = end;
			if (strcmp(key, "offset") == 0)
				g->offset = (long) v;
			else if (strcmp(key, "year") == 0)
				g->year = (long) v;
			else if (strcmp(key, "value") == 0)
			{
				g->value = v;
				g->has_value = true;
			}
			else if (strcmp(key, "value_hi") == 0)
			{
				g->value_hi = v;
				g->has_value_hi = true;
			}
		}
		free(key);
		p = skip_ws(p);
		if (*p == ',')
			p++;
		else if (*p != '}')
			return false;
	}
}

/* The value of a quantity in its unit, magnitude applied, as a double. */
static double
quantity_double(const ShrQuantity *q)
{
	return (double) q->coef * pow(10.0, q->exp);
}

static bool
same_value(double a, double b)
{
	return fabs(a - b) <= 1e-9 * fmax(1.0, fmax(fabs(a), fabs(b)));
}

/* The unit as the gold writes it: 个百分点 is 百分点, ％ is %. */
static const char *
unit_text(const ShrQuantity *q)
{
	const ShrUnitDef *u = shr_unit(q->unit);
	const char *n = u ? u->name : "";

	if (strcmp(n, "个百分点") == 0)
		return "百分点";
	if (strcmp(n, "％") == 0)
		return "%";
	return n;
}

/* The coded part and section of a section path: 三（二）一是 -> 三（二）. */
static void
section_key(const char *s, char *buf, size_t size)
{
	const char *close = strstr(s, "）");
	size_t		n = close ? (size_t) (close - s) + strlen("）") : strlen(s);

	if (n >= size)
		n = size - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
}

/* Print a figure in one line. */
static void
print_figure(const char *tag, const ShrFigure *f)
{
	printf("%s @%u %s metric=%s pred=%s kind=%s year=%d sec=%s q=[", tag,
		   f->span.char_start, f->raw, f->metric, f->predicate,
		   shr_figure_kind_name(f->kind), f->year, f->section);
	for (int i = 0; i < f->nqualifiers; i++)
		printf("%s%s", i ? "," : "", f->qualifiers[i]);
	printf("]%s%s%s\n", f->is_change ? " change" : "",
		   f->respectively ? " resp" : "", f->cumulative ? " cum" : "");
}

enum
{
	F_RAW, F_VALUE, F_UNIT, F_BOUND, F_QUALS, F_PRED, F_METRIC, F_CHANGE,
	F_RESP, F_CUM, F_KIND, F_YEAR, F_SECTION, NFIELDS
};

static const char *const field_names[NFIELDS] = {
	"raw", "value", "unit", "bound", "qualifiers", "predicate", "metric",
	"change", "respectively", "cumulative", "kind", "year", "section"
};

int
main(int argc, char **argv)
{
	size_t		len,
				glen;
	char	   *text,
			   *gtext;
	ShrReport  *r = NULL;
	ShrError	err;
	Gold	   *gold = NULL;
	int			ngold = 0;
	int			right[NFIELDS] = {0};
	int			matched = 0,
				matched_doubt = 0,
				ndoubt = 0;
	char		keys[32][64];
	int			nkeys = 0;
	int			in_sections = 0,
				tp_sections = 0;
	bool		verbose = argc > 3 && strcmp(argv[3], "-v") == 0;
	bool	   *used;

	if (argc < 3)
	{
		fprintf(stderr, "usage: %s REPORT GOLD.jsonl [-v]\n", argv[0]);
		return 2;
	}
	text = unit_read_file(argv[1], &len);
	gtext = unit_read_file(argv[2], &glen);
	if (text == NULL || gtext == NULL)
	{
		fprintf(stderr, "cannot read %s\n", text == NULL ? argv[1] : argv[2]);
		return 2;
	}
	for (char *line = strtok(gtext, "\n"); line != NULL; line = strtok(NULL, "\n"))
	{
		Gold	   *g;

		if (*skip_ws(line) == '\0')
			continue;
		gold = realloc(gold, sizeof(Gold) * (size_t) (ngold + 1));
		g = &gold[ngold];
		if (!parse_gold(line, g) || g->raw == NULL)
		{
			fprintf(stderr, "bad gold line %d\n", ngold + 1);
			return 2;
		}
		ngold++;
		if (g->section != NULL)
		{
			char		k[64];
			int			i;

			section_key(g->section, k, sizeof(k));
			for (i = 0; i < nkeys; i++)
				if (strcmp(keys[i], k) == 0)
					break;
			if (i == nkeys && nkeys < 32)
				strcpy(keys[nkeys++], k);
		}
	}
	if (shr_report_parse(text, len, NULL, &unit_malloc_allocator, &r, &err) != SHR_OK)
	{
		fprintf(stderr, "parse failed: %s\n", err.detail);
		return 2;
	}
	used = calloc((size_t) r->nfigures + 1, sizeof(bool));

	printf("mismatches (field: got | want):\n");
	for (int i = 0; i < ngold; i++)
	{
		Gold	   *g = &gold[i];
		const ShrFigure *f = NULL;
		bool		ok[NFIELDS];

		ndoubt += g->doubt;
		for (int k = 0; k < r->nfigures; k++)
			if ((long) r->figures[k].span.char_start == g->offset)
			{
				f = &r->figures[k];
				used[k] = true;
				break;
			}
		if (f == NULL)
		{
			printf("  MISSING @%ld %s (%s)%s\n", g->offset, g->raw,
				   g->metric ? g->metric : "", g->doubt ? " [doubt]" : "");
			continue;
		}
		if (g->doubt)
			matched_doubt++;
		else
			matched++;

		ok[F_RAW] = strcmp(f->raw, g->raw) == 0;
		ok[F_VALUE] = g->has_value && same_value(quantity_double(&f->amount), g->value);
		if (g->has_value_hi)
			ok[F_VALUE] = ok[F_VALUE] && f->target.bound == SHR_BOUND_RANGE &&
				same_value(quantity_double(&f->target.hi), g->value_hi);
		ok[F_UNIT] = g->unit && strcmp(unit_text(&f->amount), g->unit) == 0;
		ok[F_BOUND] = g->bound && strcmp(shr_bound_name(f->target.bound), g->bound) == 0;
		ok[F_QUALS] = f->nqualifiers == g->nquals;
		for (int q = 0; ok[F_QUALS] && q < g->nquals; q++)
			ok[F_QUALS] = strcmp(f->qualifiers[q], g->quals[q]) == 0;
		ok[F_PRED] = g->predicate && strcmp(f->predicate, g->predicate) == 0;
		ok[F_METRIC] = g->metric && strcmp(f->metric, g->metric) == 0;
		for (int a = 0; !ok[F_METRIC] && a < g->nalts; a++)
			ok[F_METRIC] = strcmp(f->metric, g->alts[a]) == 0;
		ok[F_CHANGE] = f->is_change == g->change;
		ok[F_RESP] = f->respectively == g->respectively;
		ok[F_CUM] = f->cumulative == g->cumulative;
		ok[F_KIND] = g->kind && strcmp(shr_figure_kind_name(f->kind), g->kind) == 0;
		ok[F_YEAR] = f->year == g->year;
		ok[F_SECTION] = g->section && strcmp(f->section, g->section) == 0;

		for (int k = 0; k < NFIELDS; k++)
		{
			right[k] += ok[k];
			if (ok[k])
				continue;
			printf("  @%ld %s %s: ", g->offset, g->raw, field_names[k]);
			switch (k)
			{
				case F_RAW:
					printf("%s | %s\n", f->raw, g->raw);
					break;
				case F_VALUE:
					printf("%.17g | %.17g\n", quantity_double(&f->amount), g->value);
					break;
				case F_UNIT:
					printf("%s | %s\n", unit_text(&f->amount), g->unit ? g->unit : "");
					break;
				case F_BOUND:
					printf("%s | %s\n", shr_bound_name(f->target.bound), g->bound ? g->bound : "");
					break;
				case F_QUALS:
					for (int q = 0; q < f->nqualifiers; q++)
						printf("%s%s", q ? "," : "", f->qualifiers[q]);
					printf(" | ");
					for (int q = 0; q < g->nquals; q++)
						printf("%s%s", q ? "," : "", g->quals[q]);
					printf("\n");
					break;
				case F_PRED:
					printf("%s | %s\n", f->predicate, g->predicate ? g->predicate : "");
					break;
				case F_METRIC:
					printf("%s | %s", f->metric, g->metric ? g->metric : "");
					for (int a = 0; a < g->nalts; a++)
						printf(" / %s", g->alts[a]);
					printf("\n");
					break;
				case F_CHANGE:
					printf("%d | %d\n", f->is_change, g->change);
					break;
				case F_RESP:
					printf("%d | %d\n", f->respectively, g->respectively);
					break;
				case F_CUM:
					printf("%d | %d\n", f->cumulative, g->cumulative);
					break;
				case F_KIND:
					printf("%s | %s\n", shr_figure_kind_name(f->kind), g->kind ? g->kind : "");
					break;
				case F_YEAR:
					printf("%d | %ld\n", f->year, g->year);
					break;
				case F_SECTION:
					printf("%s | %s\n", f->section, g->section ? g->section : "");
					break;
			}
		}
	}

	/* precision over the sections the gold codes completely */
	for (int k = 0; k < r->nfigures; k++)
	{
		const ShrFigure *f = &r->figures[k];
		char		key[64];
		int			i;

		section_key(f->section, key, sizeof(key));
		for (i = 0; i < nkeys; i++)
			if (strcmp(keys[i], key) == 0)
				break;
		if (i == nkeys)
			continue;
		in_sections++;
		if (used[k])
			tp_sections++;
		else
			print_figure("  EXTRA", f);
	}
	if (verbose)
		for (int k = 0; k < r->nfigures; k++)
			print_figure("  FIG", &r->figures[k]);

	printf("\nfigures in report: %d; gold rows: %d (%d marked doubt)\n",
		   r->nfigures, ngold, ndoubt);
	printf("recall:    %.3f (%d of %d certain rows; %d of %d doubtful rows found)\n",
		   ngold - ndoubt > 0 ? (double) matched / (ngold - ndoubt) : 0.0,
		   matched, ngold - ndoubt, matched_doubt, ndoubt);
	printf("precision: %.3f (%d of %d figures in the coded sections:",
		   in_sections > 0 ? (double) tp_sections / in_sections : 0.0,
		   tp_sections, in_sections);
	for (int i = 0; i < nkeys; i++)
		printf(" %s", keys[i]);
	printf(")\n");
	printf("field accuracy over %d matched rows:\n", matched + matched_doubt);
	for (int k = 0; k < NFIELDS; k++)
		printf("  %-13s %.3f\n", field_names[k],
			   matched + matched_doubt > 0 ?
			   (double) right[k] / (matched + matched_doubt) : 0.0);

	shr_report_free(r, &unit_malloc_allocator);
	free(used);
	free(text);
	free(gtext);
	return 0;
}
