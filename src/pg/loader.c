/*
 * loader.c
 *		shreport.load(body, title, region, year): parse a report once with the
 *		core and store it in shreport.reports, sections, sentences,
 *		highlights and figures.
 *
 * Every table gets one INSERT ... SELECT FROM ROWS FROM (unnest($2), ...)
 * whose parameters are whole columns built here as arrays, so a report of
 * thousands of rows costs five statements, not thousands.  All of it runs
 * inside the caller's statement: any error (a constraint, a trigger, a
 * cancel) rolls the whole report back, never leaving half of one.
 *
 * Types that belong to other extensions or to the type layer (ltree,
 * shreport.quantity, shreport.target) are found through the columns of the
 * tables they go into, so nothing here depends on their names or links to
 * their code.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "common/cryptohash.h"
#include "common/sha2.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"

#include "shr_pg.h"
#include "report_pg.h"

PG_FUNCTION_INFO_V1(shr_report_load);

#define LOAD_MAX_COLS 16

/* One column of a table being loaded: its values for every row. */
typedef struct LoadColumn
{
	const char *name;
	Oid			elemtype;
	const char *cast;			/* SQL type the unnested value is cast to */
	Datum	   *values;
	bool	   *nulls;
} LoadColumn;

/* The rows of one table, column by column. */
typedef struct LoadTable
{
	const char *name;
	int			ncols;
	int			nrows;			/* capacity; every row gets filled */
	LoadColumn	cols[LOAD_MAX_COLS];
} LoadTable;

/* Types of the columns that hold non-core types, found once per call. */
typedef struct LoadTypes
{
	Oid			ltree;
	Oid			quantity;
	Oid			target;
	ShrPgInput	ltree_in;
} LoadTypes;

/* Columns of each table, in the order they are added below. */
enum
{
	SEC_UNIT_NO, SEC_PARENT_NO, SEC_KIND, SEC_LEVEL, SEC_MARKER, SEC_PATH,
	SEC_SECTION, SEC_HEADING, SEC_CHAR_START, SEC_CHAR_END
};
enum
{
	SEN_SENTENCE_NO, SEN_UNIT_NO, SEN_PARENT_NO, SEN_PATH, SEN_SECTION,
	SEN_TEXT, SEN_CHAR_START, SEN_CHAR_END
};
enum
{
	HL_HIGHLIGHT_NO, HL_UNIT_NO, HL_SENTENCE_NO, HL_TEXT, HL_CHAR_START,
	HL_CHAR_END
};
enum
{
	FIG_FIGURE_NO, FIG_SENTENCE_NO, FIG_CHAR_START, FIG_CHAR_END, FIG_RAW,
	FIG_METRIC, FIG_PREDICATE, FIG_QUALIFIERS, FIG_AMOUNT, FIG_TARGET,
	FIG_KIND, FIG_YEAR, FIG_IS_CHANGE, FIG_RESPECTIVELY, FIG_CUMULATIVE,
	FIG_SECTION
};

/* Start an empty table of nrows rows. */
static void
table_init(LoadTable *t, const char *name, int nrows)
{
	t->name = name;
	t->ncols = 0;
	t->nrows = nrows;
}

/*
 * Add column number col (which must be the next one, so that the enums
 * above and the columns cannot drift apart); its values start out NULL.
 */
static void
table_column(LoadTable *t, int col, const char *name, Oid elemtype,
			 const char *cast)
{
	LoadColumn *c;

	if (col != t->ncols || col >= LOAD_MAX_COLS)
		elog(ERROR, "column %s of shreport.%s is out of order", name, t->name);
	c = &t->cols[t->ncols++];
	c->name = name;
	c->elemtype = elemtype;
	c->cast = cast;
	c->values = palloc0(sizeof(Datum) * Max(t->nrows, 1));
	c->nulls = palloc(sizeof(bool) * Max(t->nrows, 1));
	memset(c->nulls, true, sizeof(bool) * Max(t->nrows, 1));
}

