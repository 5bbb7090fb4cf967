/*
 * wire.h
 *		The binary format of the quantity and target types (send and receive).
 *
 * A value is a version byte, then its fields in network byte order.  One
 * quantity's fields are the coefficient (int8), the exponent (int2), the
 * unit id (uint2) and the magnitude id (uint1); a target is the fields of
 * its two ends, then its bound and its commitment (one byte each).  Stored
 * and dumped values are in this format, so it only changes with a new
 * version byte, and decoders keep reading the old ones.
 */
#ifndef SHR_WIRE_H
#define SHR_WIRE_H

#include "types/target.h"

#define SHR_WIRE_VERSION 1

/* Bytes of one quantity's fields, without the version byte. */
#define SHR_WIRE_FIELDS_LEN 13

#define SHR_WIRE_QUANTITY_LEN (1 + SHR_WIRE_FIELDS_LEN)
#define SHR_WIRE_TARGET_LEN (1 + 2 * SHR_WIRE_FIELDS_LEN + 2)

/*
 * The fields of one quantity at buf[0..SHR_WIRE_FIELDS_LEN), unchecked:
 * for formats of the caller's own, such as an aggregate's state.
 */
extern void shr_wire_put_fields(const ShrQuantity *q, uint8_t *buf);
extern void shr_wire_get_fields(const uint8_t *buf, ShrQuantity *q);

/* Encode into buf (SHR_WIRE_QUANTITY_LEN bytes); returns the length. */
extern size_t shr_quantity_encode(const ShrQuantity *q, uint8_t *buf);

/*
 * Decode buf[0..len), which must be exactly one value, and check it as
 * strictly as text input.  A bad length or version is SHR_ESYNTAX, an
 * out-of-range number SHR_EOVERFLOW, any other bad field SHR_EVALUE or
 * SHR_EDIMENSION; *out is all zero then.
 */
extern ShrStatus shr_quantity_decode(const uint8_t *buf, size_t len,
									 ShrQuantity *out, ShrError *err);

/* The same for a target (SHR_WIRE_TARGET_LEN bytes). */
extern size_t shr_target_encode(const ShrTarget *t, uint8_t *buf);
extern ShrStatus shr_target_decode(const uint8_t *buf, size_t len,
								   ShrTarget *out, ShrError *err);

#endif							/* SHR_WIRE_H */
