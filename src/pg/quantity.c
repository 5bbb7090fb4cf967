/*
 * quantity.c
 *		The SQL-facing quantity type: I/O, the total order and hash behind
 *		its operator classes, arithmetic, conversion and aggregate support.
 *		All parsing and arithmetic is done by the core; this file only maps
 *		between Datums and core structs.
 */
#include "shr_pg.h"

#include "common/hashfn.h"
#include "common/int.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

/* avg()'s state between workers: the sum's fields, then the count (int8). */
#define AVG_STATE_LEN (SHR_WIRE_FIELDS_LEN + 8)

PG_FUNCTION_INFO_V1(quantity_in);
PG_FUNCTION_INFO_V1(quantity_out);
PG_FUNCTION_INFO_V1(quantity_recv);
PG_FUNCTION_INFO_V1(quantity_send);
PG_FUNCTION_INFO_V1(quantity_cmp);
PG_FUNCTION_INFO_V1(quantity_eq);
PG_FUNCTION_INFO_V1(quantity_ne);
PG_FUNCTION_INFO_V1(quantity_lt);
PG_FUNCTION_INFO_V1(quantity_le);
PG_FUNCTION_INFO_V1(quantity_gt);
PG_FUNCTION_INFO_V1(quantity_ge);
PG_FUNCTION_INFO_V1(quantity_hash);
PG_FUNCTION_INFO_V1(quantity_hash_extended);
PG_FUNCTION_INFO_V1(quantity_smaller);
PG_FUNCTION_INFO_V1(quantity_larger);
PG_FUNCTION_INFO_V1(quantity_pl);
PG_FUNCTION_INFO_V1(quantity_mi);
PG_FUNCTION_INFO_V1(quantity_um);
PG_FUNCTION_INFO_V1(quantity_mul_numeric);
PG_FUNCTION_INFO_V1(numeric_mul_quantity);
PG_FUNCTION_INFO_V1(quantity_div_numeric);
PG_FUNCTION_INFO_V1(quantity_div);
PG_FUNCTION_INFO_V1(quantity_value);
PG_FUNCTION_INFO_V1(quantity_value_in);
PG_FUNCTION_INFO_V1(quantity_unit);
PG_FUNCTION_INFO_V1(quantity_dimension);
PG_FUNCTION_INFO_V1(quantity_base_unit);
PG_FUNCTION_INFO_V1(quantity_round);
PG_FUNCTION_INFO_V1(quantity_to_float8);
PG_FUNCTION_INFO_V1(quantity_convert);
PG_FUNCTION_INFO_V1(quantity_from_numeric);
PG_FUNCTION_INFO_V1(quantity_avg_accum);
PG_FUNCTION_INFO_V1(quantity_avg_combine);
PG_FUNCTION_INFO_V1(quantity_avg_serialize);
PG_FUNCTION_INFO_V1(quantity_avg_deserialize);
PG_FUNCTION_INFO_V1(quantity_avg_final);

/* Running state of avg(quantity): the sum so far and how many were added. */
typedef struct QuantityAvgState
{
	ShrQuantity sum;
	int64		count;
} QuantityAvgState;

/* A palloc'd copy of q, for returning by reference. */
static ShrQuantity *
quantity_copy(const ShrQuantity *q)
{
	ShrQuantity *r = palloc(sizeof(ShrQuantity));

	memcpy(r, q, sizeof(ShrQuantity));
	return r;
}

/* Text input: every form the core's parser accepts. */
Datum
quantity_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	char	   *utf8 = pg_server_to_any(s, strlen(s), PG_UTF8);
	ShrQuantity *q = palloc0(sizeof(ShrQuantity));
	ShrError	err;
	ShrStatus	st;

	memset(&err, 0, sizeof(err));
	st = shr_quantity_parse(utf8, strlen(utf8), q, &err);
	if (st != SHR_OK)
	{
		shr_pg_input_error(st, &err, "quantity", s, SHR_ESCONTEXT(fcinfo));
		return (Datum) 0;		/* a soft error was saved (16+) */
	}
	PG_RETURN_QUANTITY_P(q);
}

