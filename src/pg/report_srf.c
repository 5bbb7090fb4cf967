/*
 * report_srf.c
 *		shreport.parse(text) and shreport.figures(text): a report's structural
 *		units and its figures as rows, plus the conversions from the core's
 *		structs to SQL values that the loader shares (report_pg.h).
 *
 * Both functions return their rows in materialize mode through
 * InitMaterializedSRF(), which appeared in PostgreSQL 15; 15 is the oldest
 * release shreport supports, so there is no fallback for 14.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "shr_pg.h"
#include "report_pg.h"

#if PG_VERSION_NUM < 150000
#error "shreport needs PostgreSQL 15 or later (InitMaterializedSRF)"
#endif

PG_FUNCTION_INFO_V1(shr_report_parse_srf);
PG_FUNCTION_INFO_V1(shr_report_figures_srf);

/* Columns of shreport.parse(), in order. */
enum
{
	PARSE_UNIT_NO,
	PARSE_KIND,
	PARSE_LEVEL,
	PARSE_MARKER,
	PARSE_PATH,
	PARSE_HEADING,
	PARSE_TEXT,
	PARSE_CHAR_START,
	PARSE_CHAR_END,
	PARSE_PARENT_NO,
	PARSE_SECTION,
	PARSE_NCOLS
};

/* Columns of shreport.figures(), in order. */
enum
{
	FIG_FIGURE_NO,
	FIG_CHAR_START,
	FIG_CHAR_END,
	FIG_RAW,
	FIG_METRIC,
	FIG_PREDICATE,
	FIG_QUALIFIERS,
	FIG_AMOUNT,
	FIG_TARGET,
	FIG_KIND,
	FIG_YEAR,
	FIG_IS_CHANGE,
	FIG_RESPECTIVELY,
	FIG_CUMULATIVE,
	FIG_SECTION,
	FIG_SENTENCE,
	FIG_SENTENCE_NO,
	FIG_NCOLS
};

/* Raise the error of a failed report parse with a SQLSTATE that fits it. */
static void
report_parse_error(ShrStatus status, const ShrError *err)
{
	switch (status)
	{
		case SHR_ESYNTAX:
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("report text is not valid UTF-8"),
					 errdetail("%s", err->detail)));
			break;
		case SHR_ETOOLARGE:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("report text is too long"),
					 errdetail("%s", err->detail)));
			break;
		case SHR_ENOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory while parsing a report")));
			break;
		default:
			/* the parser reports nothing else; let the common mapping word it */
			shr_pg_op_error(status, err, "report");
	}
}

/* Is a node of this kind a structural unit (a row of shreport.sections)? */
bool
shr_pg_is_structural(int kind)
{
	return kind == SHR_NODE_TITLE || kind == SHR_NODE_PART ||
		kind == SHR_NODE_SECTION || kind == SHR_NODE_ITEM ||
		kind == SHR_NODE_PARAGRAPH;
}

/*
 * Number the sentences and find each node's sentence and structural unit,
 * so both callers number rows the same way.  Parents come before children,
 * so one pass in node order sees every parent's numbers first.
 */
static void
number_nodes(ShrPgReport *pr)
{
	const ShrReport *r = pr->report;
	int32		last_sentence = -1;

	pr->sentence_no = palloc0(sizeof(int32) * Max(r->nnodes, 1));
	pr->unit_no = palloc0(sizeof(int32) * Max(r->nnodes, 1));
	pr->nsentences = 0;
	pr->nhighlights = 0;
	pr->nunits = 0;

	for (int32 i = 0; i < r->nnodes; i++)
	{
		const ShrNode *n = &r->nodes[i];
		int32		parent = n->parent;

		CHECK_FOR_INTERRUPTS();

		if (parent >= i)
			elog(ERROR, "report node %d has parent %d after it", i, parent);

		if (shr_pg_is_structural(n->kind))
		{
			pr->unit_no[i] = i + 1;
			pr->nunits++;
		}
		else if (parent >= 0)
			pr->unit_no[i] = pr->unit_no[parent];

		if (n->kind == SHR_NODE_SENTENCE)
		{
			pr->sentence_no[i] = ++pr->nsentences;
			last_sentence = i;
		}
		else if (parent >= 0 && pr->sentence_no[parent] > 0)
			pr->sentence_no[i] = pr->sentence_no[parent];
		else if (last_sentence >= 0 && !shr_pg_is_structural(n->kind) &&
				 n->span.char_start >= r->nodes[last_sentence].span.char_start &&
				 n->span.char_start < r->nodes[last_sentence].span.char_end)
		{
			/* a highlight the core hung elsewhere but that sits in a sentence */
			pr->sentence_no[i] = pr->sentence_no[last_sentence];
		}

		if (n->kind == SHR_NODE_HIGHLIGHT)
			pr->nhighlights++;
	}
}

/*
 * The core's interrupt hook: honour a pending cancel or timeout.  Leaving
 * the core by longjmp is safe, its memory is palloc'd.
 */
static void
check_interrupts(void *arg)
{
	CHECK_FOR_INTERRUPTS();
}

