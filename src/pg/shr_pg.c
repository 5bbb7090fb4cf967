/*
 * shr_pg.c
 *		Shared glue of the SQL layer: how core failures become PostgreSQL
 *		errors, the palloc allocator lent to the core, and exact conversion
 *		between numeric and the core's decimals.
 */
#include "shr_pg.h"

#include <math.h>

#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
/* Report into escontext when the caller collects soft errors. */
#define SHR_SAVE_ERROR(escontext, ...) errsave(escontext, __VA_ARGS__)
#else
#define SHR_SAVE_ERROR(escontext, ...) ereport(ERROR, __VA_ARGS__)
#endif

/* Only add a DETAIL line when the core wrote one. */
#define SHR_DETAIL(err) \
	((err)->detail[0] != '\0' ? \
	 errdetail("%s", shr_pg_from_utf8((err)->detail)) : 0)

static void *
shr_pg_alloc(void *ctx, size_t size)
{
	return palloc(size);
}

static void *
shr_pg_realloc(void *ctx, void *ptr, size_t size)
{
	return ptr ? repalloc(ptr, size) : palloc(size);
}

static void
shr_pg_free(void *ctx, void *ptr)
{
	if (ptr)
		pfree(ptr);
}

/* An allocator on CurrentMemoryContext; palloc throws instead of returning NULL. */
ShrAllocator
shr_pg_allocator(void)
{
	ShrAllocator a;

	a.alloc = shr_pg_alloc;
	a.realloc = shr_pg_realloc;
	a.free = shr_pg_free;
	a.ctx = NULL;
	return a;
}

/* Turn a failed text input into 22P02, 22003, 22023 or 54000. */
void
shr_pg_input_error(ShrStatus status, const ShrError *err,
				   const char *typname, const char *input, Node *escontext)
{
	(void) escontext;			/* unused before PostgreSQL 16 */

	switch (status)
	{
		case SHR_OK:
			elog(ERROR, "input error reported without a failure");
			break;
		case SHR_ESYNTAX:
			SHR_SAVE_ERROR(escontext,
						   (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
							errmsg("invalid input syntax for type %s: \"%s\"",
								   typname, input),
							SHR_DETAIL(err)));
			break;
		case SHR_EOVERFLOW:
			SHR_SAVE_ERROR(escontext,
						   (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
							errmsg("value \"%s\" is out of range for type %s",
								   input, typname),
							SHR_DETAIL(err)));
			break;
		case SHR_EVALUE:
		case SHR_EDIMENSION:
			/* it parses, but as a value of the type it makes no sense */
			SHR_SAVE_ERROR(escontext,
						   (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
							errmsg("invalid value for type %s: \"%s\"",
								   typname, input),
							SHR_DETAIL(err)));
			break;
		case SHR_ETOOLARGE:
			SHR_SAVE_ERROR(escontext,
						   (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
							errmsg("input for type %s is too long", typname),
							SHR_DETAIL(err)));
			break;
		case SHR_ENOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory")));
			break;
	}
}

/* A binary value the core refuses is corrupt data, whatever the reason. */
void
shr_pg_recv_error(ShrStatus status, const ShrError *err, const char *typname)
{
	if (status == SHR_EOVERFLOW)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s out of range in binary input", typname),
				 SHR_DETAIL(err)));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary data for type %s", typname),
			 SHR_DETAIL(err)));
}

/* Turn a failed operation into 22003, 22023 or a data exception. */
void
shr_pg_op_error(ShrStatus status, const ShrError *err, const char *typname)
{
	switch (status)
	{
		case SHR_EOVERFLOW:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s out of range", typname),
					 SHR_DETAIL(err)));
			break;
		case SHR_EDIMENSION:
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("cannot combine %s values of different dimensions",
							typname),
					 SHR_DETAIL(err)));
			break;
		case SHR_ENOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory")));
			break;
		case SHR_ETOOLARGE:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("%s value is too large", typname),
					 SHR_DETAIL(err)));
			break;
		case SHR_OK:
		case SHR_ESYNTAX:
		case SHR_EVALUE:
			break;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid %s operation", typname),
			 SHR_DETAIL(err)));
}

/*
 * The units of a dimension mismatch, named in the detail so that the user
 * sees which operand is which; a bare number has no unit to quote.
 */