/* Canonical text output. */
Datum
quantity_out(PG_FUNCTION_ARGS)
{
	ShrQuantity *q = PG_GETARG_QUANTITY_P(0);
	char		buf[SHR_QUANTITY_BUFLEN];
	size_t		len = shr_quantity_format(q, buf, sizeof(buf));

	PG_RETURN_CSTRING(pstrdup(pg_any_to_server(buf, (int) len, PG_UTF8)));
}

/* Binary input: version byte, then the fields, checked like text input. */
Datum
quantity_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	ShrQuantity *q = palloc0(sizeof(ShrQuantity));
	const uint8 *bytes;
	size_t		len;
	ShrError	err;
	ShrStatus	st;

	bytes = shr_pg_recv_bytes(buf, &len);
	memset(&err, 0, sizeof(err));
	st = shr_quantity_decode(bytes, len, q, &err);
	if (st != SHR_OK)
		shr_pg_recv_error(st, &err, "quantity");
	PG_RETURN_QUANTITY_P(q);
}

/* Binary output. */
Datum
quantity_send(PG_FUNCTION_ARGS)
{
	uint8		bytes[SHR_WIRE_QUANTITY_LEN];
	size_t		len = shr_quantity_encode(PG_GETARG_QUANTITY_P(0), bytes);

	PG_RETURN_BYTEA_P(shr_pg_send_bytes(bytes, len));
}

/*
 * btree support: the core's total order (dimension, then base-unit value),
 * which never fails, so that indexes and sorts accept mixed units.
 */
Datum
quantity_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(shr_quantity_cmp(PG_GETARG_QUANTITY_P(0),
									 PG_GETARG_QUANTITY_P(1)));
}

/* The comparison operators agree with quantity_cmp, as the btree needs. */
Datum
quantity_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(shr_quantity_cmp(PG_GETARG_QUANTITY_P(0),
									PG_GETARG_QUANTITY_P(1)) == 0);
}

Datum
quantity_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(shr_quantity_cmp(PG_GETARG_QUANTITY_P(0),
									PG_GETARG_QUANTITY_P(1)) != 0);
}

Datum
quantity_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(shr_quantity_cmp(PG_GETARG_QUANTITY_P(0),
									PG_GETARG_QUANTITY_P(1)) < 0);
}

Datum
quantity_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(shr_quantity_cmp(PG_GETARG_QUANTITY_P(0),
									PG_GETARG_QUANTITY_P(1)) <= 0);
}

Datum
quantity_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(shr_quantity_cmp(PG_GETARG_QUANTITY_P(0),
									PG_GETARG_QUANTITY_P(1)) > 0);
}

Datum
quantity_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(shr_quantity_cmp(PG_GETARG_QUANTITY_P(0),
									PG_GETARG_QUANTITY_P(1)) >= 0);
}

/* Hash of the canonical base-unit value, so that '1吨' and '2000斤' agree. */
Datum
quantity_hash(PG_FUNCTION_ARGS)
{
	ShrHashKey	key;

	memset(&key, 0, sizeof(key));
	shr_quantity_hash_key(PG_GETARG_QUANTITY_P(0), &key);
	return hash_any((const unsigned char *) &key, sizeof(key));
}

Datum
quantity_hash_extended(PG_FUNCTION_ARGS)
{
	ShrHashKey	key;

	memset(&key, 0, sizeof(key));
	shr_quantity_hash_key(PG_GETARG_QUANTITY_P(0), &key);
	return hash_any_extended((const unsigned char *) &key, sizeof(key),
							 PG_GETARG_INT64(1));
}

/* min() and max() follow the btree order, so they accept mixed units too. */
Datum
quantity_smaller(PG_FUNCTION_ARGS)
{
	ShrQuantity *a = PG_GETARG_QUANTITY_P(0);
	ShrQuantity *b = PG_GETARG_QUANTITY_P(1);

	PG_RETURN_QUANTITY_P(shr_quantity_cmp(a, b) <= 0 ? a : b);
}

Datum
quantity_larger(PG_FUNCTION_ARGS)
{
	ShrQuantity *a = PG_GETARG_QUANTITY_P(0);
	ShrQuantity *b = PG_GETARG_QUANTITY_P(1);

	PG_RETURN_QUANTITY_P(shr_quantity_cmp(a, b) >= 0 ? a : b);
}

