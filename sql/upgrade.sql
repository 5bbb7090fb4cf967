--
-- upgrade: a 1.0 install with loaded reports updates to the current
-- version and keeps its data; what changed shows as changed, and the
-- updated install is the one a new CREATE EXTENSION makes
--
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS shreport CASCADE;
CREATE EXTENSION IF NOT EXISTS ltree;
RESET client_min_messages;

-- A new install puts its types where CREATE EXTENSION says and its reports
-- in schema shreport; the two cannot be one.
CREATE SCHEMA shreport;
CREATE EXTENSION shreport SCHEMA shreport;
DROP SCHEMA shreport;
CREATE SCHEMA analytics;
CREATE EXTENSION shreport SCHEMA analytics;
SELECT '9.2万亿元'::analytics.quantity OPERATOR(analytics.>) '5万亿元' AS more,
	   analytics.dimension('5%') AS dimension,
	   to_regtype('shreport.quantity') AS not_in_data_schema,
	   to_regclass('shreport.figures') AS data;
SELECT shreport.load('一、2024年工作回顾
地区生产总值增长6%。') > 0 AS loaded;
SELECT amount, target FROM shreport.figures;
SET client_min_messages = warning;
DROP EXTENSION shreport CASCADE;
RESET client_min_messages;
SELECT to_regnamespace('shreport') AS data_schema_dropped;
DROP SCHEMA analytics;

SET client_min_messages = warning;
CREATE EXTENSION shreport VERSION '1.0' CASCADE;
RESET client_min_messages;
SET search_path = public, shreport;

SELECT extversion FROM pg_extension WHERE extname = 'shreport';
\set body `cat data/2024-shandong.md`
SELECT shreport.load(:'body') AS id \gset
CREATE TABLE upgrade_before AS
	SELECT report_id, figure_no, sentence_no, raw, metric, amount, target, sentence
	  FROM shreport.figures;
CREATE TABLE user_values (q quantity, t target);
INSERT INTO user_values VALUES ('9.2万亿元', '5%以上');
-- the extension's objects as the catalogue names them (kept by pg_dump, to
-- compare the updated install with the one a restore makes)
CREATE FUNCTION public.extension_members()
RETURNS TABLE (schema text, type text, identity text, comment text)
LANGUAGE sql STABLE AS $$
	SELECT o.schema, o.type, o.identity, obj_description(d.objid, d.classid::regclass::name)
	  FROM pg_depend d
		   JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'shreport'
		   CROSS JOIN LATERAL pg_identify_object(d.classid, d.objid, d.objsubid) o
	 WHERE d.deptype = 'e'
$$;

ALTER EXTENSION shreport UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'shreport';

-- 1.2: the types, their operators and functions moved to public, the
-- extension's schema now; the reports stayed in shreport, which joined the
-- extension
SELECT extnamespace::regnamespace AS extension_schema
  FROM pg_extension WHERE extname = 'shreport';
SELECT schema, type, count(*) FROM public.extension_members() GROUP BY 1, 2 ORDER BY 1, 2;
-- from a connection that never heard of shreport
RESET search_path;
SHOW search_path;
SELECT q, t, t @> '5.5%' AS met, q > '1亿元' AS more, dimension(q),
	   (SELECT array[sum(amount ORDER BY figure_no), min(amount), max(amount), avg(amount ORDER BY figure_no)] FROM shreport.figures
		 WHERE dimension(amount) = 'currency_cny') AS yuan_sum_min_max_avg,
	   (SELECT count(*) FROM shreport.figures WHERE kind = 'target' AND dimension(amount) = 'percent'
		   AND target @> '5.5%') AS targets_holding_5_5 FROM user_values;
SET search_path = public, shreport;

-- 1.1: figures no longer keep a copy of their sentence ...
SELECT count(*) AS sentence_columns
  FROM pg_attribute
 WHERE attrelid = 'shreport.figures'::regclass AND attname = 'sentence' AND NOT attisdropped;
