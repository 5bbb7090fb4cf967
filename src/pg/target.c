/*
 * target.c
 *		The SQL-facing target type: I/O, the total order and hash behind its
 *		operator classes, its accessors, and whether a quantity meets it.
 */
#include "shr_pg.h"

#include "common/hashfn.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(target_in);
PG_FUNCTION_INFO_V1(target_out);
PG_FUNCTION_INFO_V1(target_recv);
PG_FUNCTION_INFO_V1(target_send);
PG_FUNCTION_INFO_V1(target_cmp);
PG_FUNCTION_INFO_V1(target_eq);
PG_FUNCTION_INFO_V1(target_ne);
PG_FUNCTION_INFO_V1(target_lt);
PG_FUNCTION_INFO_V1(target_le);
PG_FUNCTION_INFO_V1(target_gt);
PG_FUNCTION_INFO_V1(target_ge);
PG_FUNCTION_INFO_V1(target_hash);
PG_FUNCTION_INFO_V1(target_hash_extended);
PG_FUNCTION_INFO_V1(target_bound);
PG_FUNCTION_INFO_V1(target_lower);
PG_FUNCTION_INFO_V1(target_upper);
PG_FUNCTION_INFO_V1(target_commitment);
PG_FUNCTION_INFO_V1(target_contains);
PG_FUNCTION_INFO_V1(quantity_contained);
PG_FUNCTION_INFO_V1(target_gap);

/*
 * What the hash functions hash: the core's key for the ends plus the bound
 * and commitment, which target_cmp also compares.
 */
typedef struct TargetHashKey
{
	ShrHashKey	ends[2];
	int32		bound;
	int32		commitment;
} TargetHashKey;

/* Text input: every form the core's parser accepts. */
Datum
target_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	char	   *utf8 = pg_server_to_any(s, strlen(s), PG_UTF8);
	ShrTarget  *t = palloc0(sizeof(ShrTarget));
	ShrError	err;
	ShrStatus	st;

	memset(&err, 0, sizeof(err));
	st = shr_target_parse(utf8, strlen(utf8), t, &err);
	if (st != SHR_OK)
	{
		shr_pg_input_error(st, &err, "target", s, SHR_ESCONTEXT(fcinfo));
		return (Datum) 0;		/* a soft error was saved (16+) */
	}
	PG_RETURN_TARGET_P(t);
}

/* Canonical Chinese text output. */
Datum
target_out(PG_FUNCTION_ARGS)
{
	ShrTarget  *t = PG_GETARG_TARGET_P(0);
	char		buf[SHR_TARGET_BUFLEN];
	size_t		len = shr_target_format(t, buf, sizeof(buf));

	PG_RETURN_CSTRING(pstrdup(pg_any_to_server(buf, (int) len, PG_UTF8)));
}

/* Binary input: version byte, both ends, bound, commitment; validated. */
Datum
target_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	ShrTarget  *t = palloc0(sizeof(ShrTarget));
	const uint8 *bytes;
	size_t		len;
	ShrError	err;
	ShrStatus	st;

	bytes = shr_pg_recv_bytes(buf, &len);
	memset(&err, 0, sizeof(err));
	st = shr_target_decode(bytes, len, t, &err);
	if (st != SHR_OK)
		shr_pg_recv_error(st, &err, "target");
	PG_RETURN_TARGET_P(t);
}

/* Binary output. */
Datum
target_send(PG_FUNCTION_ARGS)
{
	uint8		bytes[SHR_WIRE_TARGET_LEN];
	size_t		len = shr_target_encode(PG_GETARG_TARGET_P(0), bytes);

	PG_RETURN_BYTEA_P(shr_pg_send_bytes(bytes, len));
}

/* btree support: the core's total order, which never fails. */
Datum
target_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(shr_target_cmp(PG_GETARG_TARGET_P(0),
								   PG_GETARG_TARGET_P(1)));
}

/* The comparison operators agree with target_cmp, as the btree needs. */
Datum
target_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(shr_target_cmp(PG_GETARG_TARGET_P(0),
								  PG_GETARG_TARGET_P(1)) == 0);
}

Datum
target_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(shr_target_cmp(PG_GETARG_TARGET_P(0),
								  PG_GETARG_TARGET_P(1)) != 0);
}

Datum
target_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(shr_target_cmp(PG_GETARG_TARGET_P(0),
								  PG_GETARG_TARGET_P(1)) < 0);
}

Datum
target_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(shr_target_cmp(PG_GETARG_TARGET_P(0),
								  PG_GETARG_TARGET_P(1)) <= 0);
}

Datum
target_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(shr_target_cmp(PG_GETARG_TARGET_P(0),
								  PG_GETARG_TARGET_P(1)) > 0);
}

