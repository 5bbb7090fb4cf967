--
-- dump: pg_dump and pg_restore keep the extension, loaded reports and user
-- columns of the extension's types, and report ids carry on after a restore
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS shreport CASCADE;
RESET client_min_messages;
SET search_path = public, shreport;

CREATE TABLE dump_values (id int PRIMARY KEY, q quantity, t target);
INSERT INTO dump_values VALUES
	(1, '9.2万亿元', '5%以上'),
	(2, '三千五百万元', '力争突破20亿吨'),
	(3, '１，２００万元', '6-6.5%'),
	(4, '1131亿斤', '控制在3%左右');
CREATE INDEX dump_values_q_idx ON dump_values (q);

\set body `cat data/2024-shandong.md`
SELECT shreport.load(:'body', region => '山东') > 0 AS loaded;

-- fingerprints of everything a loaded report consists of
CREATE FUNCTION dump_fingerprint() RETURNS TABLE (what text, fingerprint text)
LANGUAGE sql AS $$
	SELECT 'reports', md5(string_agg(concat_ws('|', report_id, title, region, year,
		md5(body), encode(sha256, 'hex'), loaded_at), '/' ORDER BY report_id))
	  FROM shreport.reports
	UNION ALL
	SELECT 'sections', md5(string_agg(s::text, '/' ORDER BY report_id, unit_no))
	  FROM shreport.sections s
	UNION ALL
	SELECT 'sentences', md5(string_agg(s::text, '/' ORDER BY report_id, sentence_no))
	  FROM shreport.sentences s
	UNION ALL
	SELECT 'highlights', md5(string_agg(h::text, '/' ORDER BY report_id, highlight_no))
	  FROM shreport.highlights h
	UNION ALL
	SELECT 'figures', md5(string_agg(f::text, '/' ORDER BY report_id, figure_no))
	  FROM shreport.figures f
	UNION ALL
	SELECT 'dump_values', md5(string_agg(v::text, '/' ORDER BY id))
	  FROM dump_values v
	UNION ALL
	SELECT 'metrics', md5(string_agg(m::text, '/' ORDER BY metric_key))
	  FROM shreport.metrics m
	UNION ALL
	SELECT 'metric_aliases', md5(string_agg(a::text, '/' ORDER BY alias))
	  FROM shreport.metric_aliases a
$$;
-- a user's own metric and alias are kept; the shipped ones come back with
-- the extension, not twice
INSERT INTO shreport.metrics (metric_key, name_zh, name_en, dimension)
	VALUES ('dump_metric', '备份指标', 'Dump metric', 'percent');
INSERT INTO shreport.metric_aliases (alias, metric_key) VALUES ('备份指标', 'dump_metric');
CREATE TABLE dump_before AS SELECT * FROM dump_fingerprint();
SELECT what, fingerprint IS NOT NULL AS has_rows FROM dump_before ORDER BY what;

\! pg_dump -Fc -f results/dump.pgdump contrib_regression 2>&1
\! dropdb --if-exists shreport_dump_restore 2>&1
\! createdb -T template0 -E UTF8 shreport_dump_restore 2>&1
\! pg_restore --exit-on-error -d shreport_dump_restore results/dump.pgdump 2>&1
\c shreport_dump_restore
SET search_path = public, shreport;

-- everything came back, row for row
SELECT b.what, b.fingerprint = a.fingerprint AS same
  FROM dump_before b JOIN dump_fingerprint() a USING (what)
 ORDER BY b.what;
SELECT extversion FROM pg_extension WHERE extname = 'shreport';
SELECT count(*) FILTER (WHERE NOT shipped) AS user_aliases,
	   shreport.metric_key('备份指标') AS user_key, shreport.metric_key('全省地区生产总值') AS shipped_key
  FROM shreport.metric_aliases;

-- the restored values still behave: index, order, containment
SET enable_seqscan = off;
SELECT id, q, t FROM dump_values WHERE q = '5655万吨' ORDER BY id;
SELECT q FROM dump_values ORDER BY q;
SELECT t @> '5.5%'::quantity AS met FROM dump_values WHERE id IN (1, 3) ORDER BY id;
RESET enable_seqscan;

-- new reports get new ids after the restored ones, and duplicates are found
SELECT shreport.load('2025年测试省政府工作报告

一、2024年工作回顾

地区生产总值增长5%。') > (SELECT max(report_id) FROM dump_values, shreport.reports) AS new_id_after_restored;
SET client_min_messages = warning;
SELECT shreport.load(body) = report_id AS duplicate_found
  FROM shreport.reports WHERE region = '山东';
RESET client_min_messages;

\c contrib_regression
\! dropdb shreport_dump_restore 2>&1
DROP TABLE dump_before;
DELETE FROM shreport.metrics WHERE NOT shipped;
DROP FUNCTION dump_fingerprint();
DROP TABLE dump_values;
SELECT count(*) > 0 AS unloaded FROM (SELECT shreport.unload(report_id) FROM shreport.reports) u;