/*
 * Raise the error of a failed binary operation; a dimension mismatch names
 * both units under the given message.
 */
static void quantity_fail(ShrStatus st, const ShrError *err,
						  const char *dim_message, const ShrQuantity *a,
						  const ShrQuantity *b) pg_attribute_noreturn();

static void
quantity_fail(ShrStatus st, const ShrError *err, const char *dim_message,
			  const ShrQuantity *a, const ShrQuantity *b)
{
	if (st == SHR_EDIMENSION && b != NULL)
		shr_pg_dimension_error(dim_message, a->unit, b->unit);
	shr_pg_op_error(st, err, "quantity");
}

/* Sum in the left operand's unit; the same function combines sum() states. */
Datum
quantity_pl(PG_FUNCTION_ARGS)
{
	ShrQuantity *a = PG_GETARG_QUANTITY_P(0);
	ShrQuantity *b = PG_GETARG_QUANTITY_P(1);
	ShrQuantity r;
	ShrError	err;
	ShrStatus	st;

	memset(&r, 0, sizeof(r));
	memset(&err, 0, sizeof(err));
	st = shr_quantity_add(a, b, &r, &err);
	if (st != SHR_OK)
		quantity_fail(st, &err, "cannot add quantities of different dimensions",
					  a, b);
	PG_RETURN_QUANTITY_P(quantity_copy(&r));
}

/* Difference in the left operand's unit. */
Datum
quantity_mi(PG_FUNCTION_ARGS)
{
	ShrQuantity *a = PG_GETARG_QUANTITY_P(0);
	ShrQuantity *b = PG_GETARG_QUANTITY_P(1);
	ShrQuantity r;
	ShrError	err;
	ShrStatus	st;

	memset(&r, 0, sizeof(r));
	memset(&err, 0, sizeof(err));
	st = shr_quantity_sub(a, b, &r, &err);
	if (st != SHR_OK)
		quantity_fail(st, &err,
					  "cannot subtract quantities of different dimensions",
					  a, b);
	PG_RETURN_QUANTITY_P(quantity_copy(&r));
}

/* Unary minus. */
Datum
quantity_um(PG_FUNCTION_ARGS)
{
	ShrQuantity r;
	ShrError	err;
	ShrStatus	st;

	memset(&r, 0, sizeof(r));
	memset(&err, 0, sizeof(err));
	st = shr_quantity_negate(PG_GETARG_QUANTITY_P(0), &r, &err);
	if (st != SHR_OK)
		shr_pg_op_error(st, &err, "quantity");
	PG_RETURN_QUANTITY_P(quantity_copy(&r));
}

/* q times an exact factor; shared by both argument orders. */
static ShrQuantity *
quantity_times(const ShrQuantity *q, Numeric factor)
{
	ShrDecimal	d = shr_numeric_to_decimal(factor);
	ShrQuantity r;
	ShrError	err;
	ShrStatus	st;

	memset(&r, 0, sizeof(r));
	memset(&err, 0, sizeof(err));
	st = shr_quantity_mul(q, d, &r, &err);
	if (st != SHR_OK)
		shr_pg_op_error(st, &err, "quantity");
	return quantity_copy(&r);
}

Datum
quantity_mul_numeric(PG_FUNCTION_ARGS)
{
	PG_RETURN_QUANTITY_P(quantity_times(PG_GETARG_QUANTITY_P(0),
										PG_GETARG_NUMERIC(1)));
}

Datum
numeric_mul_quantity(PG_FUNCTION_ARGS)
{
	PG_RETURN_QUANTITY_P(quantity_times(PG_GETARG_QUANTITY_P(1),
										PG_GETARG_NUMERIC(0)));
}

/* q divided by a count or factor, in q's unit. */
static ShrQuantity *
quantity_divide(const ShrQuantity *q, ShrDecimal d)
{
	ShrQuantity r;
	ShrError	err;
	ShrStatus	st;

	/* checked here so that it gets the standard SQLSTATE, 22012 */
	if (d.coef == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("division by zero")));
	memset(&r, 0, sizeof(r));
	memset(&err, 0, sizeof(err));
	st = shr_quantity_div(q, d, &r, &err);
	if (st != SHR_OK)
		shr_pg_op_error(st, &err, "quantity");
	return quantity_copy(&r);
}

