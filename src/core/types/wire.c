/*
 * wire.c
 *		Encoding and decoding the binary format of quantities and targets.
 *
 * Binary input reaches the same values as text input and no others: a
 * decoded value passes the checks that text input implies, so that it
 * prints, re-reads and compares like any other.
 */
#include <string.h>

#include "types/wire.h"

/* Store v at buf in network byte order, n bytes wide. */
static void
put_be(uint8_t *buf, uint64_t v, int n)
{
	int			i;

	for (i = n - 1; i >= 0; i--)
	{
		buf[i] = (uint8_t) (v & 0xFF);
		v >>= 8;
	}
}

/* Read an n-byte unsigned integer in network byte order. */
static uint64_t
get_be(const uint8_t *buf, int n)
{
	uint64_t	v = 0;
	int			i;

	for (i = 0; i < n; i++)
		v = (v << 8) | buf[i];
	return v;
}

/* One quantity's fields, as both formats and the aggregate state hold them. */
void
shr_wire_put_fields(const ShrQuantity *q, uint8_t *buf)
{
	put_be(buf, (uint64_t) q->coef, 8);
	put_be(buf + 8, (uint16_t) q->exp, 2);
	put_be(buf + 10, q->unit, 2);
	buf[12] = q->mag;
}

/*
 * Read one quantity's fields; the signed ones are rebuilt from their bit
 * patterns, since converting an out-of-range unsigned value is not portable.
 */
void
shr_wire_get_fields(const uint8_t *buf, ShrQuantity *q)
{
	uint64_t	coef = get_be(buf, 8);
	uint16_t	exp = (uint16_t) get_be(buf + 8, 2);

	memset(q, 0, sizeof(*q));
	memcpy(&q->coef, &coef, sizeof(q->coef));
	memcpy(&q->exp, &exp, sizeof(q->exp));
	q->unit = (uint16_t) get_be(buf + 10, 2);
	q->mag = buf[12];
}

/* A quantity as quantity_send writes it. */
size_t
shr_quantity_encode(const ShrQuantity *q, uint8_t *buf)
{
	buf[0] = SHR_WIRE_VERSION;
	shr_wire_put_fields(q, buf + 1);
	return SHR_WIRE_QUANTITY_LEN;
}

/* A target as target_send writes it: both ends, even the unused one. */
size_t
shr_target_encode(const ShrTarget *t, uint8_t *buf)
{
	buf[0] = SHR_WIRE_VERSION;
	shr_wire_put_fields(&t->lo, buf + 1);
	shr_wire_put_fields(&t->hi, buf + 1 + SHR_WIRE_FIELDS_LEN);
	buf[1 + 2 * SHR_WIRE_FIELDS_LEN] = t->bound;
	buf[2 + 2 * SHR_WIRE_FIELDS_LEN] = t->commitment;
	return SHR_WIRE_TARGET_LEN;
}

/*
 * Decode a target, or (when !target) a quantity into out->lo.  The version
 * is checked before the length, so that a value of a later version says so
 * rather than that its length is wrong; the value is built in a local, so
 * that a caller never sees half of one.
 */
static ShrStatus
decode(const uint8_t *buf, size_t len, bool target, ShrTarget *out,
	   ShrError *err)
{
	size_t		want = target ? SHR_WIRE_TARGET_LEN : SHR_WIRE_QUANTITY_LEN;
	ShrTarget	t;
	ShrStatus	st;

	memset(out, 0, sizeof(*out));
	if (len == 0)
		return shr_fail(err, SHR_ESYNTAX, "The value is empty.");
	if (buf[0] != SHR_WIRE_VERSION)
		return shr_fail(err, SHR_ESYNTAX,
						"Binary format version %d is not supported.", buf[0]);
	if (len != want)
		return shr_fail(err, SHR_ESYNTAX,
						"A %s takes %lu bytes in binary format, not %lu.",
						target ? "target" : "quantity",
						(unsigned long) want, (unsigned long) len);
	memset(&t, 0, sizeof(t));
	shr_wire_get_fields(buf + 1, &t.lo);
	if (target)
	{
		shr_wire_get_fields(buf + 1 + SHR_WIRE_FIELDS_LEN, &t.hi);
		t.bound = buf[1 + 2 * SHR_WIRE_FIELDS_LEN];
		t.commitment = buf[2 + 2 * SHR_WIRE_FIELDS_LEN];
		st = shr_target_validate(&t, err);
	}
	else
		st = shr_quantity_validate(&t.lo, err);
	if (st == SHR_OK)
		*out = t;
	return st;
}

/* A quantity from binary input, checked as text input would be. */
ShrStatus
shr_quantity_decode(const uint8_t *buf, size_t len, ShrQuantity *out,
					ShrError *err)
{
	ShrTarget	t;
	ShrStatus	st = decode(buf, len, false, &t, err);

	*out = t.lo;
	return st;
}

/* A target from binary input, checked as text input would be. */
ShrStatus
shr_target_decode(const uint8_t *buf, size_t len, ShrTarget *out,
				  ShrError *err)
{
	return decode(buf, len, true, out, err);
}
