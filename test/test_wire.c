/*
 * test_wire.c
 *		Unit tests of the binary format: round trips of both types, the
 *		bytes the format is pinned to, and every way a decoder rejects input.
 */
#include <stdlib.h>

#include "unit.h"
#include "types/wire.h"

#define Q(s) unit_quantity(s)
#define T(s) unit_target(s)

/* Bytes as lower-case hex, for comparing with the regression output. */
static const char *
hex(const uint8_t *b, size_t n)
{
	static char buf[2 * SHR_WIRE_TARGET_LEN + 1];
	size_t		i;

	for (i = 0; i < n && 2 * i + 2 < sizeof(buf); i++)
		snprintf(buf + 2 * i, 3, "%02x", b[i]);
	buf[2 * i] = '\0';
	return buf;
}

/*
 * Decode b[0..n) as a target, or as a quantity when !target, and check that
 * it is rejected with status want, a full-sentence detail (detail itself
 * unless NULL), and a zeroed value.
 */
static void
decode_bad(bool target, const uint8_t *b, size_t n, ShrStatus want,
		   const char *detail)
{
	static const uint8_t zero[sizeof(ShrTarget)];
	ShrTarget	t;
	ShrError	err;
	ShrStatus	st;
	size_t		len;

	memset(&err, 0, sizeof(err));
	memset(&t, 0x55, sizeof(t));
	st = target ? shr_target_decode(b, n, &t, &err)
		: shr_quantity_decode(b, n, &t.lo, &err);
	len = strlen(err.detail);
	CHECK(st == want);
	CHECK(err.status == want);
	CHECK(len > 0 && err.detail[len - 1] == '.');
	if (detail != NULL)
		CHECK_STR(err.detail, detail);
	CHECK(memcmp(&t, zero, target ? sizeof(t) : sizeof(t.lo)) == 0);
}

#define quantity_bad(b, n, want, detail) decode_bad(false, b, n, want, detail)
#define target_bad(b, n, want, detail) decode_bad(true, b, n, want, detail)

/*
 * Parse s as a target (or a quantity, when !target), encode it, decode it,
 * and get the same value and the same bytes back.
 */
static void
round_trip(bool target, const char *s)
{
	ShrTarget	t;
	ShrTarget	r;
	uint8_t		b[SHR_WIRE_TARGET_LEN];
	uint8_t		b2[SHR_WIRE_TARGET_LEN];
	size_t		n;
	ShrError	err;

	memset(&t, 0, sizeof(t));
	memset(&r, 0, sizeof(r));
	if (target)
		t = T(s);
	else
		t.lo = Q(s);
	n = target ? shr_target_encode(&t, b) : shr_quantity_encode(&t.lo, b);
	CHECK(n == (target ? SHR_WIRE_TARGET_LEN : SHR_WIRE_QUANTITY_LEN));
	CHECK(b[0] == SHR_WIRE_VERSION);
	CHECK((target ? shr_target_decode(b, n, &r, &err)
		   : shr_quantity_decode(b, n, &r.lo, &err)) == SHR_OK);
	CHECK(memcmp(&t, &r, sizeof(t)) == 0);
	if (target)
		shr_target_encode(&r, b2);
	else
		shr_quantity_encode(&r.lo, b2);
	CHECK(memcmp(b, b2, n) == 0);
}

static void
test_round_trips(void)
{
	static const char *const quantities[] = {
		"9.2万亿元", "-5%", "42", "0", "0.000元", "1.5亩", "5.0%", "三千五百万元",
		"-999999999999999999吨", "999999999999999999万亿元", "12个百分点",
		"0.000000000000000001千克标准煤", "百分之五", "7‰", "20万人次"
	};
	static const char *const targets[] = {
		"5%以上", "超过9500家", "3%以内", "低于3%", "3%左右", "5%-5.5%",
		"6-6.5%", "3000-5000万元", "3000-5000万", "5万-6亿", "5-6", "力争突破20亿吨",
		"确保5%以上", "争取-3%--1%", "9.2万亿元", "1吨-2000斤"
	};
	size_t		i;

	for (i = 0; i < sizeof(quantities) / sizeof(quantities[0]); i++)
		round_trip(false, quantities[i]);
	for (i = 0; i < sizeof(targets) / sizeof(targets[0]); i++)
		round_trip(true, targets[i]);
}

/* The bytes of existing binary data: these must never change meaning. */
static void
test_pinned_bytes(void)
{
	uint8_t		b[SHR_WIRE_TARGET_LEN];
	ShrQuantity q;
	ShrTarget	t;

	q = Q("9.2万亿元");
	CHECK_STR(hex(b, shr_quantity_encode(&q, b)), "01000000000000005c000b00060c");
	q = Q("-5%");
	CHECK_STR(hex(b, shr_quantity_encode(&q, b)), "01fffffffffffffffb0000000100");
	q = Q("42");
	CHECK_STR(hex(b, shr_quantity_encode(&q, b)), "01000000000000002a0000000000");
	t = T("力争5%-5.5%");
	CHECK_STR(hex(b, shr_target_encode(&t, b)),
			  "01000000000000000500000001000000000000000037ffff0001000601");
	t = T("3%左右");
	CHECK_STR(hex(b, shr_target_encode(&t, b)),
			  "0100000000000000030000000100000000000000000000000000000500");
}

