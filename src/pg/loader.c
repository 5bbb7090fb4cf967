/*
 * loader.c
 *		shreport.load(body, title, region, year): parse a report once with the
 *		core and store it in shreport.reports, sections, sentences,
 *		highlights and figures.
 *
 * Every table gets one INSERT ... SELECT FROM unnest($1) whose parameter is
 * an array of the table's own row type, built here value by value: a report
 * of thousands of rows costs five statements, not thousands, and no value
 * goes through its text form on the way (qualifiers are a real text[] in
 * each row).  The inserts are ordinary SQL, so triggers, row security and
 * privileges apply as for any other insert.  All of it runs inside the
 * caller's statement: any error (a constraint, a trigger, a cancel) rolls
 * the whole report back, never leaving half of one.
 *
 * Types that belong to other extensions or to the type layer (ltree,
 * quantity, target) are taken from the columns of the tables they go into,
 * so nothing here depends on their names or schemas, or links to their
 * code.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "common/cryptohash.h"
#include "common/sha2.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"

#include "types/metricnorm.h"
#include "shr_pg.h"
#include "report_pg.h"

PG_FUNCTION_INFO_V1(shr_report_load);

#define LOAD_MAX_COLS 24
#define LOAD_MAX_ARGS 5

/*
 * A column the loader fills: its name, the type of the values put into it
 * (InvalidOid for a type found through the column itself), whether it is
 * filled only where the table has it, and an expression the INSERT fills
 * it with instead of the value built here.  Columns that 1.1 dropped
 * (figures.sentence) or added (figures.metric_key) are filled only where
 * present, so that the library loads into a 1.0 schema as well until
 * ALTER EXTENSION shreport UPDATE has run.
 */
typedef struct LoadColumn
{
	const char *name;
	Oid			type;
	bool		only_if_present;
	const char *expr;			/* what the INSERT puts in the column, from
								 * the row u built here; NULL: u's value */
} LoadColumn;

/*
 * A statement prepared once per session and kept, with the parameter types
 * it was prepared for.  The row types of the tables are new types once the
 * extension is dropped and created again, so a plan is reused only for the
 * same types.
 */
typedef struct LoadPlan
{
	SPIPlanPtr	plan;
	int			nargs;
	Oid			argtypes[LOAD_MAX_ARGS];
	uint32		columns;		/* an INSERT's columns, a bit each: the row
								 * type stays when a column is dropped */
} LoadPlan;

/* The rows of one table, built as values of the table's row type. */
typedef struct LoadTable
{
	const char *name;
	const LoadColumn *cols;
	int			ncols;
	Oid			rowtype;
	TupleDesc	desc;
	int			att[LOAD_MAX_COLS]; /* per column: its index in desc, or -1
									 * for an absent only_if_present column */
	Datum	   *values;			/* the row being built, per attribute */
	bool	   *nulls;
	Datum	   *rows;			/* the finished rows */
	int			nrows;
	int			maxrows;
	LoadPlan   *plan;			/* the table's INSERT */
} LoadTable;

static LoadPlan find_plan;
static LoadPlan report_plan;
static LoadPlan section_plan;
static LoadPlan sentence_plan;
static LoadPlan highlight_plan;
static LoadPlan figure_plan;

