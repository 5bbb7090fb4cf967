--
-- bi: schema shreport_bi gives BI tools the loaded reports in views whose
-- every column has a built-in type, with plain numbers to chart and sum
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS shreport CASCADE;
RESET client_min_messages;

-- no column of any shreport_bi view has a type outside pg_catalog (a
-- driver would show it as OTHER, a BI tool as unknown text)
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
  FROM pg_class c
	   JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
	   JOIN pg_type t ON t.oid = a.atttypid
 WHERE c.relnamespace = 'shreport_bi'::regnamespace
   AND t.typnamespace <> 'pg_catalog'::regnamespace
 ORDER BY 1, 2;
SELECT c.relname AS view, count(*) AS columns
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
 WHERE c.relnamespace = 'shreport_bi'::regnamespace
 GROUP BY 1 ORDER BY 1;

-- what a BI tool sees
\d+ shreport_bi.reports
\d+ shreport_bi.sections
\d+ shreport_bi.sentences
\d+ shreport_bi.figures
\d+ shreport_bi.targets
\d+ shreport_bi.outcomes
\d+ shreport_bi.panel

\set b `cat data/2024-shandong.md`
SELECT shreport.load(:'b') AS id \gset
\set b `cat data/reports-2025/2025-shandong.md`
SELECT shreport.load(:'b') AS id2025 \gset
\unset b

-- the main targets, as numbers
SELECT figure_no, metric, metric_key, value, unit, bound, low, high, hardness, target_text
  FROM shreport_bi.targets WHERE report_id = :id AND section = '二' ORDER BY figure_no;
-- every figure of the report, one row each, with the same text as the typed view
SELECT count(*) AS figures,
	   count(*) FILTER (WHERE b.amount_text = f.amount::text AND b.target_text = f.target::text
						AND b.value = value(f.amount)) AS same_values
  FROM shreport_bi.figures b JOIN shreport.figures f USING (report_id, figure_no)
 WHERE report_id = :id;
-- amounts of mixed units of one dimension sum in the base unit: tons and
-- jin of grain, yuan in 万 and 亿
SELECT dimension, base_unit, count(*) AS figures, sum(value_base) > 0 AS summable
  FROM shreport_bi.figures
 WHERE report_id = :id AND dimension IN ('currency_cny', 'mass')
 GROUP BY 1, 2 ORDER BY 1;
SELECT DISTINCT raw, value, unit, value_base, base_unit
  FROM shreport_bi.figures
 WHERE report_id = :id AND raw IN ('9.2万亿元', '1131亿斤', '5655万吨')
 ORDER BY raw;
-- the panel with plain numbers
SELECT region, year, metric_key, measure, target_text, target_low, target_unit, outcome_value,
	   outcome_unit, met, gap_value, gap_unit
  FROM shreport_bi.panel
 WHERE region = '山东省' AND year = 2024 AND metric_key IN ('gdp', 'urban_new_jobs', 'grain_output')
   AND target_text IS NOT NULL
 ORDER BY metric_key, measure;

-- a BI role with the README's grants reads every view; without them, none
CREATE ROLE shreport_bi_reader;
SET ROLE shreport_bi_reader;
SELECT count(*) FROM shreport_bi.figures;
RESET ROLE;
GRANT USAGE ON SCHEMA shreport, shreport_bi TO shreport_bi_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA shreport, shreport_bi TO shreport_bi_reader;
SET ROLE shreport_bi_reader;
SELECT (SELECT count(*) FROM shreport_bi.reports) >= 2 AS reports,
	   (SELECT count(*) FROM shreport_bi.sections) > 0 AS sections,
	   (SELECT count(*) FROM shreport_bi.sentences) > 0 AS sentences,
	   (SELECT count(*) FROM shreport_bi.figures) > 0 AS figures,
	   (SELECT count(*) FROM shreport_bi.targets) > 0 AS targets,
	   (SELECT count(*) FROM shreport_bi.outcomes) > 0 AS outcomes,
	   (SELECT count(*) FROM shreport_bi.panel) > 0 AS panel;
RESET ROLE;
REVOKE ALL ON ALL TABLES IN SCHEMA shreport, shreport_bi FROM shreport_bi_reader;
REVOKE ALL ON SCHEMA shreport, shreport_bi FROM shreport_bi_reader;
DROP ROLE shreport_bi_reader;

SELECT shreport.unload(:id) AND shreport.unload(:id2025) AS unloaded;
