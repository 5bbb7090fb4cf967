/*
 * fuzz_types.c
 *		libFuzzer target for the type parsers: any byte string given to the
 *		quantity and target input functions and the amount scanner must either
 *		parse or fail cleanly, and what parses must print and re-parse to an
 *		equal value.
 */
#include <stdlib.h>
#include <string.h>

#include "types/target.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	ShrError	err;
	ShrQuantity q,
				q2;
	ShrTarget	t,
				t2;
	ShrScan		scan;
	char		buf[SHR_TARGET_BUFLEN];
	size_t		n;

	if (shr_quantity_parse(s, size, &q, &err) == SHR_OK)
	{
		n = shr_quantity_format(&q, buf, sizeof(buf));
		if (shr_quantity_parse(buf, n, &q2, &err) != SHR_OK ||
			shr_quantity_cmp(&q, &q2) != 0)
			abort();
	}
	if (shr_target_parse(s, size, &t, &err) == SHR_OK)
	{
		n = shr_target_format(&t, buf, sizeof(buf));
		if (shr_target_parse(buf, n, &t2, &err) != SHR_OK ||
			shr_target_cmp(&t, &t2) != 0)
			abort();
	}
	for (size_t i = 0; i < size; i++)
	{
		n = shr_amount_scan(s + i, size - i,
							SHR_SCAN_CHINESE | SHR_SCAN_RANGE | SHR_SCAN_SPACES,
							&scan, &err);
		if (n > size - i)
			abort();
	}
	return 0;
}