/* Columns of each table; the enums index the arrays below. */
enum
{
	SEC_REPORT_ID, SEC_UNIT_NO, SEC_PARENT_NO, SEC_KIND, SEC_LEVEL,
	SEC_MARKER, SEC_PATH, SEC_SECTION, SEC_HEADING, SEC_CHAR_START,
	SEC_CHAR_END, SEC_NCOLS
};
enum
{
	SEN_REPORT_ID, SEN_SENTENCE_NO, SEN_UNIT_NO, SEN_PARENT_NO, SEN_PATH,
	SEN_SECTION, SEN_TEXT, SEN_CHAR_START, SEN_CHAR_END, SEN_NCOLS
};
enum
{
	HL_REPORT_ID, HL_HIGHLIGHT_NO, HL_UNIT_NO, HL_SENTENCE_NO, HL_TEXT,
	HL_CHAR_START, HL_CHAR_END, HL_NCOLS
};
enum
{
	FIG_REPORT_ID, FIG_FIGURE_NO, FIG_SENTENCE_NO, FIG_CHAR_START,
	FIG_CHAR_END, FIG_RAW, FIG_METRIC, FIG_PREDICATE, FIG_QUALIFIERS,
	FIG_AMOUNT, FIG_TARGET, FIG_KIND, FIG_YEAR, FIG_IS_CHANGE,
	FIG_RESPECTIVELY, FIG_CUMULATIVE, FIG_SECTION, FIG_SENTENCE_1_0,
	FIG_METRIC_KEY, FIG_NCOLS
};

static const LoadColumn section_cols[SEC_NCOLS] = {
	[SEC_REPORT_ID] = {"report_id", INT8OID},
	[SEC_UNIT_NO] = {"unit_no", INT4OID},
	[SEC_PARENT_NO] = {"parent_no", INT4OID},
	[SEC_KIND] = {"kind", TEXTOID},
	[SEC_LEVEL] = {"level", INT4OID},
	[SEC_MARKER] = {"marker", TEXTOID},
	[SEC_PATH] = {"path", InvalidOid},
	[SEC_SECTION] = {"section", TEXTOID},
	[SEC_HEADING] = {"heading", TEXTOID},
	[SEC_CHAR_START] = {"char_start", INT4OID},
	[SEC_CHAR_END] = {"char_end", INT4OID},
};

static const LoadColumn sentence_cols[SEN_NCOLS] = {
	[SEN_REPORT_ID] = {"report_id", INT8OID},
	[SEN_SENTENCE_NO] = {"sentence_no", INT4OID},
	[SEN_UNIT_NO] = {"unit_no", INT4OID},
	[SEN_PARENT_NO] = {"parent_no", INT4OID},
	[SEN_PATH] = {"path", InvalidOid},
	[SEN_SECTION] = {"section", TEXTOID},
	[SEN_TEXT] = {"text", TEXTOID},
	[SEN_CHAR_START] = {"char_start", INT4OID},
	[SEN_CHAR_END] = {"char_end", INT4OID},
};

static const LoadColumn highlight_cols[HL_NCOLS] = {
	[HL_REPORT_ID] = {"report_id", INT8OID},
	[HL_HIGHLIGHT_NO] = {"highlight_no", INT4OID},
	[HL_UNIT_NO] = {"unit_no", INT4OID},
	[HL_SENTENCE_NO] = {"sentence_no", INT4OID},
	[HL_TEXT] = {"text", TEXTOID},
	[HL_CHAR_START] = {"char_start", INT4OID},
	[HL_CHAR_END] = {"char_end", INT4OID},
};

static const LoadColumn figure_cols[FIG_NCOLS] = {
	[FIG_REPORT_ID] = {"report_id", INT8OID},
	[FIG_FIGURE_NO] = {"figure_no", INT4OID},
	[FIG_SENTENCE_NO] = {"sentence_no", INT4OID},
	[FIG_CHAR_START] = {"char_start", INT4OID},
	[FIG_CHAR_END] = {"char_end", INT4OID},
	[FIG_RAW] = {"raw", TEXTOID},
	[FIG_METRIC] = {"metric", TEXTOID},
	[FIG_PREDICATE] = {"predicate", TEXTOID},
	[FIG_QUALIFIERS] = {"qualifiers", TEXTARRAYOID},
	[FIG_AMOUNT] = {"amount", InvalidOid},
	[FIG_TARGET] = {"target", InvalidOid},
	[FIG_KIND] = {"kind", TEXTOID},
	[FIG_YEAR] = {"year", INT4OID},
	[FIG_IS_CHANGE] = {"is_change", BOOLOID},
	[FIG_RESPECTIVELY] = {"respectively", BOOLOID},
	[FIG_CUMULATIVE] = {"cumulative", BOOLOID},
	[FIG_SECTION] = {"section", TEXTOID},
	[FIG_SENTENCE_1_0] = {"sentence", TEXTOID, true},

	/*
	 * The row carries the metric's normal form in metric_key, and the
	 * INSERT looks it up among the aliases: one indexed probe per figure
	 * within the same statement, so keying costs no second pass.
	 */
	[FIG_METRIC_KEY] = {"metric_key", TEXTOID, true,
		"(SELECT a.metric_key FROM shreport.metric_aliases a "
		"WHERE a.alias OPERATOR(pg_catalog.=) u.metric_key)"},
};