Datum
quantity_div_numeric(PG_FUNCTION_ARGS)
{
	ShrQuantity *q = PG_GETARG_QUANTITY_P(0);
	ShrDecimal	d = shr_numeric_to_decimal(PG_GETARG_NUMERIC(1));

	PG_RETURN_QUANTITY_P(quantity_divide(q, d));
}

/* A numeric holding q's value in its dimension's base unit, exactly. */
static Numeric
quantity_base_numeric(const ShrQuantity *q)
{
	char		buf[512];

	shr_quantity_base_string(q, buf, sizeof(buf));
	return DatumGetNumeric(DirectFunctionCall3(numeric_in,
											   CStringGetDatum(buf),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
}

/*
 * The ratio of two quantities of one dimension, as a plain number: numeric
 * division of the exact base-unit values (numeric_div raises 22012).
 */
Datum
quantity_div(PG_FUNCTION_ARGS)
{
	ShrQuantity *a = PG_GETARG_QUANTITY_P(0);
	ShrQuantity *b = PG_GETARG_QUANTITY_P(1);

	if (shr_quantity_dim(a) != shr_quantity_dim(b))
		shr_pg_dimension_error("cannot divide quantities of different dimensions",
							   a->unit, b->unit);
	return DirectFunctionCall2(numeric_div,
							   NumericGetDatum(quantity_base_numeric(a)),
							   NumericGetDatum(quantity_base_numeric(b)));
}

/* The value in its own unit with the magnitude applied; also the cast to numeric. */
Datum
quantity_value(PG_FUNCTION_ARGS)
{
	PG_RETURN_NUMERIC(shr_decimal_to_numeric(shr_quantity_value(PG_GETARG_QUANTITY_P(0))));
}

/*
 * q converted to the named unit of its dimension, written with the
 * magnitude word mag when there is one (亿元: the unit 元 and the word 亿).
 */
static void
quantity_to_unit(const ShrQuantity *q, int unit, int mag, ShrQuantity *out)
{
	ShrQuantity conv;
	ShrError	err;
	ShrStatus	st;

	memset(&conv, 0, sizeof(conv));
	memset(&err, 0, sizeof(err));
	st = shr_quantity_convert(q, unit, &conv, &err);
	if (st == SHR_EDIMENSION)
		shr_pg_dimension_error("cannot convert a quantity to a unit of a different dimension",
							   q->unit, unit);
	/* without a word of its own, the result keeps q's (9.2万亿元 in 元) */
	if (st == SHR_OK && mag == SHR_MAG_NONE)
		*out = conv;
	else if (st == SHR_OK)
		st = shr_quantity_make(shr_quantity_value(&conv), unit, mag, out, &err);
	if (st != SHR_OK)
		shr_pg_op_error(st, &err, "quantity");
}

/* The value in another unit of the same dimension, magnitude word applied. */
Datum
quantity_value_in(PG_FUNCTION_ARGS)
{
	ShrQuantity *q = PG_GETARG_QUANTITY_P(0);
	int			mag;
	int			unit = shr_pg_unit_lookup(PG_GETARG_TEXT_PP(1), shr_quantity_dim(q), &mag);
	ShrQuantity r;
	ShrDecimal	v;

	quantity_to_unit(q, unit, mag, &r);
	v = shr_quantity_value(&r);
	v.exp -= shr_magnitude(mag)->exp;	/* in 亿元, not in 元 */
	PG_RETURN_NUMERIC(shr_decimal_to_numeric(v));
}

/* The unit as written in the catalogue; '' for a bare number. */
Datum
quantity_unit(PG_FUNCTION_ARGS)
{
	ShrQuantity *q = PG_GETARG_QUANTITY_P(0);
	const ShrUnitDef *u = shr_unit(q->unit);

	if (u == NULL)
		elog(ERROR, "quantity has unknown unit id %d", q->unit);
	PG_RETURN_TEXT_P(shr_pg_utf8_text(u->name));
}

/*
 * round(q, places): q rounded to places decimals of its own unit and
 * magnitude word (negative places round to tens, hundreds ...).
 */
Datum
quantity_round(PG_FUNCTION_ARGS)
{
	ShrQuantity *q = PG_GETARG_QUANTITY_P(0);
	int32		places = PG_GETARG_INT32(1);
	ShrQuantity *r = palloc0(sizeof(ShrQuantity));
	ShrError	err;

	/* beyond the exponent range nothing is left to round, or nothing to keep */
	places = Max(Min(places, 1000), -1000);
	memset(&err, 0, sizeof(err));
	if (shr_quantity_round(q, shr_quantity_mag_exp(q) - places, r, &err) != SHR_OK)
		shr_pg_op_error(err.status, &err, "quantity");
	PG_RETURN_QUANTITY_P(r);
}

/* The value as float8 (the cast), as value() gives it as numeric. */
Datum
quantity_to_float8(PG_FUNCTION_ARGS)
{
	Numeric		num = shr_decimal_to_numeric(shr_quantity_value(PG_GETARG_QUANTITY_P(0)));

	return DirectFunctionCall1(numeric_float8, NumericGetDatum(num));
}

/* The base unit of its dimension, for sums across units (shr_dimension_unit). */
Datum
quantity_base_unit(PG_FUNCTION_ARGS)
{
	ShrQuantity *q = PG_GETARG_QUANTITY_P(0);
	const ShrUnitDef *u = shr_unit(shr_dimension_unit(shr_quantity_dim(q)));

	if (u == NULL)
		elog(ERROR, "quantity has unknown unit id %d", q->unit);
	PG_RETURN_TEXT_P(shr_pg_utf8_text(u->name));
}

/* The name of the unit's dimension. */
Datum
quantity_dimension(PG_FUNCTION_ARGS)
{
	ShrQuantity *q = PG_GETARG_QUANTITY_P(0);
	const char *name = shr_dimension_name(shr_quantity_dim(q));

	if (name == NULL)
		elog(ERROR, "quantity has unknown unit id %d", q->unit);
	PG_RETURN_TEXT_P(shr_pg_utf8_text(name));
}

/* q in another unit of its dimension, as a quantity. */
Datum
quantity_convert(PG_FUNCTION_ARGS)
{
	ShrQuantity *q = PG_GETARG_QUANTITY_P(0);
	int			mag;
	int			unit = shr_pg_unit_lookup(PG_GETARG_TEXT_PP(1), shr_quantity_dim(q), &mag);
	ShrQuantity r;

	quantity_to_unit(q, unit, mag, &r);
	PG_RETURN_QUANTITY_P(quantity_copy(&r));
}

/* Cast from numeric: a bare, dimensionless number. */
Datum
quantity_from_numeric(PG_FUNCTION_ARGS)
{
	ShrDecimal	d = shr_numeric_to_decimal(PG_GETARG_NUMERIC(0));
	ShrQuantity r;
	ShrError	err;
	ShrStatus	st;

	memset(&r, 0, sizeof(r));
	memset(&err, 0, sizeof(err));
	st = shr_quantity_make(d, SHR_UNIT_NONE, SHR_MAG_NONE, &r, &err);
	if (st != SHR_OK)
		shr_pg_op_error(st, &err, "quantity");
	PG_RETURN_QUANTITY_P(quantity_copy(&r));
}

/* Add one quantity into an avg() state. */
static void
quantity_avg_add(QuantityAvgState *state, const ShrQuantity *q, int64 count)
{
	ShrQuantity r;
	ShrError	err;
	ShrStatus	st;

	if (count == 0)
		return;
	if (state->count == 0)
		state->sum = *q;
	else
	{
		memset(&r, 0, sizeof(r));
		memset(&err, 0, sizeof(err));
		st = shr_quantity_add(&state->sum, q, &r, &err);
		if (st != SHR_OK)
			quantity_fail(st, &err,
						  "cannot average quantities of different dimensions",
						  &state->sum, q);
		state->sum = r;
	}
	if (pg_add_s64_overflow(state->count, count, &state->count))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("too many values for avg(quantity)")));
}