Datum
target_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(shr_target_cmp(PG_GETARG_TARGET_P(0),
								  PG_GETARG_TARGET_P(1)) >= 0);
}

/* Fill the hash key of t; equal targets give equal bytes. */
static void
target_hash_key(const ShrTarget *t, TargetHashKey *key)
{
	memset(key, 0, sizeof(*key));
	shr_target_hash_key(t, key->ends);
	key->bound = t->bound;
	key->commitment = t->commitment;
}

Datum
target_hash(PG_FUNCTION_ARGS)
{
	TargetHashKey key;

	target_hash_key(PG_GETARG_TARGET_P(0), &key);
	return hash_any((const unsigned char *) &key, sizeof(key));
}

Datum
target_hash_extended(PG_FUNCTION_ARGS)
{
	TargetHashKey key;

	target_hash_key(PG_GETARG_TARGET_P(0), &key);
	return hash_any_extended((const unsigned char *) &key, sizeof(key),
							 PG_GETARG_INT64(1));
}

/* The kind of bound: eq, ge, gt, le, lt, approx or range. */
Datum
target_bound(PG_FUNCTION_ARGS)
{
	ShrTarget  *t = PG_GETARG_TARGET_P(0);
	const char *name = shr_bound_name(t->bound);

	if (name == NULL)
		elog(ERROR, "target has unknown bound %d", t->bound);
	PG_RETURN_TEXT_P(cstring_to_text(name));
}

/* The lower end, or NULL when the target has no floor. */
Datum
target_lower(PG_FUNCTION_ARGS)
{
	ShrQuantity *q = palloc0(sizeof(ShrQuantity));

	if (!shr_target_lower(PG_GETARG_TARGET_P(0), q))
		PG_RETURN_NULL();
	PG_RETURN_QUANTITY_P(q);
}

/* The upper end, or NULL when the target has no ceiling. */
Datum
target_upper(PG_FUNCTION_ARGS)
{
	ShrQuantity *q = palloc0(sizeof(ShrQuantity));

	if (!shr_target_upper(PG_GETARG_TARGET_P(0), q))
		PG_RETURN_NULL();
	PG_RETURN_QUANTITY_P(q);
}

/* The commitment word (力争, 确保, 争取), or NULL when there is none. */
Datum
target_commitment(PG_FUNCTION_ARGS)
{
	const char *word = shr_commitment_word(PG_GETARG_TARGET_P(0)->commitment);

	if (word == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(shr_pg_utf8_text(word));
}

/*
 * Does q meet t?  Reads shreport.approx_tolerance, hence STABLE.  Across
 * dimensions the answer is unknown (*isnull): neither true nor false, as
 * "no" would be a wrong answer to a question that cannot be asked, and not
 * an error, so that a filter over a column of mixed units (or a plan that
 * tests @> before the dimension) does not fail.
 */
static bool
target_meets(const ShrTarget *t, const ShrQuantity *q, bool *isnull)
{
	bool		result = false;
	ShrError	err;
	ShrStatus	st;

	memset(&err, 0, sizeof(err));
	st = shr_target_contains(t, q, shr_pg_tolerance(), &result, &err);
	*isnull = (st == SHR_EDIMENSION);
	if (st != SHR_OK && st != SHR_EDIMENSION)
		shr_pg_op_error(st, &err, "target");
	return result;
}

Datum
target_contains(PG_FUNCTION_ARGS)
{
	bool		result = target_meets(PG_GETARG_TARGET_P(0),
									  PG_GETARG_QUANTITY_P(1), &fcinfo->isnull);

	PG_RETURN_BOOL(result);
}

Datum
quantity_contained(PG_FUNCTION_ARGS)
{
	bool		result = target_meets(PG_GETARG_TARGET_P(1),
									  PG_GETARG_QUANTITY_P(0), &fcinfo->isnull);

	PG_RETURN_BOOL(result);
}

/*
 * q minus the nearest bound of t, in t's unit: positive means above it;
 * NULL across dimensions.
 */
Datum
target_gap(PG_FUNCTION_ARGS)
{
	ShrTarget  *t = PG_GETARG_TARGET_P(0);
	ShrQuantity *q = PG_GETARG_QUANTITY_P(1);
	ShrQuantity *r = palloc0(sizeof(ShrQuantity));
	ShrError	err;
	ShrStatus	st;

	memset(&err, 0, sizeof(err));
	st = shr_target_gap(t, q, r, &err);
	/* across dimensions there is no gap to tell, as @> has no answer */
	if (st == SHR_EDIMENSION)
		PG_RETURN_NULL();
	if (st != SHR_OK)
		shr_pg_op_error(st, &err, "target");
	PG_RETURN_QUANTITY_P(r);
}