void
shr_pg_dimension_error(const char *message, int unit_a, int unit_b)
{
	const ShrUnitDef *a = shr_unit(unit_a);
	const ShrUnitDef *b = shr_unit(unit_b);
	const char *dim_a;
	const char *dim_b;

	if (a == NULL || b == NULL)
		elog(ERROR, "unit id out of range: %d, %d", unit_a, unit_b);
	dim_a = shr_pg_from_utf8(shr_dimension_name(a->dim));
	dim_b = shr_pg_from_utf8(shr_dimension_name(b->dim));

	if (a->name[0] == '\0')
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("%s", message),
				 errdetail("A bare number is %s and \"%s\" is %s.",
						   dim_a, shr_pg_from_utf8(b->name), dim_b)));
	if (b->name[0] == '\0')
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("%s", message),
				 errdetail("\"%s\" is %s and a bare number is %s.",
						   shr_pg_from_utf8(a->name), dim_a, dim_b)));
	ereport(ERROR,
			(errcode(ERRCODE_DATA_EXCEPTION),
			 errmsg("%s", message),
			 errdetail("\"%s\" is %s and \"%s\" is %s.",
					   shr_pg_from_utf8(a->name), dim_a,
					   shr_pg_from_utf8(b->name), dim_b)));
}

/*
 * The core speaks UTF-8; a database in another encoding sees its strings
 * converted (and an error where a character has no equivalent).
 */
const char *
shr_pg_from_utf8(const char *s)
{
	return pg_any_to_server(s, (int) strlen(s), PG_UTF8);
}

text *
shr_pg_utf8_text(const char *s)
{
	return cstring_to_text(shr_pg_from_utf8(s));
}

/*
 * Catalogue id of a unit spelling passed as a text argument, read in
 * dimension dim where the spelling names units of two dimensions.
 */
int
shr_pg_unit_lookup(text *name, int dim, int *mag)
{
	char	   *s = text_to_cstring(name);
	char	   *utf8 = pg_server_to_any(s, strlen(s), PG_UTF8);
	int			unit = shr_unit_spec_find_in(utf8, strlen(utf8), dim, mag);

	if (unit < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown unit \"%s\"", s),
				 errhint("Units are spelled as in the reports, with a magnitude word or without: 元, 亿元, 吨, 万吨, 公里, %%, 个百分点 ...")));
	pfree(s);
	return unit;
}

/* A numeric with the exact value of d. */
Numeric
shr_decimal_to_numeric(ShrDecimal d)
{
	char		buf[256];

	shr_decimal_format(d, buf, sizeof(buf));
	return DatumGetNumeric(DirectFunctionCall3(numeric_in,
											   CStringGetDatum(buf),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
}

/*
 * The exact decimal of a numeric; more significant digits than a quantity
 * holds is an overflow, since silently rounding would break exactness.
 */
ShrDecimal
shr_numeric_to_decimal(Numeric num)
{
	char	   *s;
	ShrDecimal	d;
	ShrError	err;
	ShrStatus	st;

	if (numeric_is_nan(num))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot use NaN in a quantity")));
	if (numeric_is_inf(num))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot use infinity in a quantity")));

	s = DatumGetCString(DirectFunctionCall1(numeric_out,
											NumericGetDatum(num)));
	memset(&err, 0, sizeof(err));
	st = shr_decimal_parse(s, strlen(s), &d, &err);
	if (st == SHR_EOVERFLOW)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("numeric value out of range for type quantity"),
				 SHR_DETAIL(&err)));
	if (st != SHR_OK)
		elog(ERROR, "numeric_out produced \"%s\", which the core cannot read: %s",
			 s, err.detail);
	pfree(s);
	return d;
}

/*
 * The GUC as an exact decimal.  Fifteen decimal places hold every setting a
 * user can type (a double keeps about that many digits), so 0.1 is exactly
 * one tenth, not the binary fraction nearest to it.
 */
ShrDecimal
shr_pg_tolerance(void)
{
	ShrDecimal	d;

	d.coef = (int64_t) rint(shr_approx_tolerance * 1e15);
	d.exp = -15;
	while (d.coef != 0 && d.coef % 10 == 0)
	{
		d.coef /= 10;
		d.exp++;
	}
	if (d.coef == 0)
		d.exp = 0;
	return d;
}

/* Hand the unread part of buf to a core decoder, which checks its length. */
const uint8 *
shr_pg_recv_bytes(StringInfo buf, size_t *len)
{
	const uint8 *bytes = (const uint8 *) buf->data + buf->cursor;

	*len = (size_t) (buf->len - buf->cursor);
	buf->cursor = buf->len;
	return bytes;
}

/* Wrap an encoded value in a bytea, as pq_endtypsend would. */
bytea *
shr_pg_send_bytes(const uint8 *bytes, size_t len)
{
	bytea	   *result = palloc(VARHDRSZ + len);

	SET_VARSIZE(result, VARHDRSZ + len);
	memcpy(VARDATA(result), bytes, len);
	return result;
}