/*
 * Parse body with the core.  The core wants UTF-8; a database in another
 * encoding hands over converted text, and since conversion keeps characters
 * one for one, code-point positions stay valid for the original.
 */
void
shr_pg_report_parse(text *body, const ShrReportOptions *opts, ShrPgReport *out)
{
	const char *src = VARDATA_ANY(body);
	int			len = VARSIZE_ANY_EXHDR(body);
	const char *utf8 = src;
	ShrAllocator alloc = shr_pg_allocator();
	ShrReportOptions o = *opts;
	ShrError	err;
	ShrStatus	st;

	/* a parse of a huge text can be cancelled (statement_timeout, ^C) */
	o.interrupt_check = check_interrupts;
	o.interrupt_arg = NULL;

	if (GetDatabaseEncoding() != PG_UTF8)
		utf8 = pg_server_to_any(src, len, PG_UTF8);
	if (utf8 != src)
		len = strlen(utf8);

	memset(&err, 0, sizeof(err));
	memset(out, 0, sizeof(*out));
	st = shr_report_parse(utf8, (size_t) len, &o, &alloc, &out->report, &err);
	if (st != SHR_OK)
		report_parse_error(st, &err);
	out->text = utf8;

	number_nodes(out);
}

/* A text datum from a UTF-8 string, converted to the server encoding. */
Datum
shr_pg_text_datum(const char *utf8)
{
	size_t		len = strlen(utf8);

	if (GetDatabaseEncoding() != PG_UTF8)
	{
		char	   *s = pg_any_to_server(utf8, (int) len, PG_UTF8);

		if (s != utf8)
			return PointerGetDatum(cstring_to_text(s));
	}
	return PointerGetDatum(cstring_to_text_with_len(utf8, (int) len));
}

/* A server-encoding text argument as a NUL-terminated UTF-8 string. */
char *
shr_pg_text_to_utf8(text *t)
{
	char	   *s = text_to_cstring(t);

	if (GetDatabaseEncoding() != PG_UTF8)
		s = pg_server_to_any(s, strlen(s), PG_UTF8);
	return s;
}

/* A quantity datum: the type is the struct itself, passed by reference. */
Datum
shr_pg_quantity_datum(const ShrQuantity *q)
{
	ShrQuantity *copy = palloc(sizeof(ShrQuantity));

	memcpy(copy, q, sizeof(ShrQuantity));
	return QuantityPGetDatum(copy);
}

/* A target datum: the type is the struct itself, passed by reference. */
Datum
shr_pg_target_datum(const ShrTarget *t)
{
	ShrTarget  *copy = palloc(sizeof(ShrTarget));

	memcpy(copy, t, sizeof(ShrTarget));
	return TargetPGetDatum(copy);
}

/* The figure's qualifier words as a one-dimensional text[]. */
Datum
shr_pg_qualifiers_datum(const ShrFigure *f)
{
	Datum	   *elems;

	if (f->nqualifiers <= 0)
		return PointerGetDatum(construct_empty_array(TEXTOID));

	elems = palloc(sizeof(Datum) * f->nqualifiers);
	for (int i = 0; i < f->nqualifiers; i++)
		elems[i] = shr_pg_text_datum(f->qualifiers[i]);
	return PointerGetDatum(construct_array(elems, f->nqualifiers, TEXTOID,
										   -1, false, TYPALIGN_INT));
}

/* Look up the input function of typid, once per call. */
void
shr_pg_input_init(ShrPgInput *in, Oid typid)
{
	Oid			fn;

	getTypeInputInfo(typid, &fn, &in->ioparam);
	fmgr_info(fn, &in->flinfo);
}

/* Run the input function on str (UTF-8, converted to the server encoding). */
Datum
shr_pg_input_call(ShrPgInput *in, const char *str)
{
	char	   *s = unconstify(char *, str);

	if (GetDatabaseEncoding() != PG_UTF8)
		s = pg_any_to_server(str, strlen(str), PG_UTF8);
	return InputFunctionCall(&in->flinfo, s, in->ioparam, -1);
}

/* A nullable text column: NULL for a NULL pointer, and for "" when asked. */
static void
set_text(Datum *values, bool *nulls, int col, const char *s, bool empty_is_null)
{
	if (s == NULL || (empty_is_null && s[0] == '\0'))
	{
		values[col] = (Datum) 0;
		nulls[col] = true;
	}
	else
	{
		values[col] = shr_pg_text_datum(s);
		nulls[col] = false;
	}
}

/*
 * shreport.parse(body text): one row per structural unit, sentence and
 * highlight, in text order.
 */
