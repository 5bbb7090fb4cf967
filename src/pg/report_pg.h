/*
 * report_pg.h
 *		What the report functions (report_srf.c) and the loader (loader.c)
 *		share: running the core's report parser on a text datum and turning
 *		its structs into SQL values.  No parsing happens here or there; this
 *		is conversion only.
 *
 * Numbering seen from SQL: unit_no is the node's index plus one, so it is
 * the same in shreport.parse() and in the loaded tables; sentence_no counts
 * sentences only, from 1, in text order; positions are 1-based code points,
 * end exclusive (the core's 0-based offsets plus one).
 */
#ifndef SHR_REPORT_PG_H
#define SHR_REPORT_PG_H

#include "postgres.h"

#include "fmgr.h"

#include "reader/report.h"

/* A parsed report with the per-node numbers the SQL side needs. */
typedef struct ShrPgReport
{
	ShrReport  *report;
	const char *text;			/* the UTF-8 text the report was parsed from */
	int32	   *sentence_no;	/* per node: the enclosing sentence's number,
								 * or 0 when the node is in no sentence */
	int32	   *unit_no;		/* per node: unit_no of the nearest structural
								 * unit (title ... paragraph) at or above it,
								 * or 0 */
	int32		nsentences;
	int32		nhighlights;
	int32		nunits;			/* structural units: title ... paragraph */
} ShrPgReport;

/* SQL position of a core offset. */
#define SHR_PG_POS(off)		((int32) (off) + 1)

/*
 * Parse body (in the server encoding) with the core, in the current memory
 * context; errors of the core are raised here.
 */
extern void shr_pg_report_parse(text *body, const ShrReportOptions *opts,
								ShrPgReport *out);

/* Is a node of this kind a structural unit (a row of shreport.sections)? */
extern bool shr_pg_is_structural(int kind);

/* A text datum from a UTF-8 string, converted to the server encoding. */
extern Datum shr_pg_text_datum(const char *utf8);

/* A server-encoding text argument as a NUL-terminated UTF-8 string. */
extern char *shr_pg_text_to_utf8(text *t);

/* A quantity or target datum: a palloc'd copy of the struct. */
extern Datum shr_pg_quantity_datum(const ShrQuantity *q);
extern Datum shr_pg_target_datum(const ShrTarget *t);

/* The figure's qualifier words as a text[] datum (empty when none). */
extern Datum shr_pg_qualifiers_datum(const ShrFigure *f);

/* The input function of a type, to build ltree values without linking to ltree. */
typedef struct ShrPgInput
{
	FmgrInfo	flinfo;
	Oid			ioparam;
} ShrPgInput;

extern void shr_pg_input_init(ShrPgInput *in, Oid typid);
extern Datum shr_pg_input_call(ShrPgInput *in, const char *str);

#endif							/* SHR_REPORT_PG_H */
