--
-- upgrade: a 1.0 install with loaded reports updates to the current
-- version and keeps its data; what changed shows as changed
--
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS shreport CASCADE;
CREATE EXTENSION shreport VERSION '1.0' CASCADE;
RESET client_min_messages;
SET search_path = public, shreport;

SELECT extversion FROM pg_extension WHERE extname = 'shreport';
\set body `cat data/2024-shandong.md`
SELECT shreport.load(:'body') AS id \gset
CREATE TABLE upgrade_before AS
	SELECT report_id, figure_no, sentence_no, raw, metric, amount, target, sentence
	  FROM shreport.figures;
CREATE TABLE user_values (q shreport.quantity, t shreport.target);
INSERT INTO user_values VALUES ('9.2万亿元', '5%以上');

ALTER EXTENSION shreport UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'shreport';

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
SELECT q, t, t @> '5.5%'::shreport.quantity AS met FROM user_values;

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

DROP TABLE upgrade_before, user_values;