StaticAssertDecl(FIG_NCOLS <= LOAD_MAX_COLS, "LOAD_MAX_COLS is too small");
StaticAssertDecl(LOAD_MAX_COLS <= 32, "LoadPlan.columns has a bit per column");

/* The kept plan of lp if it was prepared for these parameter types, or NULL. */
static SPIPlanPtr
plan_get(const LoadPlan *lp, int nargs, const Oid *argtypes)
{
	if (lp->plan == NULL || lp->nargs != nargs ||
		memcmp(lp->argtypes, argtypes, sizeof(Oid) * nargs) != 0)
		return NULL;
	return lp->plan;
}

/*
 * Prepare sql for these parameter types and keep it in lp for the rest of
 * the session.  The plan is always the generic one: a custom plan would
 * copy each call's arrays into the plan as constants, and knowing them
 * does not change how the rows go in.
 */
static SPIPlanPtr
plan_prepare(LoadPlan *lp, const char *sql, int nargs, const Oid *argtypes)
{
	SPIPlanPtr	plan;

	Assert(nargs <= LOAD_MAX_ARGS);
	if (lp->plan != NULL)
	{
		SPI_freeplan(lp->plan);
		lp->plan = NULL;
	}
	plan = SPI_prepare_cursor(sql, nargs, unconstify(Oid *, argtypes),
							  CURSOR_OPT_GENERIC_PLAN);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare_cursor failed for \"%s\": %s",
			 sql, SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed");
	lp->plan = plan;
	lp->nargs = nargs;
	memcpy(lp->argtypes, argtypes, sizeof(Oid) * nargs);
	return plan;
}

/* The kept plan of a statement with fixed SQL, prepared on first use. */
static SPIPlanPtr
plan_fixed(LoadPlan *lp, const char *sql, int nargs, const Oid *argtypes)
{
	SPIPlanPtr	plan = plan_get(lp, nargs, argtypes);

	return plan ? plan : plan_prepare(lp, sql, nargs, argtypes);
}

/*
 * Start an empty table of up to maxrows rows: find the table's row type and
 * where each column sits in it, and check that the columns hold the types
 * the values put there have, since a row is built from the values as they
 * are, with no cast on the way.
 */
