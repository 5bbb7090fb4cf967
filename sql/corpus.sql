--
-- The 2025 reports of all 31 provinces, as published: each loads, with its
-- year, region, parts and sections, and its main target (the growth of
-- 地区生产总值 or of the economy) among the goals of part 二.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS shreport CASCADE;
RESET client_min_messages;

CREATE TEMP TABLE corpus (file text PRIMARY KEY, body text NOT NULL);
\set b `cat data/reports-2025/2025-anhui.md`
INSERT INTO corpus VALUES ('anhui', :'b');
\set b `cat data/reports-2025/2025-beijing.md`
INSERT INTO corpus VALUES ('beijing', :'b');
\set b `cat data/reports-2025/2025-chongqing.md`
INSERT INTO corpus VALUES ('chongqing', :'b');
\set b `cat data/reports-2025/2025-fujian.md`
INSERT INTO corpus VALUES ('fujian', :'b');
\set b `cat data/reports-2025/2025-gansu.md`
INSERT INTO corpus VALUES ('gansu', :'b');
\set b `cat data/reports-2025/2025-guangdong.md`
INSERT INTO corpus VALUES ('guangdong', :'b');
\set b `cat data/reports-2025/2025-guangxi.md`
INSERT INTO corpus VALUES ('guangxi', :'b');
\set b `cat data/reports-2025/2025-guizhou.md`
INSERT INTO corpus VALUES ('guizhou', :'b');
\set b `cat data/reports-2025/2025-hainan.md`
INSERT INTO corpus VALUES ('hainan', :'b');
\set b `cat data/reports-2025/2025-hebei.md`
INSERT INTO corpus VALUES ('hebei', :'b');
\set b `cat data/reports-2025/2025-heilongjiang.md`
INSERT INTO corpus VALUES ('heilongjiang', :'b');
\set b `cat data/reports-2025/2025-henan.md`
INSERT INTO corpus VALUES ('henan', :'b');
\set b `cat data/reports-2025/2025-hubei.md`
INSERT INTO corpus VALUES ('hubei', :'b');
\set b `cat data/reports-2025/2025-hunan.md`
INSERT INTO corpus VALUES ('hunan', :'b');
\set b `cat data/reports-2025/2025-jiangsu.md`
INSERT INTO corpus VALUES ('jiangsu', :'b');
\set b `cat data/reports-2025/2025-jiangxi.md`
INSERT INTO corpus VALUES ('jiangxi', :'b');
\set b `cat data/reports-2025/2025-jilin.md`
INSERT INTO corpus VALUES ('jilin', :'b');
\set b `cat data/reports-2025/2025-liaoning.md`
INSERT INTO corpus VALUES ('liaoning', :'b');
\set b `cat data/reports-2025/2025-neimenggu.md`
INSERT INTO corpus VALUES ('neimenggu', :'b');
\set b `cat data/reports-2025/2025-ningxia.md`
INSERT INTO corpus VALUES ('ningxia', :'b');
\set b `cat data/reports-2025/2025-qinghai.md`
INSERT INTO corpus VALUES ('qinghai', :'b');
\set b `cat data/reports-2025/2025-shaanxi.md`
INSERT INTO corpus VALUES ('shaanxi', :'b');
\set b `cat data/reports-2025/2025-shandong.md`
INSERT INTO corpus VALUES ('shandong', :'b');
\set b `cat data/reports-2025/2025-shanghai.md`
INSERT INTO corpus VALUES ('shanghai', :'b');
\set b `cat data/reports-2025/2025-shanxi.md`
INSERT INTO corpus VALUES ('shanxi', :'b');
\set b `cat data/reports-2025/2025-sichuan.md`
INSERT INTO corpus VALUES ('sichuan', :'b');
\set b `cat data/reports-2025/2025-tianjin.md`
INSERT INTO corpus VALUES ('tianjin', :'b');
\set b `cat data/reports-2025/2025-xinjiang.md`
INSERT INTO corpus VALUES ('xinjiang', :'b');
\set b `cat data/reports-2025/2025-xizang.md`
INSERT INTO corpus VALUES ('xizang', :'b');
\set b `cat data/reports-2025/2025-yunnan.md`
INSERT INTO corpus VALUES ('yunnan', :'b');
\set b `cat data/reports-2025/2025-zhejiang.md`
INSERT INTO corpus VALUES ('zhejiang', :'b');
\unset b
SELECT count(*) AS reports FROM corpus;

-- all of them load, in one statement
CREATE TEMP TABLE loaded AS
SELECT file, shreport.load(body) AS report_id FROM corpus ORDER BY file;