/* The length and version of the value, checked before any field. */
static void
test_frame(void)
{
	static const struct
	{
		bool		target;
		size_t		len;
		uint8_t		version;
		const char *detail;
	}			cases[] = {
		{false, 0, 1, "The value is empty."},
		{true, 0, 1, "The value is empty."},
		{false, 1, 1, "A quantity takes 14 bytes in binary format, not 1."},
		{false, 9, 1, "A quantity takes 14 bytes in binary format, not 9."},
		{false, 15, 1, "A quantity takes 14 bytes in binary format, not 15."},
		{false, 29, 1, "A quantity takes 14 bytes in binary format, not 29."},
		{false, 14, 2, "Binary format version 2 is not supported."},
		/* a later version is named as such whatever its length */
		{false, 3, 2, "Binary format version 2 is not supported."},
		{true, 14, 1, "A target takes 29 bytes in binary format, not 14."},
		{true, 28, 1, "A target takes 29 bytes in binary format, not 28."},
		{true, 30, 1, "A target takes 29 bytes in binary format, not 30."},
		{true, 29, 0, "Binary format version 0 is not supported."},
		{true, 1, 255, "Binary format version 255 is not supported."},
	};
	ShrTarget	t = T("5%以上");
	uint8_t		b[SHR_WIRE_TARGET_LEN + 1];
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		memset(b, 0, sizeof(b));
		if (cases[i].target)
			shr_target_encode(&t, b);
		else
			shr_quantity_encode(&t.lo, b);
		b[0] = cases[i].version;
		decode_bad(cases[i].target, cases[i].len > 0 ? b : NULL, cases[i].len,
				   SHR_ESYNTAX, cases[i].detail);
	}
}

/* Encode q after a change made by the caller to its fields. */
static void
put_quantity(uint8_t *b, int64_t coef, int exp, int unit, int mag)
{
	ShrQuantity q;

	memset(&q, 0, sizeof(q));
	q.coef = coef;
	q.exp = (int16_t) exp;
	q.unit = (uint16_t) unit;
	q.mag = (uint8_t) mag;
	shr_quantity_encode(&q, b);
}

static void
test_quantity_fields(void)
{
	uint8_t		b[SHR_WIRE_QUANTITY_LEN];
	ShrQuantity q;
	ShrError	err;
	int			yuan = shr_unit_find("元", strlen("元"));

	CHECK(yuan > 0);

	put_quantity(b, 5, 0, 65535, 0);
	quantity_bad(b, sizeof(b), SHR_EVALUE, "The unit id 65535 is not in the catalogue.");
	put_quantity(b, 5, 0, shr_unit_count(), 0);
	quantity_bad(b, sizeof(b), SHR_EVALUE, NULL);
	put_quantity(b, 5, 0, yuan, 200);
	quantity_bad(b, sizeof(b), SHR_EVALUE, "The magnitude id 200 is not in the catalogue.");
	put_quantity(b, 5, 0, yuan, shr_magnitude_count());
	quantity_bad(b, sizeof(b), SHR_EVALUE, NULL);
	put_quantity(b, INT64_C(1000000000000000000), 0, yuan, 0);
	quantity_bad(b, sizeof(b), SHR_EOVERFLOW,
				 "The number has more than 18 significant digits.");
	put_quantity(b, INT64_MIN, 0, yuan, 0);
	quantity_bad(b, sizeof(b), SHR_EOVERFLOW, NULL);
	put_quantity(b, INT64_MAX, 0, yuan, 0);
	quantity_bad(b, sizeof(b), SHR_EOVERFLOW, NULL);
	put_quantity(b, 5, 121, yuan, 0);
	quantity_bad(b, sizeof(b), SHR_EOVERFLOW,
				 "The value is out of the range a quantity can hold.");
	put_quantity(b, 5, -121, yuan, 0);
	quantity_bad(b, sizeof(b), SHR_EOVERFLOW, NULL);
	put_quantity(b, 5, 32767, yuan, 0);
	quantity_bad(b, sizeof(b), SHR_EOVERFLOW, NULL);
	put_quantity(b, 5, -32768, yuan, 0);
	quantity_bad(b, sizeof(b), SHR_EOVERFLOW, NULL);

	/* the edges of the range decode */
	put_quantity(b, -INT64_C(999999999999999999), 120, yuan, 0);
	CHECK(shr_quantity_decode(b, sizeof(b), &q, &err) == SHR_OK);
	put_quantity(b, INT64_C(999999999999999999), -120, yuan, 0);
	CHECK(shr_quantity_decode(b, sizeof(b), &q, &err) == SHR_OK);
	put_quantity(b, 0, -120, 0, 0);
	CHECK(shr_quantity_decode(b, sizeof(b), &q, &err) == SHR_OK);
}

/* The id of a magnitude word. */
static int
magnitude_id(const char *word)
{
	int			i;

	for (i = 0; i < shr_magnitude_count(); i++)
		if (strcmp(shr_magnitude(i)->word, word) == 0)
			return i;
	CHECK(!"no such magnitude word");
	return 0;
}

