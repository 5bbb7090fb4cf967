/*
 * report.c
 *		The report parser's entry points: input checks and the order of the
 *		passes (structure, then figures) over a report made by the arena.
 */
#include <string.h>

#include "reader/arena.h"
#include "reader/extract.h"
#include "reader/report.h"
#include "reader/scan.h"
#include "text/utf8.h"

/* Check the input, then scan its structure and extract its figures. */
ShrStatus
shr_report_parse(const char *text, size_t len, const ShrReportOptions *opts,
				 const ShrAllocator *alloc, ShrReport **out, ShrError *err)
{
	ShrReport  *report;
	ShrStatus	st;
	size_t		bad;
	ShrError	local;

	*out = NULL;
	if (err == NULL)
		err = &local;			/* the scanner reads back what it recorded */
	if (len > SHR_REPORT_MAX_BYTES)
		return shr_fail(err, SHR_ETOOLARGE,
						"The report is %zu bytes long; at most %d bytes are accepted.",
						len, SHR_REPORT_MAX_BYTES);
	if (text == NULL && len > 0)
		return shr_fail(err, SHR_ESYNTAX, "The report text is missing.");
	if (!shr_utf8_check(text, len, &bad))
		return shr_fail(err, SHR_ESYNTAX,
						"The report is not valid UTF-8 text (bad byte 0x%02x at byte offset %zu).",
						(unsigned) (unsigned char) text[bad], bad);

	report = shr_report_new(alloc);
	if (report == NULL)
		return shr_fail(err, SHR_ENOMEM, "Out of memory while parsing the report.");
	if (!shr_report_presize(report, len))
	{
		shr_report_free(report, alloc);
		return shr_fail(err, SHR_ENOMEM, "Out of memory while parsing the report.");
	}
	if (opts != NULL)
		shr_report_set_interrupt(report, opts->interrupt_check, opts->interrupt_arg);
	st = shr_scan_structure(text, len, opts, report, err);
	if (st == SHR_OK && report->nnodes > 0)
		st = shr_extract_figures(text, len, report, alloc, err);
	if (st != SHR_OK)
	{
		shr_report_free(report, alloc);
		return st;
	}
	*out = report;
	return SHR_OK;
}

/* The SQL name of a node kind; NULL for an unknown one. */
const char *
shr_node_kind_name(int kind)
{
	static const char *const names[] = {
		"title", "part", "section", "item", "paragraph", "sentence", "highlight"
	};

	if (kind < 0 || kind >= (int) (sizeof(names) / sizeof(names[0])))
		return NULL;
	return names[kind];
}

/* The SQL name of a figure kind; NULL for an unknown one. */
const char *
shr_figure_kind_name(int kind)
{
	if (kind == SHR_FIGURE_OUTCOME)
		return "outcome";
	if (kind == SHR_FIGURE_TARGET)
		return "target";
	return NULL;
}
