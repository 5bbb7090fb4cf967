/*
 * shr_pg.h
 *		Glue between the shreport core and the server: error reporting with
 *		the right SQLSTATE, a palloc allocator, numeric conversion and the
 *		fmgr accessors of the quantity and target types.
 */
#ifndef SHR_PG_H
#define SHR_PG_H

#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "nodes/nodes.h"
#include "utils/numeric.h"

#include "shr_common.h"
#include "types/number.h"
#include "types/quantity.h"
#include "types/target.h"
#include "types/wire.h"

/*
 * Soft errors: from PostgreSQL 16 an input function may be handed an error
 * context (pg_input_is_valid) and must then report into it instead of
 * throwing.  On 15 there is none and every failure throws.
 */
#if PG_VERSION_NUM >= 160000
#define SHR_ESCONTEXT(fcinfo)	((fcinfo)->context)
#else
#define SHR_ESCONTEXT(fcinfo)	((Node *) NULL)
#endif

/* fmgr accessors; both types are fixed-length and passed by reference. */
#define DatumGetQuantityP(d)		((ShrQuantity *) DatumGetPointer(d))
#define QuantityPGetDatum(p)		PointerGetDatum(p)
#define PG_GETARG_QUANTITY_P(n)		DatumGetQuantityP(PG_GETARG_DATUM(n))
#define PG_RETURN_QUANTITY_P(p)		return QuantityPGetDatum(p)

#define DatumGetTargetP(d)			((ShrTarget *) DatumGetPointer(d))
#define TargetPGetDatum(p)			PointerGetDatum(p)
#define PG_GETARG_TARGET_P(n)		DatumGetTargetP(PG_GETARG_DATUM(n))
#define PG_RETURN_TARGET_P(p)		return TargetPGetDatum(p)

/* shreport.approx_tolerance, defined in module.c. */
extern double shr_approx_tolerance;

/* An allocator that takes memory from the current memory context. */
extern ShrAllocator shr_pg_allocator(void);

/*
 * Report a failed text input of type typname.  Throws, unless escontext
 * collects soft errors (16+), in which case it returns and the caller
 * returns a dummy value.
 */
extern void shr_pg_input_error(ShrStatus status, const ShrError *err,
							   const char *typname, const char *input,
							   Node *escontext);

/* Report a failed binary input (recv) of type typname; never returns. */
extern void shr_pg_recv_error(ShrStatus status, const ShrError *err,
							  const char *typname) pg_attribute_noreturn();

/*
 * Report a failed operation on values of type typname (arithmetic,
 * conversion); never returns.  Dimension errors are reported by
 * shr_pg_dimension_error instead, which knows the operands.
 */
extern void shr_pg_op_error(ShrStatus status, const ShrError *err,
							const char *typname) pg_attribute_noreturn();

/*
 * Report that a and b have different dimensions; message is the primary
 * message ("cannot add quantities of different dimensions").
 */
extern void shr_pg_dimension_error(const char *message, int unit_a,
								   int unit_b) pg_attribute_noreturn();

/* A UTF-8 string from the core in the server encoding (maybe s itself). */
extern const char *shr_pg_from_utf8(const char *s);

/* A UTF-8 string from the core as a text datum in the server encoding. */
extern text *shr_pg_utf8_text(const char *s);

/*
 * Look up a unit given as text, optionally after a magnitude word (亿元),
 * setting *mag; an unknown unit is an error.
 */
extern int	shr_pg_unit_lookup(text *name, int dim, int *mag);

/* Exact conversions between numeric and ShrDecimal (via their text forms). */
extern Numeric shr_decimal_to_numeric(ShrDecimal d);
extern ShrDecimal shr_numeric_to_decimal(Numeric num);

/* The approx tolerance GUC as an exact decimal. */
extern ShrDecimal shr_pg_tolerance(void);

/*
 * The rest of a binary input message, which a recv function decodes whole;
 * the message counts as read.
 */
extern const uint8 *shr_pg_recv_bytes(StringInfo buf, size_t *len);

/* A bytea holding bytes[0..len), as a send function returns it. */
extern bytea *shr_pg_send_bytes(const uint8 *bytes, size_t len);

#endif							/* SHR_PG_H */