static void
table_open(LoadTable *t, const char *name, const LoadColumn *cols, int ncols,
		   int maxrows, LoadPlan *plan)
{
	Oid			nsp = get_namespace_oid("shreport", false);
	Oid			relid = get_relname_relid(name, nsp);

	if (!OidIsValid(relid))
		elog(ERROR, "table shreport.%s does not exist", name);
	t->name = name;
	t->cols = cols;
	t->ncols = ncols;
	t->rowtype = get_rel_type_id(relid);
	t->desc = lookup_rowtype_tupdesc_copy(t->rowtype, -1);

	for (int c = 0; c < ncols; c++)
	{
		Form_pg_attribute attr = NULL;

		for (int i = 0; i < t->desc->natts; i++)
		{
			Form_pg_attribute a = TupleDescAttr(t->desc, i);

			if (!a->attisdropped && strcmp(NameStr(a->attname), cols[c].name) == 0)
			{
				attr = a;
				t->att[c] = i;
				break;
			}
		}
		if (attr == NULL && cols[c].only_if_present)
		{
			t->att[c] = -1;
			continue;
		}
		if (attr == NULL)
			elog(ERROR, "column %s of shreport.%s does not exist", cols[c].name, name);
		if (OidIsValid(cols[c].type) && attr->atttypid != cols[c].type)
			elog(ERROR, "column %s of shreport.%s has type %s, expected %s",
				 cols[c].name, name, format_type_be(attr->atttypid),
				 format_type_be(cols[c].type));
	}

	t->values = palloc(sizeof(Datum) * Max(t->desc->natts, 1));
	t->nulls = palloc(sizeof(bool) * Max(t->desc->natts, 1));
	t->rows = palloc(sizeof(Datum) * Max(maxrows, 1));
	t->nrows = 0;
	t->maxrows = maxrows;
	t->plan = plan;
}

/* The type of a column, for the values whose type the column decides. */
static Oid
table_column_type(const LoadTable *t, int col)
{
	return TupleDescAttr(t->desc, t->att[col])->atttypid;
}

/*
 * Start a row of report report_id (column 0 of every table); its other
 * values start out NULL.
 */
static void
row_begin(LoadTable *t, int64 report_id)
{
	if (t->nrows >= t->maxrows)
		elog(ERROR, "more rows for shreport.%s than the %d counted",
			 t->name, t->maxrows);
	memset(t->values, 0, sizeof(Datum) * t->desc->natts);
	memset(t->nulls, true, sizeof(bool) * t->desc->natts);
	t->values[t->att[0]] = Int64GetDatum(report_id);
	t->nulls[t->att[0]] = false;
}

/* Set one value of the row being built. */
static inline void
put(LoadTable *t, int col, Datum value)
{
	if (t->att[col] < 0)
		return;
	t->values[t->att[col]] = value;
	t->nulls[t->att[col]] = false;
}

/* Set an int4 value, NULL when it is zero and zero means "none". */
static inline void
put_int(LoadTable *t, int col, int32 value, bool zero_is_null)
{
	if (!(zero_is_null && value == 0))
		put(t, col, Int32GetDatum(value));
}

/* Set a text value from a UTF-8 string; NULL for NULL, and for "" when asked. */
static inline void
put_text(LoadTable *t, int col, const char *s, bool empty_is_null)
{
	if (s != NULL && !(empty_is_null && s[0] == '\0') && t->att[col] >= 0)
		put(t, col, shr_pg_text_datum(s));
}

/* Finish the row being built. */
static void
row_end(LoadTable *t)
{
	HeapTuple	tuple = heap_form_tuple(t->desc, t->values, t->nulls);

	t->rows[t->nrows++] = HeapTupleGetDatum(tuple);
}

/*
 * Insert all rows of t in one statement: they travel as one array of the
 * table's row type, which unnest() turns back into rows.
 */
