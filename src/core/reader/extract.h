/*
 * extract.h
 *		The figure extractor: finds every figure of a report's sentences
 *		with what it measures, its verb, its qualifiers, its amount and
 *		target, whether it is an outcome or a target, and its year.
 */
#ifndef SHR_EXTRACT_H
#define SHR_EXTRACT_H

#include "reader/report.h"

/*
 * Append the figures of report's sentence nodes (built from text by the
 * structure scanner) to report->figures, in text order.  report->year must
 * be set.  Memory comes from the report's arena (shr_report_alloc), scratch
 * space from alloc and is given back before returning.  Fails only with
 * SHR_ENOMEM.
 */
extern ShrStatus shr_extract_figures(const char *text, size_t len,
									 ShrReport *report,
									 const ShrAllocator *alloc,
									 ShrError *err);

#endif							/* SHR_EXTRACT_H */