/* Set one value. */
static inline void
put(LoadTable *t, int row, int col, Datum value)
{
	t->cols[col].values[row] = value;
	t->cols[col].nulls[row] = false;
}

/* Set an int4 value, NULL when it is zero and zero means "none". */
static inline void
put_int(LoadTable *t, int row, int col, int32 value, bool zero_is_null)
{
	if (!(zero_is_null && value == 0))
		put(t, row, col, Int32GetDatum(value));
}

/* Set a text value from a UTF-8 string; NULL for NULL, and for "" when asked. */
static inline void
put_text(LoadTable *t, int row, int col, const char *s, bool empty_is_null)
{
	if (s != NULL && !(empty_is_null && s[0] == '\0'))
		put(t, row, col, shr_pg_text_datum(s));
}

/*
 * Insert all rows of t for report_id in one statement: each column travels
 * as one array parameter and ROWS FROM unnests them side by side.
 */
static void
table_insert(LoadTable *t, int64 report_id)
{
	StringInfoData sql;
	Oid			argtypes[LOAD_MAX_COLS + 1];
	Datum		args[LOAD_MAX_COLS + 1];
	int			ret;

	if (t->nrows == 0)
		return;

	initStringInfo(&sql);
	appendStringInfo(&sql, "INSERT INTO shreport.%s (report_id",
					 quote_identifier(t->name));
	for (int i = 0; i < t->ncols; i++)
		appendStringInfo(&sql, ", %s", quote_identifier(t->cols[i].name));
	appendStringInfoString(&sql, ") SELECT $1");
	for (int i = 0; i < t->ncols; i++)
	{
		if (t->cols[i].cast)
			appendStringInfo(&sql, ", CAST(u.%s AS %s)",
							 quote_identifier(t->cols[i].name), t->cols[i].cast);
		else
			appendStringInfo(&sql, ", u.%s", quote_identifier(t->cols[i].name));
	}
	appendStringInfoString(&sql, " FROM ROWS FROM (");
	for (int i = 0; i < t->ncols; i++)
		appendStringInfo(&sql, "%spg_catalog.unnest($%d)", i ? ", " : "", i + 2);
	appendStringInfoString(&sql, ") AS u (");
	for (int i = 0; i < t->ncols; i++)
		appendStringInfo(&sql, "%s%s", i ? ", " : "",
						 quote_identifier(t->cols[i].name));
	appendStringInfoChar(&sql, ')');

	argtypes[0] = INT8OID;
	args[0] = Int64GetDatum(report_id);
	for (int i = 0; i < t->ncols; i++)
	{
		LoadColumn *c = &t->cols[i];
		int16		typlen;
		bool		typbyval;
		char		typalign;
		int			dims[1] = {t->nrows};
		int			lbs[1] = {1};

		argtypes[i + 1] = get_array_type(c->elemtype);
		if (!OidIsValid(argtypes[i + 1]))
			elog(ERROR, "type %u has no array type", c->elemtype);
		get_typlenbyvalalign(c->elemtype, &typlen, &typbyval, &typalign);
		args[i + 1] = PointerGetDatum(construct_md_array(c->values, c->nulls,
														 1, dims, lbs,
														 c->elemtype, typlen,
														 typbyval, typalign));
	}

	ret = SPI_execute_with_args(sql.data, t->ncols + 1, argtypes, args, NULL,
								false, 0);
	if (ret != SPI_OK_INSERT)
		elog(ERROR, "SPI_execute_with_args failed on shreport.%s: %s",
			 t->name, SPI_result_code_string(ret));
	if (SPI_processed != (uint64) t->nrows)
		elog(ERROR, "inserted " UINT64_FORMAT " rows into shreport.%s, expected %d",
			 SPI_processed, t->name, t->nrows);
}