static void
table_insert(LoadTable *t)
{
	Oid			argtypes[1];
	Datum		args[1];
	SPIPlanPtr	plan;
	uint32		columns;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	int			ret;

	if (t->nrows != t->maxrows)
		elog(ERROR, "built %d rows for shreport.%s, expected %d",
			 t->nrows, t->name, t->maxrows);
	if (t->nrows == 0)
		return;

	argtypes[0] = get_array_type(t->rowtype);
	if (!OidIsValid(argtypes[0]))
		elog(ERROR, "row type of shreport.%s has no array type", t->name);
	columns = 0;
	for (int c = 0; c < t->ncols; c++)
		if (t->att[c] >= 0)
			columns |= (uint32) 1 << c;
	plan = t->plan->columns == columns ? plan_get(t->plan, 1, argtypes) : NULL;
	if (plan == NULL)
	{
		StringInfoData sql;
		StringInfoData cols;
		StringInfoData exprs;

		initStringInfo(&cols);
		initStringInfo(&exprs);
		for (int c = 0; c < t->ncols; c++)
		{
			if (t->att[c] < 0)
				continue;
			appendStringInfo(&cols, "%s%s", cols.len ? ", " : "",
							 quote_identifier(t->cols[c].name));
			appendStringInfo(&exprs, "%s%s", exprs.len ? ", " : "",
							 t->cols[c].expr ? t->cols[c].expr :
							 quote_identifier(t->cols[c].name));
		}
		initStringInfo(&sql);
		appendStringInfo(&sql, "INSERT INTO shreport.%s (%s) SELECT %s "
						 "FROM pg_catalog.unnest($1) u",
						 quote_identifier(t->name), cols.data, exprs.data);
		plan = plan_prepare(t->plan, sql.data, 1, argtypes);
		t->plan->columns = columns;
	}

	get_typlenbyvalalign(t->rowtype, &typlen, &typbyval, &typalign);
	args[0] = PointerGetDatum(construct_array(t->rows, t->nrows, t->rowtype,
											  typlen, typbyval, typalign));

	ret = SPI_execute_plan(plan, args, NULL, false, 0);
	if (ret != SPI_OK_INSERT)
		elog(ERROR, "SPI_execute_plan failed on shreport.%s: %s",
			 t->name, SPI_result_code_string(ret));
	if (SPI_processed != (uint64) t->nrows)
		elog(ERROR, "inserted " UINT64_FORMAT " rows into shreport.%s, expected %d",
			 SPI_processed, t->name, t->nrows);
}

/* Rows of shreport.sections: the structural units, title to paragraph. */
static void
load_sections(const ShrPgReport *pr, int64 id)
{
	const ShrReport *r = pr->report;
	LoadTable	t;
	ShrPgInput	path_in;

	table_open(&t, "sections", section_cols, SEC_NCOLS, pr->nunits,
			   &section_plan);
	shr_pg_input_init(&path_in, table_column_type(&t, SEC_PATH));

	for (int32 i = 0; i < r->nnodes; i++)
	{
		const ShrNode *n = &r->nodes[i];

		CHECK_FOR_INTERRUPTS();
		if (!shr_pg_is_structural(n->kind))
			continue;
		row_begin(&t, id);
		put_int(&t, SEC_UNIT_NO, i + 1, false);
		put_int(&t, SEC_PARENT_NO, n->parent >= 0 ? pr->unit_no[n->parent] : 0,
				true);
		put_text(&t, SEC_KIND, shr_node_kind_name(n->kind), false);
		put_int(&t, SEC_LEVEL, n->level, false);
		put_text(&t, SEC_MARKER, n->marker, false);
		if (n->path)
			put(&t, SEC_PATH, shr_pg_input_call(&path_in, n->path));
		put_text(&t, SEC_SECTION, n->section, false);
		put_text(&t, SEC_HEADING, n->heading, false);
		put_int(&t, SEC_CHAR_START, SHR_PG_POS(n->span.char_start), false);
		put_int(&t, SEC_CHAR_END, SHR_PG_POS(n->span.char_end), false);
		row_end(&t);
	}
	table_insert(&t);
}

