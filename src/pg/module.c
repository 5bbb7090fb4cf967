/*
 * module.c
 *		The shared library's entry point: module magic and the settings it
 *		defines.
 */
#include "shr_pg.h"

#include "utils/guc.h"

PG_MODULE_MAGIC;

/* Relative tolerance of an "about" target (3%左右): 0.1 accepts 2.7% to 3.3%. */
double		shr_approx_tolerance = 0.1;

void		_PG_init(void);

/* Define the settings when the library is loaded. */
void
_PG_init(void)
{
	DefineCustomRealVariable("shreport.approx_tolerance",
							 "Relative tolerance within which a quantity satisfies an approximate target.",
							 "0.1 means that 3%左右 holds from 2.7% to 3.3%.",
							 &shr_approx_tolerance,
							 0.1,
							 0.0,
							 1.0,
							 PGC_USERSET,
							 0,
							 NULL,
							 NULL,
							 NULL);
#if PG_VERSION_NUM >= 150000
	MarkGUCPrefixReserved("shreport");
#else
	EmitWarningsOnPlaceholders("shreport");
#endif
}