-- The growth target of each report's economy: the first 2025 target that
-- is a rate of change of 地区生产总值 (生产总值) or of the economy (经济增长).
CREATE TEMP TABLE main_target AS
SELECT DISTINCT ON (f.report_id) f.report_id, f.figure_no, f.metric, f.target,
	   f.section, s.parent_no AS paragraph
  FROM shreport.figures f
	   JOIN shreport.sentences s USING (report_id, sentence_no)
 WHERE f.report_id IN (SELECT report_id FROM loaded)
   AND f.kind = 'target' AND f.year = 2025 AND f.is_change
   AND unit(f.amount) = '%'
   AND (f.metric LIKE '%生产总值%' OR f.metric LIKE '%经济增长%'
		OR f.metric IN ('经济', '经济增速'))
 ORDER BY f.report_id, f.figure_no;

-- One row per report: its metadata; its parts, headings below them and
-- figures; its main target, where it stands, and whether the other main
-- targets (its siblings: at least two more 2025 targets in the same
-- paragraph, such as unemployment and consumer prices) were found too.
SELECT l.file, r.year, r.region,
	   (SELECT count(*) FROM shreport.sections s
		 WHERE s.report_id = l.report_id AND s.kind = 'part') AS parts,
	   (SELECT count(*) FROM shreport.sections s
		 WHERE s.report_id = l.report_id AND s.kind IN ('section', 'item')) >= 5 AS headings,
	   (SELECT count(*) FROM shreport.figures f
		 WHERE f.report_id = l.report_id) >= 50 AS figures,
	   m.metric, m.target, m.section,
	   (SELECT count(*) FROM shreport.figures f
			   JOIN shreport.sentences s USING (report_id, sentence_no)
		 WHERE f.report_id = l.report_id AND s.parent_no = m.paragraph
		   AND f.kind = 'target' AND f.year = 2025 AND f.figure_no <> m.figure_no) >= 2 AS siblings
  FROM loaded l
	   JOIN shreport.reports r USING (report_id)
	   LEFT JOIN main_target m USING (report_id)
 ORDER BY l.file;

-- positions hold in every report
SELECT count(*) > 31 * 80 AS many_figures,
	   count(*) FILTER (WHERE substr(r.body, f.char_start, f.char_end - f.char_start) <> f.raw) AS raw_not_at_position
  FROM shreport.figures f JOIN shreport.reports r USING (report_id);

-- The 2025 report's review states the outcomes of the year the 2024 report
-- set targets for: joined on region, year and metric, they tell whether
-- the main targets were met and by how much.
\set b `cat data/2024-shandong.md`
SELECT shreport.load(:'b') AS shandong_2024 \gset
\unset b
SELECT t.metric, t.target, o.amount AS outcome,
	   t.target @> o.amount AS met,
	   gap(t.target, o.amount) AS gap
  FROM shreport.targets t
	   JOIN shreport.outcomes o
		 ON o.region = t.region AND o.year = t.year AND o.metric = t.metric
		AND o.is_change = t.is_change
		AND dimension(o.amount) = dimension(t.amount)
 WHERE t.report_id = :shandong_2024 AND t.section = '二'
 ORDER BY t.figure_no;
SELECT shreport.unload(:shandong_2024) AS unloaded_2024;

-- Canonical metrics across all reports: the growth target of each
-- report's economy has the key gdp and a hardness, and with the State
-- Council's report of 2025 loaded, the panel shows how far each province's
-- target goes beyond the national one (层层加码).
\set b `cat data/2025-national.md`
SELECT shreport.load(:'b') AS national \gset
\unset b
SELECT l.file, f.metric_key, hardness(f.target) AS hardness,
	   p.target, p.national_target, p.excess
  FROM loaded l
	   JOIN main_target m USING (report_id)
	   JOIN shreport.figures f USING (report_id, figure_no)
	   JOIN shreport.reports r USING (report_id)
	   LEFT JOIN shreport.panel p
		 ON p.region = r.region AND p.year = 2025 AND p.metric_key = 'gdp'
		AND p.measure = 'change'
 ORDER BY l.file;
SELECT region, target, hardness, national_target, excess
  FROM shreport.panel WHERE region = '全国' AND year = 2025 AND metric_key = 'gdp';

-- The main targets (the 2025 targets in the paragraph of the growth
-- target) and how many of them have a metric key, per report.
SELECT l.file, count(*) AS main_targets, count(f.metric_key) AS keyed,
	   string_agg(f.metric, '、' ORDER BY f.figure_no) FILTER (WHERE f.metric_key IS NULL) AS unkeyed
  FROM loaded l
	   JOIN main_target m USING (report_id)
	   JOIN shreport.figures f USING (report_id)
	   JOIN shreport.sentences s USING (report_id, sentence_no)
 WHERE s.parent_no = m.paragraph AND f.kind = 'target' AND f.year = 2025
 GROUP BY l.file
 ORDER BY l.file;
SELECT shreport.unload(:national) AS unloaded_national;

SELECT count(*) FILTER (WHERE shreport.unload(report_id)) AS unloaded FROM loaded;