/* Rows of shreport.sentences. */
static void
load_sentences(const ShrPgReport *pr, int64 id)
{
	const ShrReport *r = pr->report;
	LoadTable	t;
	ShrPgInput	path_in;

	table_open(&t, "sentences", sentence_cols, SEN_NCOLS, pr->nsentences,
			   &sentence_plan);
	shr_pg_input_init(&path_in, table_column_type(&t, SEN_PATH));

	for (int32 i = 0; i < r->nnodes; i++)
	{
		const ShrNode *n = &r->nodes[i];

		CHECK_FOR_INTERRUPTS();
		if (n->kind != SHR_NODE_SENTENCE)
			continue;
		row_begin(&t, id);
		put_int(&t, SEN_SENTENCE_NO, pr->sentence_no[i], false);
		put_int(&t, SEN_UNIT_NO, i + 1, false);
		put_int(&t, SEN_PARENT_NO, pr->unit_no[i], true);
		if (n->path)
			put(&t, SEN_PATH, shr_pg_input_call(&path_in, n->path));
		put_text(&t, SEN_SECTION, n->section, false);
		put_text(&t, SEN_TEXT, n->text ? n->text : "", false);
		put_int(&t, SEN_CHAR_START, SHR_PG_POS(n->span.char_start), false);
		put_int(&t, SEN_CHAR_END, SHR_PG_POS(n->span.char_end), false);
		row_end(&t);
	}
	table_insert(&t);
}

/* Rows of shreport.highlights. */
static void
load_highlights(const ShrPgReport *pr, int64 id)
{
	const ShrReport *r = pr->report;
	LoadTable	t;

	table_open(&t, "highlights", highlight_cols, HL_NCOLS, pr->nhighlights,
			   &highlight_plan);

	for (int32 i = 0; i < r->nnodes; i++)
	{
		const ShrNode *n = &r->nodes[i];

		CHECK_FOR_INTERRUPTS();
		if (n->kind != SHR_NODE_HIGHLIGHT)
			continue;
		row_begin(&t, id);
		put_int(&t, HL_HIGHLIGHT_NO, t.nrows + 1, false);
		put_int(&t, HL_UNIT_NO, pr->unit_no[i], true);
		put_int(&t, HL_SENTENCE_NO, pr->sentence_no[i], true);
		put_text(&t, HL_TEXT, n->text ? n->text : "", false);
		put_int(&t, HL_CHAR_START, SHR_PG_POS(n->span.char_start), false);
		put_int(&t, HL_CHAR_END, SHR_PG_POS(n->span.char_end), false);
		row_end(&t);
	}
	table_insert(&t);
}

/*
 * Rows of shreport.figures.  The amount and target columns hold the core's
 * structs as they are (the type layer's representation), so the datums are
 * copies of them.
 */
static void
load_figures(const ShrPgReport *pr, int64 id)
{
	const ShrReport *r = pr->report;
	LoadTable	t;

	table_open(&t, "figures", figure_cols, FIG_NCOLS, r->nfigures,
			   &figure_plan);

	for (int32 i = 0; i < r->nfigures; i++)
	{
		const ShrFigure *f = &r->figures[i];

		CHECK_FOR_INTERRUPTS();
		row_begin(&t, id);
		put_int(&t, FIG_FIGURE_NO, i + 1, false);
		if (f->sentence >= 0 && f->sentence < r->nnodes)
		{
			put_int(&t, FIG_SENTENCE_NO, pr->sentence_no[f->sentence], true);
			put_text(&t, FIG_SENTENCE_1_0, r->nodes[f->sentence].text, false);
		}
		put_int(&t, FIG_CHAR_START, SHR_PG_POS(f->span.char_start), false);
		put_int(&t, FIG_CHAR_END, SHR_PG_POS(f->span.char_end), false);
		put_text(&t, FIG_RAW, f->raw, false);
		put_text(&t, FIG_METRIC, f->metric, true);
		put_text(&t, FIG_PREDICATE, f->predicate, true);
		put(&t, FIG_QUALIFIERS, shr_pg_qualifiers_datum(f));
		put(&t, FIG_AMOUNT, shr_pg_quantity_datum(&f->amount));
		put(&t, FIG_TARGET, shr_pg_target_datum(&f->target));
		put_text(&t, FIG_KIND, shr_figure_kind_name(f->kind), false);
		put_int(&t, FIG_YEAR, f->year, true);
		put(&t, FIG_IS_CHANGE, BoolGetDatum(f->is_change));
		put(&t, FIG_RESPECTIVELY, BoolGetDatum(f->respectively));
		put(&t, FIG_CUMULATIVE, BoolGetDatum(f->cumulative));
		put_text(&t, FIG_SECTION, f->section, false);
		if (f->metric != NULL && f->metric[0] != '\0')
		{
			char	   *norm = palloc(strlen(f->metric) + 1);

			shr_metric_normalize(f->metric, strlen(f->metric), norm);
			put_text(&t, FIG_METRIC_KEY, norm, true);
		}
		row_end(&t);
	}
	table_insert(&t);
}