/* Set the fields of one end of an encoded target. */
static void
put_end(uint8_t *b, int which, int64_t coef, int exp, int unit, int mag)
{
	uint8_t		q[SHR_WIRE_QUANTITY_LEN];

	put_quantity(q, coef, exp, unit, mag);
	memcpy(b + 1 + which * SHR_WIRE_FIELDS_LEN, q + 1, SHR_WIRE_FIELDS_LEN);
}

static void
test_target_fields(void)
{
	uint8_t		b[SHR_WIRE_TARGET_LEN];
	ShrTarget	t = T("5%以上");
	ShrTarget	r = T("5%-6%");
	ShrTarget	bare = T("5-6");
	ShrTarget	x;
	ShrError	err;
	int			ton = shr_unit_find("吨", strlen("吨"));
	int			wan = magnitude_id("万");

	shr_target_encode(&t, b);
	b[27] = 9;
	target_bad(b, sizeof(b), SHR_EVALUE,
			   "The bound 9 is not one of eq, ge, gt, le, lt, approx, range.");
	shr_target_encode(&t, b);
	b[27] = SHR_BOUND_RANGE + 1;
	target_bad(b, sizeof(b), SHR_EVALUE, NULL);
	shr_target_encode(&t, b);
	b[28] = 9;
	target_bad(b, sizeof(b), SHR_EVALUE, "The commitment 9 is not 力争, 确保 or 争取.");
	shr_target_encode(&t, b);
	b[28] = SHR_COMMIT_ZHENGQU + 1;
	target_bad(b, sizeof(b), SHR_EVALUE, NULL);

	/* a bad stated value, and a bad high end of a range */
	shr_target_encode(&t, b);
	put_end(b, 0, 5, 0, 65535, 0);
	target_bad(b, sizeof(b), SHR_EVALUE, "The unit id 65535 is not in the catalogue.");
	shr_target_encode(&t, b);
	put_end(b, 0, 5, 121, t.lo.unit, 0);
	target_bad(b, sizeof(b), SHR_EOVERFLOW, NULL);
	shr_target_encode(&r, b);
	put_end(b, 1, 6, 0, r.hi.unit, 200);
	target_bad(b, sizeof(b), SHR_EVALUE, "The magnitude id 200 is not in the catalogue.");
	shr_target_encode(&r, b);
	put_end(b, 1, INT64_MIN, 0, r.hi.unit, 0);
	target_bad(b, sizeof(b), SHR_EOVERFLOW, NULL);

	/* only a range has a high end */
	shr_target_encode(&t, b);
	put_end(b, 1, 6, 0, t.lo.unit, 0);
	target_bad(b, sizeof(b), SHR_EVALUE, "Only a range has a high end.");
	shr_target_encode(&t, b);
	b[1 + 2 * SHR_WIRE_FIELDS_LEN - 1] = 1;	/* the high end's magnitude id */
	target_bad(b, sizeof(b), SHR_EVALUE, "Only a range has a high end.");

	/* a range: low end first, one dimension */
	shr_target_encode(&r, b);
	put_end(b, 0, 7, 0, r.lo.unit, 0);
	target_bad(b, sizeof(b), SHR_EVALUE,
			   "The low end of the range, 7%, is above its high end, 6%.");
	shr_target_encode(&r, b);
	put_end(b, 1, 6, 0, ton, 0);
	target_bad(b, sizeof(b), SHR_EDIMENSION, "\"%\" is percent and \"吨\" is mass.");
	shr_target_encode(&r, b);
	put_end(b, 0, 6, 0, r.lo.unit, 0);
	CHECK(shr_target_decode(b, sizeof(b), &x, &err) == SHR_OK);	/* 6%-6% */

	/*
	 * Bare ends: text gives the low end the high end's magnitude word
	 * (5-6万 is 5万-6万) and does not read 5万-60000 as a range, so a
	 * range of bare numbers has the word on both ends or on neither.
	 */
	shr_target_encode(&bare, b);
	put_end(b, 1, 6, 4, SHR_UNIT_NONE, wan);
	target_bad(b, sizeof(b), SHR_EVALUE,
			   "A range of bare numbers has a magnitude word on both ends or on neither.");
	shr_target_encode(&bare, b);
	put_end(b, 0, 5, 4, SHR_UNIT_NONE, wan);
	put_end(b, 1, 6, 4, SHR_UNIT_NONE, SHR_MAG_NONE);
	target_bad(b, sizeof(b), SHR_EVALUE, NULL);
	shr_target_encode(&bare, b);
	put_end(b, 0, 5, 4, SHR_UNIT_NONE, wan);
	put_end(b, 1, 6, 8, SHR_UNIT_NONE, magnitude_id("亿"));
	CHECK(shr_target_decode(b, sizeof(b), &x, &err) == SHR_OK);	/* 5万-6亿 */
}

int
main(void)
{
	test_round_trips();
	test_pinned_bytes();
	test_frame();
	test_quantity_fields();
	test_target_fields();
	return unit_done("test_wire");
}
