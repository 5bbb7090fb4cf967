/*
 * shr_common.c
 *		Recording an error report (see shr_common.h).
 */
#include <stdarg.h>
#include <stdio.h>

#include "shr_common.h"

/*
 * Format the detail into err.  A detail cut short by the buffer is trimmed
 * back to a whole UTF-8 character, since it ends up in a server message.
 */
ShrStatus
shr_fail(ShrError *err, ShrStatus status, const char *fmt,...)
{
	va_list		ap;
	int			n;
	size_t		end;

	if (err == NULL)
		return status;
	err->status = status;
	va_start(ap, fmt);
	n = vsnprintf(err->detail, SHR_DETAIL_LEN, fmt, ap);
	va_end(ap);
	if (n < 0)
	{
		err->detail[0] = '\0';
		return status;
	}
	if ((size_t) n >= SHR_DETAIL_LEN)
	{
		end = SHR_DETAIL_LEN - 1;
		/* back off over continuation bytes, then drop the cut lead byte */
		while (end > 0 && ((unsigned char) err->detail[end - 1] & 0xC0) == 0x80)
			end--;
		if (end > 0 && ((unsigned char) err->detail[end - 1] & 0x80) != 0)
			end--;
		err->detail[end] = '\0';
	}
	return status;
}