/*
 * SHA-256 of the body's UTF-8 bytes, the same value as SQL's
 * sha256(convert_to(body, 'UTF8')), as a bytea.
 */
static bytea *
body_sha256(text *body)
{
	const char *src = VARDATA_ANY(body);
	int			len = VARSIZE_ANY_EXHDR(body);
	const char *utf8 = src;
	pg_cryptohash_ctx *ctx;
	bytea	   *result = palloc(VARHDRSZ + PG_SHA256_DIGEST_LENGTH);

	if (GetDatabaseEncoding() != PG_UTF8)
		utf8 = pg_server_to_any(src, len, PG_UTF8);
	if (utf8 != src)
		len = strlen(utf8);

	ctx = pg_cryptohash_create(PG_SHA256);
	if (pg_cryptohash_init(ctx) < 0 ||
		pg_cryptohash_update(ctx, (const uint8 *) utf8, len) < 0 ||
		pg_cryptohash_final(ctx, (uint8 *) VARDATA(result),
							PG_SHA256_DIGEST_LENGTH) < 0)
		elog(ERROR, "could not compute SHA-256 of the report: %s",
			 pg_cryptohash_error(ctx));
	pg_cryptohash_free(ctx);
	SET_VARSIZE(result, VARHDRSZ + PG_SHA256_DIGEST_LENGTH);
	return result;
}

/* The id of the report loaded from text with this hash, if any. */
static bool
find_report(bytea *hash, int64 *id)
{
	Oid			argtypes[1] = {BYTEAOID};
	Datum		args[1] = {PointerGetDatum(hash)};
	bool		isnull;
	int			ret;

	ret = SPI_execute_plan(plan_fixed(&find_plan,
									  "SELECT report_id FROM shreport.reports "
									  "WHERE sha256 OPERATOR(pg_catalog.=) $1",
									  1, argtypes),
						   args, NULL, false, 1);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed on shreport.reports: %s",
			 SPI_result_code_string(ret));
	if (SPI_processed == 0)
		return false;
	*id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
									  SPI_tuptable->tupdesc, 1, &isnull));
	return !isnull;
}

/*
 * The row of shreport.reports; false when a concurrent load of the same text
 * got there first (its unique key made ours do nothing).  body is the
 * argument as it came, still compressed when it came from a table, so it is
 * stored without being compressed again.
 */
static bool
insert_report(const ShrReport *r, const ShrReportOptions *opts, Datum body,
			  bytea *hash, int64 *id)
{
	const char *title = opts->title ? opts->title : r->title;
	const char *region = opts->region ? opts->region : r->region;
	int32		year = opts->year ? opts->year : r->year;
	Oid			argtypes[5] = {TEXTOID, TEXTOID, INT4OID, TEXTOID, BYTEAOID};
	Datum		args[5];
	char		nulls[5] = {' ', ' ', ' ', ' ', ' '};
	bool		isnull;
	int			ret;

	if (title)
		args[0] = shr_pg_text_datum(title);
	else
		nulls[0] = 'n';
	if (region)
		args[1] = shr_pg_text_datum(region);
	else
		nulls[1] = 'n';
	args[2] = Int32GetDatum(year);
	if (year == 0)
		nulls[2] = 'n';
	args[3] = body;
	args[4] = PointerGetDatum(hash);

	ret = SPI_execute_plan(plan_fixed(&report_plan,
									  "INSERT INTO shreport.reports "
									  "(title, region, year, body, sha256) "
									  "VALUES ($1, $2, $3, $4, $5) "
									  "ON CONFLICT (sha256) DO NOTHING "
									  "RETURNING report_id",
									  5, argtypes),
						   args, nulls, false, 0);
	if (ret != SPI_OK_INSERT_RETURNING)
		elog(ERROR, "SPI_execute_plan failed on shreport.reports: %s",
			 SPI_result_code_string(ret));
	if (SPI_processed == 0)
		return false;
	*id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
									  SPI_tuptable->tupdesc, 1, &isnull));
	return true;
}

