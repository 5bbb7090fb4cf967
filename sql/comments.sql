--
-- comments: every object of the extension says what it is (BI tools and
-- \d+ show the comments to users)
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS shreport CASCADE;
RESET client_min_messages;

-- members of the extension without a comment, by kind: none
SELECT dep.classid::regclass AS kind, pg_describe_object(dep.classid, dep.objid, 0) AS object
  FROM pg_depend dep
 WHERE dep.refclassid = 'pg_extension'::regclass
   AND dep.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'shreport')
   AND dep.deptype = 'e'
   AND obj_description(dep.objid, dep.classid::regclass::name) IS NULL
 ORDER BY 1, 2;
-- columns of its tables and views without one: none
SELECT c.oid::regclass AS relation, a.attname AS column_name
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
 WHERE c.relnamespace IN ('shreport'::regnamespace, 'shreport_bi'::regnamespace)
   AND c.relkind IN ('r', 'v')
   AND a.attnum > 0 AND NOT a.attisdropped
   AND col_description(c.oid, a.attnum) IS NULL
 ORDER BY 1, 2;
SELECT obj_description('shreport'::regnamespace, 'pg_namespace') IS NOT NULL AS schema_commented,
       obj_description('shreport_bi'::regnamespace, 'pg_namespace') IS NOT NULL AS bi_schema_commented;
-- how many there are, so that a new object without one cannot hide
SELECT dep.classid::regclass AS kind, count(*) AS members
  FROM pg_depend dep
 WHERE dep.refclassid = 'pg_extension'::regclass
   AND dep.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'shreport')
   AND dep.deptype = 'e'
 GROUP BY 1 ORDER BY 1;