/* A new, empty avg() state in the aggregate's memory context. */
static QuantityAvgState *
quantity_avg_new(FunctionCallInfo fcinfo, const char *caller)
{
	MemoryContext aggcontext;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "%s called in non-aggregate context", caller);
	return MemoryContextAllocZero(aggcontext, sizeof(QuantityAvgState));
}

/* avg() transition: add a non-null input to the running sum and count. */
Datum
quantity_avg_accum(PG_FUNCTION_ARGS)
{
	QuantityAvgState *state;

	state = PG_ARGISNULL(0) ? quantity_avg_new(fcinfo, "quantity_avg_accum")
		: (QuantityAvgState *) PG_GETARG_POINTER(0);
	if (!PG_ARGISNULL(1))
		quantity_avg_add(state, PG_GETARG_QUANTITY_P(1), 1);
	PG_RETURN_POINTER(state);
}

/* avg() combine: merge two partial states from parallel workers. */
Datum
quantity_avg_combine(PG_FUNCTION_ARGS)
{
	QuantityAvgState *state1;
	QuantityAvgState *state2;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	state2 = (QuantityAvgState *) PG_GETARG_POINTER(1);

	/* the second state may be short-lived, so the first must be our own */
	if (PG_ARGISNULL(0))
		state1 = quantity_avg_new(fcinfo, "quantity_avg_combine");
	else
		state1 = (QuantityAvgState *) PG_GETARG_POINTER(0);
	quantity_avg_add(state1, &state2->sum, state2->count);
	PG_RETURN_POINTER(state1);
}