-- ... and nothing was lost: the views give every figure its old sentence
SELECT count(*) AS figures,
	   count(*) FILTER (WHERE b.sentence = v.sentence) AS same_sentence,
	   count(*) FILTER (WHERE b.amount = v.amount AND b.target = v.target
						AND b.raw = v.raw) AS same_figure
  FROM upgrade_before b
	   JOIN (SELECT report_id, figure_no, raw, amount, target, sentence FROM shreport.targets
			 UNION ALL
			 SELECT report_id, figure_no, raw, amount, target, sentence FROM shreport.outcomes) v
	   USING (report_id, figure_no);
SELECT (SELECT count(*) FROM upgrade_before) AS figures_before;
SELECT q, t, t @> '5.5%'::quantity AS met FROM user_values;

-- the catalogue arrived; figures loaded before it get their keys from rekey()
SELECT count(*) >= 60 AS catalogue FROM shreport.metrics;
SELECT count(*) FILTER (WHERE metric_key IS NOT NULL) AS keyed_before_rekey FROM shreport.figures;
SELECT shreport.rekey() AS rekeyed, shreport.rekey() AS rekeyed_again;
SELECT metric, metric_key, target, hardness FROM shreport.targets
 WHERE report_id = :id AND section = '二' ORDER BY figure_no LIMIT 3;

-- the updated extension loads and unloads as a new one does
SELECT shreport.load(:'body') = :id AS same_id_again;
SELECT shreport.unload(:id);
SELECT shreport.load(:'body') > :id AS loaded_anew;
SELECT count(*) > 200 AS figures_loaded FROM shreport.figures;

-- an update of a current install has nothing to do
SET client_min_messages = warning;
ALTER EXTENSION shreport UPDATE;
RESET client_min_messages;
SELECT extversion FROM pg_extension WHERE extname = 'shreport';

-- The updated install is the install a new CREATE EXTENSION makes: pg_dump
-- writes CREATE EXTENSION shreport WITH SCHEMA public, so restoring the dump
-- builds the extension anew; its objects, their schemas and comments, and
-- the results of the queries above come out the same.
CREATE TABLE upgrade_members AS SELECT * FROM public.extension_members();
\! pg_dump -Fc -f results/upgrade.pgdump contrib_regression 2>&1
\! dropdb --if-exists shreport_upgrade_restore 2>&1
\! createdb -T template0 -E UTF8 shreport_upgrade_restore 2>&1
\! pg_restore --exit-on-error -d shreport_upgrade_restore results/upgrade.pgdump 2>&1
\c shreport_upgrade_restore
SELECT extversion, extnamespace::regnamespace AS extension_schema
  FROM pg_extension WHERE extname = 'shreport';
WITH fresh AS (SELECT * FROM public.extension_members())
SELECT coalesce(u.type, f.type) AS type, coalesce(u.identity, f.identity) AS identity,
	   u.identity IS NULL AS only_new, f.identity IS NULL AS only_updated,
	   u.comment IS DISTINCT FROM f.comment AS other_comment
  FROM upgrade_members u FULL JOIN fresh f USING (type, identity)
 WHERE u.identity IS NULL OR f.identity IS NULL OR u.comment IS DISTINCT FROM f.comment
 ORDER BY 1, 2;
SELECT count(*) AS members_compared FROM upgrade_members;
SELECT q, t, t @> '5.5%' AS met, q > '1亿元' AS more, dimension(q),
	   (SELECT array[sum(amount ORDER BY figure_no), min(amount), max(amount), avg(amount ORDER BY figure_no)] FROM shreport.figures
		 WHERE dimension(amount) = 'currency_cny') AS yuan_sum_min_max_avg,
	   (SELECT count(*) FROM shreport.figures WHERE kind = 'target' AND dimension(amount) = 'percent'
		   AND target @> '5.5%') AS targets_holding_5_5 FROM user_values;
\c contrib_regression
\! dropdb shreport_upgrade_restore 2>&1

DROP TABLE upgrade_before, user_values, upgrade_members;
DROP FUNCTION public.extension_members();