Datum
shr_report_parse_srf(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext work;
	MemoryContext old;
	ShrPgReport pr;
	ShrPgInput	ltree_in;
	ShrReportOptions opts = {0};

	InitMaterializedSRF(fcinfo, 0);
	if (rsinfo->setDesc->natts != PARSE_NCOLS)
		elog(ERROR, "shreport.parse() is declared with %d columns, expected %d",
			 rsinfo->setDesc->natts, PARSE_NCOLS);

	/* the parse can be large; give it back as soon as the rows are stored */
	work = AllocSetContextCreate(CurrentMemoryContext, "shreport parse",
								 ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(work);

	shr_pg_input_init(&ltree_in,
					  TupleDescAttr(rsinfo->setDesc, PARSE_PATH)->atttypid);
	shr_pg_report_parse(body, &opts, &pr);

	for (int32 i = 0; i < pr.report->nnodes; i++)
	{
		const ShrNode *n = &pr.report->nodes[i];
		Datum		values[PARSE_NCOLS];
		bool		nulls[PARSE_NCOLS];
		int32		parent_unit;

		CHECK_FOR_INTERRUPTS();
		memset(nulls, 0, sizeof(nulls));

		values[PARSE_UNIT_NO] = Int32GetDatum(i + 1);
		set_text(values, nulls, PARSE_KIND, shr_node_kind_name(n->kind), false);
		values[PARSE_LEVEL] = Int32GetDatum(n->level);
		set_text(values, nulls, PARSE_MARKER, n->marker, false);
		if (n->path != NULL)
			values[PARSE_PATH] = shr_pg_input_call(&ltree_in, n->path);
		else
			nulls[PARSE_PATH] = true;
		set_text(values, nulls, PARSE_HEADING, n->heading, false);
		set_text(values, nulls, PARSE_TEXT, n->text, false);
		values[PARSE_CHAR_START] = Int32GetDatum(SHR_PG_POS(n->span.char_start));
		values[PARSE_CHAR_END] = Int32GetDatum(SHR_PG_POS(n->span.char_end));
		parent_unit = n->parent >= 0 ? n->parent + 1 : 0;
		values[PARSE_PARENT_NO] = Int32GetDatum(parent_unit);
		nulls[PARSE_PARENT_NO] = (parent_unit == 0);
		set_text(values, nulls, PARSE_SECTION, n->section, false);

		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}

	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return (Datum) 0;
}

/*
 * shreport.figures(body text): one row per figure, in text order, with the
 * clean text of its sentence, cut to a window around the figure when long
 * (shr_figure_excerpt), so that the rows grow with the text and not with
 * its square.
 */
Datum
shr_report_figures_srf(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext work;
	MemoryContext old;
	ShrPgReport pr;
	ShrReportOptions opts = {0};
	char		excerpt[SHR_EXCERPT_BUFLEN];

	InitMaterializedSRF(fcinfo, 0);
	if (rsinfo->setDesc->natts != FIG_NCOLS)
		elog(ERROR, "shreport.figures() is declared with %d columns, expected %d",
			 rsinfo->setDesc->natts, FIG_NCOLS);

	work = AllocSetContextCreate(CurrentMemoryContext, "shreport figures",
								 ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(work);

	shr_pg_report_parse(body, &opts, &pr);

	for (int32 i = 0; i < pr.report->nfigures; i++)
	{
		const ShrFigure *f = &pr.report->figures[i];
		Datum		values[FIG_NCOLS];
		bool		nulls[FIG_NCOLS];
		bool		has_sentence;

		CHECK_FOR_INTERRUPTS();
		memset(nulls, 0, sizeof(nulls));
		has_sentence = f->sentence >= 0 && f->sentence < pr.report->nnodes;

		values[FIG_FIGURE_NO] = Int32GetDatum(i + 1);
		values[FIG_CHAR_START] = Int32GetDatum(SHR_PG_POS(f->span.char_start));
		values[FIG_CHAR_END] = Int32GetDatum(SHR_PG_POS(f->span.char_end));
		set_text(values, nulls, FIG_RAW, f->raw, false);
		set_text(values, nulls, FIG_METRIC, f->metric, true);
		set_text(values, nulls, FIG_PREDICATE, f->predicate, true);
		values[FIG_QUALIFIERS] = shr_pg_qualifiers_datum(f);
		values[FIG_AMOUNT] = shr_pg_quantity_datum(&f->amount);
		values[FIG_TARGET] = shr_pg_target_datum(&f->target);
		set_text(values, nulls, FIG_KIND, shr_figure_kind_name(f->kind), false);
		values[FIG_YEAR] = Int32GetDatum(f->year);
		nulls[FIG_YEAR] = (f->year == 0);
		values[FIG_IS_CHANGE] = BoolGetDatum(f->is_change);
		values[FIG_RESPECTIVELY] = BoolGetDatum(f->respectively);
		values[FIG_CUMULATIVE] = BoolGetDatum(f->cumulative);
		set_text(values, nulls, FIG_SECTION, f->section, false);
		if (has_sentence)
			shr_figure_excerpt(pr.text, pr.report, f, excerpt);
		set_text(values, nulls, FIG_SENTENCE, has_sentence ? excerpt : NULL, false);
		values[FIG_SENTENCE_NO] = Int32GetDatum(has_sentence ?
												pr.sentence_no[f->sentence] : 0);
		nulls[FIG_SENTENCE_NO] = !has_sentence || pr.sentence_no[f->sentence] == 0;

		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}

	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return (Datum) 0;
}