/* avg() state to bytes, to pass between parallel workers. */
Datum
quantity_avg_serialize(PG_FUNCTION_ARGS)
{
	QuantityAvgState *state;
	StringInfoData buf;
	uint8		fields[SHR_WIRE_FIELDS_LEN];

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "quantity_avg_serialize called in non-aggregate context");
	state = (QuantityAvgState *) PG_GETARG_POINTER(0);
	shr_wire_put_fields(&state->sum, fields);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) fields, sizeof(fields));
	pq_sendint64(&buf, state->count);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Bytes back to an avg() state. */
Datum
quantity_avg_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *bytes;
	StringInfoData buf;
	QuantityAvgState *state;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "quantity_avg_deserialize called in non-aggregate context");
	bytes = PG_GETARG_BYTEA_PP(0);
	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, VARDATA_ANY(bytes), VARSIZE_ANY_EXHDR(bytes));
	if (buf.len != AVG_STATE_LEN)
		elog(ERROR, "avg(quantity) state of %d bytes, not %d", buf.len,
			 AVG_STATE_LEN);
	state = palloc0(sizeof(QuantityAvgState));
	shr_wire_get_fields((const uint8 *) buf.data, &state->sum);
	buf.cursor = SHR_WIRE_FIELDS_LEN;
	state->count = pq_getmsgint64(&buf);
	pq_getmsgend(&buf);
	pfree(buf.data);
	PG_RETURN_POINTER(state);
}

/*
 * avg() result: the sum divided by the count, in the first input's unit,
 * rounded to two places finer than the sum's last digit (which is the
 * finest of the inputs'): an average of 1.5万元 and 2.25万元 is 1.875万元,
 * of three amounts in 万元 with two decimals at most four decimals, not
 * eighteen digits of a repeating fraction.
 */
Datum
quantity_avg_final(PG_FUNCTION_ARGS)
{
	QuantityAvgState *state;
	ShrDecimal	n;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = (QuantityAvgState *) PG_GETARG_POINTER(0);
	if (state->count == 0)
		PG_RETURN_NULL();
	n.coef = state->count;
	n.exp = 0;
	{
		ShrQuantity *avg = quantity_divide(&state->sum, n);
		ShrError	err;

		memset(&err, 0, sizeof(err));
		if (shr_quantity_round(avg, state->sum.exp - 2, avg, &err) != SHR_OK)
			shr_pg_op_error(err.status, &err, "quantity");
		PG_RETURN_QUANTITY_P(avg);
	}
}
