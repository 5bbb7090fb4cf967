#!/bin/bash
# reference.sh [check]: the SQL reference of the extension (doc/reference.md),
# made from the catalogue of a throwaway database: every schema, type,
# function, aggregate, operator, cast, table and view with its comment, and
# the columns of every table and view.  Run as test/with-cluster.sh
# test/reference.sh after make install: it prints the reference; with
# "check" it compares it with doc/reference.md instead and prints one line
# "reference: N passed, N failed" (make test), so the file cannot drift
# from what the extension installs.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
DB=shreport_reference

dropdb --if-exists "$DB" >/dev/null 2>&1
createdb "$DB" || exit 1
psql -X -q -d "$DB" -c "SET client_min_messages = warning; CREATE EXTENSION shreport CASCADE" || exit 1

generate() {
	echo "# shreport SQL reference"
	echo
	echo "Every object \`CREATE EXTENSION shreport\` installs, with its comment, as the catalogue"
	echo "holds them (made by \`make reference\`; \`make test\` fails when this file is out of date)."
	psql -X -q -A -t -d "$DB" -v ON_ERROR_STOP=1 <<'SQL'
WITH ext AS (
	SELECT classid, objid FROM pg_depend
	 WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
	   AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'shreport')
	UNION ALL
	SELECT 'pg_namespace'::regclass, extnamespace FROM pg_extension WHERE extname = 'shreport'
), esc AS (
	SELECT classid, objid,
		   CASE WHEN objid = (SELECT extnamespace FROM pg_extension WHERE extname = 'shreport')
				THEN 'the schema CREATE EXTENSION names (public by default, as here): the types, their operators, operator classes, casts, aggregates and functions; written without a schema below'
				ELSE replace(coalesce(obj_description(objid, classid::regclass::name), ''), '|', '\|')
		   END AS note
	  FROM ext
)
SELECT E'\n## Schemas\n\n| schema | what |\n|---|---|\n' ||
	   string_agg(format('| `%s` | %s |', n.nspname, e.note), E'\n' ORDER BY n.nspname)
  FROM esc e JOIN pg_namespace n ON n.oid = e.objid WHERE e.classid = 'pg_namespace'::regclass
UNION ALL
SELECT E'\n## Types\n\n| type | what |\n|---|---|\n' ||
	   string_agg(format('| `%s` | %s |', e.objid::regtype, e.note), E'\n' ORDER BY e.objid::regtype::text)
  FROM esc e WHERE e.classid = 'pg_type'::regclass
UNION ALL
SELECT E'\n## Functions and aggregates\n\n| function | returns | labels | what |\n|---|---|---|---|\n' ||
	   string_agg(format('| `%s` | `%s` | %s | %s |', p.oid::regprocedure,
						 pg_get_function_result(p.oid),
						 concat_ws(' ', CASE p.prokind WHEN 'a' THEN 'aggregate' END,
								   CASE p.provolatile WHEN 'i' THEN 'immutable' WHEN 's' THEN 'stable' ELSE 'volatile' END,
								   CASE WHEN p.proisstrict THEN 'strict' END,
								   CASE p.proparallel WHEN 's' THEN 'parallel safe' WHEN 'r' THEN 'parallel restricted' ELSE 'parallel unsafe' END),
						 e.note), E'\n' ORDER BY p.oid::regprocedure::text)
  FROM esc e JOIN pg_proc p ON p.oid = e.objid WHERE e.classid = 'pg_proc'::regclass
UNION ALL
SELECT E'\n## Operators\n\n| operator | returns | what |\n|---|---|---|\n' ||
	   string_agg(format('| `%s` | `%s` | %s |', o.oid::regoperator, o.oprresult::regtype, e.note),
				  E'\n' ORDER BY o.oid::regoperator::text)
  FROM esc e JOIN pg_operator o ON o.oid = e.objid WHERE e.classid = 'pg_operator'::regclass
UNION ALL
SELECT E'\n## Casts\n\n| cast | what |\n|---|---|\n' ||
	   string_agg(format('| `%s` → `%s` | %s |', c.castsource::regtype, c.casttarget::regtype, e.note),
				  E'\n' ORDER BY c.castsource::regtype::text, c.casttarget::regtype::text)
  FROM esc e JOIN pg_cast c ON c.oid = e.objid WHERE e.classid = 'pg_cast'::regclass
UNION ALL
SELECT E'\n## Operator classes\n\n| operator class | what |\n|---|---|\n' ||
	   string_agg(format('| `%s` (%s) | %s |', c.opcname, a.amname, e.note), E'\n' ORDER BY c.opcname, a.amname)
  FROM esc e JOIN pg_opclass c ON c.oid = e.objid JOIN pg_am a ON a.oid = c.opcmethod
 WHERE e.classid = 'pg_opclass'::regclass
UNION ALL
SELECT E'\n## Tables and views\n\n' ||
	   string_agg(format(E'### `%s` (%s)\n\n%s\n\n| column | type | what |\n|---|---|---|\n%s\n',
						 r.oid::regclass, CASE r.relkind WHEN 'v' THEN 'view' WHEN 'S' THEN 'sequence' ELSE 'table' END,
						 e.note,
						 (SELECT string_agg(format('| `%s` | `%s` | %s |', a.attname,
												   format_type(a.atttypid, a.atttypmod),
												   replace(coalesce(col_description(r.oid, a.attnum), ''), '|', '\|')),
											E'\n' ORDER BY a.attnum)
							FROM pg_attribute a
						   WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped)),
				  E'\n' ORDER BY r.relkind DESC, r.oid::regclass::text)
  FROM esc e JOIN pg_class r ON r.oid = e.objid
 WHERE e.classid = 'pg_class'::regclass AND r.relkind IN ('r', 'v');
SQL
}

status=0
if [ "${1:-}" = check ]; then
	if generate | diff -u doc/reference.md - >/dev/null; then
		echo "reference: 1 passed, 0 failed"
	else
		generate | diff -u doc/reference.md - | head -n 20
		echo "doc/reference.md is out of date: run make reference"
		echo "reference: 0 passed, 1 failed"
		status=1
	fi
else
	generate || status=1
fi
dropdb "$DB" >/dev/null 2>&1
exit $status