/*
 * Warn when what was loaded does not read like a work report at all: no
 * part heading (一、…, or a heading such as 2024年工作回顾) and no figure.
 * It is stored all the same, as the caller asked, but a wrong file (a
 * README, an empty template) should not go by unnoticed.
 */
static void
warn_if_not_report(const ShrReport *r, int64 id)
{
	if (r->nfigures > 0)
		return;
	for (int32 i = 0; i < r->nnodes; i++)
		if (r->nodes[i].kind == SHR_NODE_PART)
			return;
	ereport(WARNING,
			(errmsg("report text has no part heading and no figure"),
			 errdetail("It was loaded as report_id " INT64_FORMAT ", but it does not read like a government work report.",
					   id),
			 errhint("Check that the right text was loaded; shreport.unload(" INT64_FORMAT ") removes it.",
					 id)));
}

/* Say that the text is loaded already, under which id. */
static void
notice_duplicate(int64 id)
{
	ereport(NOTICE,
			(errmsg("report text already loaded as report_id " INT64_FORMAT ", skipping",
					id)));
}

/*
 * shreport.load(body, title, region, year): load a report and return its
 * report_id; the same text again returns the id it was loaded under.
 */
Datum
shr_report_load(PG_FUNCTION_ARGS)
{
	text	   *body;
	ShrReportOptions opts = {0};
	ShrPgReport pr;
	bytea	   *hash;
	int64		id = 0;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("report text must not be null")));
	body = PG_GETARG_TEXT_PP(0);
	if (!PG_ARGISNULL(1))
		opts.title = shr_pg_text_to_utf8(PG_GETARG_TEXT_PP(1));
	if (!PG_ARGISNULL(2))
		opts.region = shr_pg_text_to_utf8(PG_GETARG_TEXT_PP(2));
	if (!PG_ARGISNULL(3))
	{
		opts.year = PG_GETARG_INT32(3);
		if (opts.year <= 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("report year must be positive"),
					 errdetail("The year given was %d.", opts.year)));
	}

	hash = body_sha256(body);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	if (find_report(hash, &id))
	{
		notice_duplicate(id);
		SPI_finish();
		PG_RETURN_INT64(id);
	}

	shr_pg_report_parse(body, &opts, &pr);
	if (pr.report->nnodes == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot load an empty report"),
				 errdetail("The text has no title, heading or paragraph.")));

	if (!insert_report(pr.report, &opts, PG_GETARG_DATUM(0), hash, &id))
	{
		/* a concurrent load of the same text committed first */
		if (!find_report(hash, &id))
			ereport(ERROR,
					(errcode(ERRCODE_T_R_SERIALIZATION_FAILURE),
					 errmsg("could not load report: a concurrent load of the same text is not visible"),
					 errhint("Retry the load in a new transaction.")));
		notice_duplicate(id);
		SPI_finish();
		PG_RETURN_INT64(id);
	}

	load_sections(&pr, id);
	load_sentences(&pr, id);
	load_highlights(&pr, id);
	load_figures(&pr, id);
	warn_if_not_report(pr.report, id);

	SPI_finish();
	PG_RETURN_INT64(id);
}
