/*
 * metrics.c
 *		SQL functions behind the metric catalogue: the normal form of a
 *		metric (shreport.metric_normalize) and the hardness of a target
 *		(hardness()).  The rules are the core's (metricnorm.c).
 */
#include "shr_pg.h"

#include "utils/builtins.h"

#include "types/metricnorm.h"
#include "report_pg.h"

PG_FUNCTION_INFO_V1(shr_metric_normalize_sql);
PG_FUNCTION_INFO_V1(target_hardness);

/* shreport.metric_normalize(text): the form aliases are kept in. */
Datum
shr_metric_normalize_sql(PG_FUNCTION_ARGS)
{
	char	   *s = shr_pg_text_to_utf8(PG_GETARG_TEXT_PP(0));
	size_t		len = strlen(s);
	char	   *buf = palloc(len + 1);

	shr_metric_normalize(s, len, buf);
	PG_RETURN_DATUM(shr_pg_text_datum(buf));
}

/* hardness(target): hard, soft, ceiling, range or point. */
Datum
target_hardness(PG_FUNCTION_ARGS)
{
	ShrTarget  *t = PG_GETARG_TARGET_P(0);
	const char *name = shr_hardness_name(shr_target_hardness(t));

	if (name == NULL)
		elog(ERROR, "target has unknown hardness");
	PG_RETURN_TEXT_P(cstring_to_text(name));
}