/* The type of a column of one of the extension's tables. */
static Oid
column_type(const char *table, const char *column)
{
	Oid			nsp = get_namespace_oid("shreport", false);
	Oid			relid = get_relname_relid(table, nsp);
	AttrNumber	att;

	if (!OidIsValid(relid))
		elog(ERROR, "table shreport.%s does not exist", table);
	att = get_attnum(relid, column);
	if (att == InvalidAttrNumber)
		elog(ERROR, "column %s of shreport.%s does not exist", column, table);
	return get_atttype(relid, att);
}

/* Rows of shreport.sections: the structural units, title to paragraph. */
static void
load_sections(const ShrPgReport *pr, LoadTypes *types, int64 id)
{
	const ShrReport *r = pr->report;
	LoadTable	t;
	int			row = 0;

	table_init(&t, "sections", pr->nunits);
	table_column(&t, SEC_UNIT_NO, "unit_no", INT4OID, NULL);
	table_column(&t, SEC_PARENT_NO, "parent_no", INT4OID, NULL);
	table_column(&t, SEC_KIND, "kind", TEXTOID, NULL);
	table_column(&t, SEC_LEVEL, "level", INT4OID, NULL);
	table_column(&t, SEC_MARKER, "marker", TEXTOID, NULL);
	table_column(&t, SEC_PATH, "path", types->ltree, NULL);
	table_column(&t, SEC_SECTION, "section", TEXTOID, NULL);
	table_column(&t, SEC_HEADING, "heading", TEXTOID, NULL);
	table_column(&t, SEC_CHAR_START, "char_start", INT4OID, NULL);
	table_column(&t, SEC_CHAR_END, "char_end", INT4OID, NULL);

	for (int32 i = 0; i < r->nnodes; i++)
	{
		const ShrNode *n = &r->nodes[i];

		CHECK_FOR_INTERRUPTS();
		if (!shr_pg_is_structural(n->kind))
			continue;
		put_int(&t, row, SEC_UNIT_NO, i + 1, false);
		put_int(&t, row, SEC_PARENT_NO, n->parent >= 0 ? pr->unit_no[n->parent] : 0,
				true);
		put_text(&t, row, SEC_KIND, shr_node_kind_name(n->kind), false);
		put_int(&t, row, SEC_LEVEL, n->level, false);
		put_text(&t, row, SEC_MARKER, n->marker, false);
		if (n->path)
			put(&t, row, SEC_PATH, shr_pg_input_call(&types->ltree_in, n->path));
		put_text(&t, row, SEC_SECTION, n->section, false);
		put_text(&t, row, SEC_HEADING, n->heading, false);
		put_int(&t, row, SEC_CHAR_START, SHR_PG_POS(n->span.char_start), false);
		put_int(&t, row, SEC_CHAR_END, SHR_PG_POS(n->span.char_end), false);
		row++;
	}
	Assert(row == t.nrows);
	table_insert(&t, id);
}

/* Rows of shreport.sentences. */
static void
load_sentences(const ShrPgReport *pr, LoadTypes *types, int64 id)
{
	const ShrReport *r = pr->report;
	LoadTable	t;
	int			row = 0;

	table_init(&t, "sentences", pr->nsentences);
	table_column(&t, SEN_SENTENCE_NO, "sentence_no", INT4OID, NULL);
	table_column(&t, SEN_UNIT_NO, "unit_no", INT4OID, NULL);
	table_column(&t, SEN_PARENT_NO, "parent_no", INT4OID, NULL);
	table_column(&t, SEN_PATH, "path", types->ltree, NULL);
	table_column(&t, SEN_SECTION, "section", TEXTOID, NULL);
	table_column(&t, SEN_TEXT, "text", TEXTOID, NULL);
	table_column(&t, SEN_CHAR_START, "char_start", INT4OID, NULL);
	table_column(&t, SEN_CHAR_END, "char_end", INT4OID, NULL);

	for (int32 i = 0; i < r->nnodes; i++)
	{
		const ShrNode *n = &r->nodes[i];

		CHECK_FOR_INTERRUPTS();
		if (n->kind != SHR_NODE_SENTENCE)
			continue;
		put_int(&t, row, SEN_SENTENCE_NO, pr->sentence_no[i], false);
		put_int(&t, row, SEN_UNIT_NO, i + 1, false);
		put_int(&t, row, SEN_PARENT_NO, pr->unit_no[i], true);
		if (n->path)
			put(&t, row, SEN_PATH, shr_pg_input_call(&types->ltree_in, n->path));
		put_text(&t, row, SEN_SECTION, n->section, false);
		put_text(&t, row, SEN_TEXT, n->text ? n->text : "", false);
		put_int(&t, row, SEN_CHAR_START, SHR_PG_POS(n->span.char_start), false);
		put_int(&t, row, SEN_CHAR_END, SHR_PG_POS(n->span.char_end), false);
		row++;
	}
	Assert(row == t.nrows);
	table_insert(&t, id);
}

