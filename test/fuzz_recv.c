/*
 * fuzz_recv.c
 *		libFuzzer target for the binary input of both types: any byte string
 *		given to the quantity and target decoders must either decode or fail
 *		with a reason, and what decodes must encode to the same bytes, equal
 *		itself, and print and re-parse as text to an equal value with the
 *		same hash key.
 */
#include <stdlib.h>
#include <string.h>

#include "types/wire.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * Decode data as a target, or as a quantity (in t.lo) when !target, and
 * check what decodes; abort() is the failure libFuzzer sees.
 */
static void
check(const uint8_t *data, size_t size, bool target)
{
	ShrTarget	t;
	ShrTarget	t2;
	ShrHashKey	k1[2];
	ShrHashKey	k2[2];
	uint8_t		bytes[SHR_WIRE_TARGET_LEN];
	char		buf[SHR_TARGET_BUFLEN];
	ShrError	err;
	ShrStatus	st;
	size_t		n;

	memset(&err, 0, sizeof(err));
	memset(&t2, 0, sizeof(t2));
	memset(k1, 0, sizeof(k1));
	memset(k2, 0, sizeof(k2));
	st = target ? shr_target_decode(data, size, &t, &err)
		: shr_quantity_decode(data, size, &t.lo, &err);
	if (st != SHR_OK)
	{
		if (err.status != st || err.detail[0] == '\0')
			abort();
		return;
	}

	n = target ? shr_target_encode(&t, bytes) : shr_quantity_encode(&t.lo, bytes);
	if (n != size || memcmp(bytes, data, size) != 0)
		abort();
	if ((target ? shr_target_cmp(&t, &t) : shr_quantity_cmp(&t.lo, &t.lo)) != 0)
		abort();

	n = target ? shr_target_format(&t, buf, sizeof(buf))
		: shr_quantity_format(&t.lo, buf, sizeof(buf));
	st = target ? shr_target_parse(buf, n, &t2, &err)
		: shr_quantity_parse(buf, n, &t2.lo, &err);
	if (st != SHR_OK)
		abort();
	if ((target ? shr_target_cmp(&t, &t2) : shr_quantity_cmp(&t.lo, &t2.lo)) != 0)
		abort();
	if (target)
	{
		shr_target_hash_key(&t, k1);
		shr_target_hash_key(&t2, k2);
	}
	else
	{
		shr_quantity_hash_key(&t.lo, &k1[0]);
		shr_quantity_hash_key(&t2.lo, &k2[0]);
	}
	if (memcmp(k1, k2, sizeof(k1)) != 0)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check(data, size, false);
	check(data, size, true);
	return 0;
}