/* Rows of shreport.highlights. */
static void
load_highlights(const ShrPgReport *pr, int64 id)
{
	const ShrReport *r = pr->report;
	LoadTable	t;
	int			row = 0;

	table_init(&t, "highlights", pr->nhighlights);
	table_column(&t, HL_HIGHLIGHT_NO, "highlight_no", INT4OID, NULL);
	table_column(&t, HL_UNIT_NO, "unit_no", INT4OID, NULL);
	table_column(&t, HL_SENTENCE_NO, "sentence_no", INT4OID, NULL);
	table_column(&t, HL_TEXT, "text", TEXTOID, NULL);
	table_column(&t, HL_CHAR_START, "char_start", INT4OID, NULL);
	table_column(&t, HL_CHAR_END, "char_end", INT4OID, NULL);

	for (int32 i = 0; i < r->nnodes; i++)
	{
		const ShrNode *n = &r->nodes[i];

		CHECK_FOR_INTERRUPTS();
		if (n->kind != SHR_NODE_HIGHLIGHT)
			continue;
		put_int(&t, row, HL_HIGHLIGHT_NO, row + 1, false);
		put_int(&t, row, HL_UNIT_NO, pr->unit_no[i], true);
		put_int(&t, row, HL_SENTENCE_NO, pr->sentence_no[i], true);
		put_text(&t, row, HL_TEXT, n->text ? n->text : "", false);
		put_int(&t, row, HL_CHAR_START, SHR_PG_POS(n->span.char_start), false);
		put_int(&t, row, HL_CHAR_END, SHR_PG_POS(n->span.char_end), false);
		row++;
	}
	Assert(row == t.nrows);
	table_insert(&t, id);
}

/* Rows of shreport.figures. */
static void
load_figures(const ShrPgReport *pr, LoadTypes *types, int64 id)
{
	const ShrReport *r = pr->report;
	LoadTable	t;

	table_init(&t, "figures", r->nfigures);
	table_column(&t, FIG_FIGURE_NO, "figure_no", INT4OID, NULL);
	table_column(&t, FIG_SENTENCE_NO, "sentence_no", INT4OID, NULL);
	table_column(&t, FIG_CHAR_START, "char_start", INT4OID, NULL);
	table_column(&t, FIG_CHAR_END, "char_end", INT4OID, NULL);
	table_column(&t, FIG_RAW, "raw", TEXTOID, NULL);
	table_column(&t, FIG_METRIC, "metric", TEXTOID, NULL);
	table_column(&t, FIG_PREDICATE, "predicate", TEXTOID, NULL);
	/* arrays do not nest, so each figure's text[] travels as its literal */
	table_column(&t, FIG_QUALIFIERS, "qualifiers", TEXTOID, "pg_catalog.text[]");
	table_column(&t, FIG_AMOUNT, "amount", types->quantity, NULL);
	table_column(&t, FIG_TARGET, "target", types->target, NULL);
	table_column(&t, FIG_KIND, "kind", TEXTOID, NULL);
	table_column(&t, FIG_YEAR, "year", INT4OID, NULL);
	table_column(&t, FIG_IS_CHANGE, "is_change", BOOLOID, NULL);
	table_column(&t, FIG_RESPECTIVELY, "respectively", BOOLOID, NULL);
	table_column(&t, FIG_CUMULATIVE, "cumulative", BOOLOID, NULL);
	table_column(&t, FIG_SECTION, "section", TEXTOID, NULL);

	for (int32 i = 0; i < r->nfigures; i++)
	{
		const ShrFigure *f = &r->figures[i];
		Datum		quals;

		CHECK_FOR_INTERRUPTS();
		put_int(&t, i, FIG_FIGURE_NO, i + 1, false);
		if (f->sentence >= 0 && f->sentence < r->nnodes)
			put_int(&t, i, FIG_SENTENCE_NO, pr->sentence_no[f->sentence], true);
		put_int(&t, i, FIG_CHAR_START, SHR_PG_POS(f->span.char_start), false);
		put_int(&t, i, FIG_CHAR_END, SHR_PG_POS(f->span.char_end), false);
		put_text(&t, i, FIG_RAW, f->raw, false);
		put_text(&t, i, FIG_METRIC, f->metric, true);
		put_text(&t, i, FIG_PREDICATE, f->predicate, true);
		quals = shr_pg_qualifiers_datum(f);
		put(&t, i, FIG_QUALIFIERS,
			CStringGetTextDatum(OidOutputFunctionCall(F_ARRAY_OUT, quals)));
		put(&t, i, FIG_AMOUNT, shr_pg_quantity_datum(&f->amount));
		put(&t, i, FIG_TARGET, shr_pg_target_datum(&f->target));
		put_text(&t, i, FIG_KIND, shr_figure_kind_name(f->kind), false);
		put_int(&t, i, FIG_YEAR, f->year, true);
		put(&t, i, FIG_IS_CHANGE, BoolGetDatum(f->is_change));
		put(&t, i, FIG_RESPECTIVELY, BoolGetDatum(f->respectively));
		put(&t, i, FIG_CUMULATIVE, BoolGetDatum(f->cumulative));
		put_text(&t, i, FIG_SECTION, f->section, false);
	}
	table_insert(&t, id);
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

	ret = SPI_execute_with_args("SELECT report_id FROM shreport.reports "
								"WHERE sha256 OPERATOR(pg_catalog.=) $1",
								1, argtypes, args, NULL, false, 1);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_with_args failed: %s",
			 SPI_result_code_string(ret));
	if (SPI_processed == 0)
		return false;
	*id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
									  SPI_tuptable->tupdesc, 1, &isnull));
	return !isnull;
}

/*
 * The row of shreport.reports; false when a concurrent load of the same text
 * got there first (its unique key made ours do nothing).
 */
static bool
insert_report(const ShrReport *r, const ShrReportOptions *opts, text *body,
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
	args[3] = PointerGetDatum(body);
	args[4] = PointerGetDatum(hash);

	ret = SPI_execute_with_args("INSERT INTO shreport.reports "
								"(title, region, year, body, sha256) "
								"VALUES ($1, $2, $3, $4, $5) "
								"ON CONFLICT (sha256) DO NOTHING "
								"RETURNING report_id",
								5, argtypes, args, nulls, false, 0);
	if (ret != SPI_OK_INSERT_RETURNING)
		elog(ERROR, "SPI_execute_with_args failed on shreport.reports: %s",
			 SPI_result_code_string(ret));
	if (SPI_processed == 0)
		return false;
	*id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
									  SPI_tuptable->tupdesc, 1, &isnull));
	return true;
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
	LoadTypes	types;
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

	types.ltree = column_type("sections", "path");
	types.quantity = column_type("figures", "amount");
	types.target = column_type("figures", "target");
	shr_pg_input_init(&types.ltree_in, types.ltree);

	if (!insert_report(pr.report, &opts, body, hash, &id))
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

	load_sections(&pr, &types, id);
	load_sentences(&pr, &types, id);
	load_highlights(&pr, id);
	load_figures(&pr, &types, id);

	SPI_finish();
	PG_RETURN_INT64(id);
}
