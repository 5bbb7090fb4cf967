--
-- shreport.figures(): every figure of a report, with its metric, qualifiers,
-- amount, target, kind and year.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS shreport CASCADE;
RESET client_min_messages;

-- Each hard case of the issue, in a review part (outcomes of 2023) or in
-- a part with the year's goals (targets of 2024).
CREATE TEMP TABLE snippet (name text PRIMARY KEY, body text NOT NULL);
INSERT INTO snippet VALUES
('carried subject', E'# 2024年某省政府工作报告\n一、2023年工作回顾\n地区生产总值达到9.2万亿元，增长6%。'),
('distributed list', E'# 2024年某省政府工作报告\n一、2023年工作回顾\n规上工业增加值、固定资产投资、社会消费品零售总额、进出口分别增长7.1%、5.2%、8.7%和1.7%，增幅均高于全国平均水平。'),
('shared figure', E'# 2024年某省政府工作报告\n一、2023年工作回顾\n接待游客人数、旅游收入均增长60%以上。'),
('sub-figure', E'# 2024年某省政府工作报告\n二、2024年主要目标\n充电桩达到70万台以上，其中农村超过14万台。'),
('qualifiers', E'# 2024年某省政府工作报告\n二、2024年主要目标\n居民消费价格涨幅控制在3%左右，粮食产量稳定在1100亿斤以上，力争港口货物吞吐量突破20亿吨，城镇调查失业率控制在5.5%以内，主要污染物排放量下降2%。'),
('more inside', E'# 2024年某省政府工作报告\n一、2023年工作回顾\n新增规上工业和服务业企业9500多家，培育专精特新企业700余家，新增就业近30万人，外贸企业逾1万家，进出口突破3万亿元。'),
('range', E'# 2024年某省政府工作报告\n二、2024年主要目标\n新建1-2个国家级平台，经济增长5.0%—5.5%。'),
('multiples', E'# 2024年某省政府工作报告\n一、2023年工作回顾\n外贸进出口规模翻一番，累计建成5G基站20万个，完成投资2.8万亿元。'),
('not figures', E'# 2024年某省政府工作报告\n一、2023年工作回顾\n9月24日，总书记视察。深入推进“三个十大”行动，落实“十四五”规划和二十大精神，开通地铁7号线，新增4A级景区和五星级酒店，实施“2115”工程，落实“八抓20条”，引进世界500强企业，12英寸晶圆和1类新药获批。'),
('sections', E'# 2024年某省政府工作报告\n一、2023年工作回顾\n（二）科技创新。研发投入增长10%。\n三、2024年重点工作\n（二）扩大有效需求。\n一是促进消费。举办促消费活动200场以上。\n二是扩大投资。实施省市县重点项目1.5万个。\n');

-- the rows, hard case by hard case
SELECT name, figure_no, raw, metric, predicate, qualifiers, amount, target,
	   kind, year, is_change, respectively, cumulative, section
  FROM snippet, shreport.figures(body)
 WHERE name <> 'not figures'
 ORDER BY name, figure_no;

-- numbers in dates, names, labels and ordinals are not figures
SELECT raw, metric FROM snippet, shreport.figures(body) WHERE name = 'not figures';

-- the clean sentence and its number come with each figure
SELECT figure_no, sentence_no, raw, sentence
  FROM shreport.figures(E'一、2023年工作回顾\n完成`重点项目`投资2.8万亿元。新增高新技术企业6000家。');

-- no text, no figures
SELECT count(*) FROM shreport.figures('');
SELECT count(*) FROM shreport.figures('我们要坚定信心、同心同德。');
SELECT count(*) FROM shreport.figures(NULL);

-- The bundled report.
\set body `cat data/2024-shandong.md`
CREATE TEMP TABLE found AS SELECT * FROM shreport.figures(:'body');

SELECT kind, year, count(*) > 100 AS many FROM found GROUP BY kind, year ORDER BY kind, year;

-- the main targets of part 二
SELECT figure_no, metric, predicate, raw, qualifiers, target, kind, year, is_change
  FROM found
 WHERE section = '二'
 ORDER BY figure_no;

-- raw is exactly the text at the figure's position, for every figure, and
-- lies inside its sentence
SELECT count(*) AS figures,
	   count(*) FILTER (WHERE substr(:'body', char_start, char_end - char_start) = raw) AS raw_at_position
  FROM found;
SELECT count(*) AS outside_sentence
  FROM found f
	   JOIN (SELECT row_number() OVER (ORDER BY unit_no) AS sentence_no, char_start, char_end
			   FROM shreport.parse(:'body') WHERE kind = 'sentence') s USING (sentence_no)
 WHERE f.char_start < s.char_start OR f.char_end > s.char_end;

-- Figures are the same whichever way the text is published.
SELECT count(*) AS differing
  FROM (SELECT raw, metric, predicate, qualifiers, target, kind, year, section FROM found
		EXCEPT ALL
		SELECT raw, metric, predicate, qualifiers, target, kind, year, section
		  FROM shreport.figures(E'\uFEFF' || replace(:'body', E'\n', E'\r\n'))) d;

-- Agreement with the hand-coded sample (test/gold): every gold figure is
-- looked up by position; the floors fail the test when quality drops but
-- let it improve without edits.
\set gold `cat test/gold/2024-shandong.dev.jsonl`
CREATE TEMP TABLE gold AS
SELECT (j->>'offset')::int + 1 AS char_start, j->>'raw' AS raw,
	   (j->>'value')::numeric AS value, j->>'unit' AS unit, j->>'bound' AS bound,
	   ARRAY(SELECT jsonb_array_elements_text(j->'qualifiers')) AS qualifiers,
	   j->>'predicate' AS predicate, j->>'metric' AS metric,
	   ARRAY(SELECT jsonb_array_elements_text(j->'metric_alts')) AS metric_alts,
	   (j->>'change')::boolean AS is_change, (j->>'respectively')::boolean AS respectively,
	   (j->>'cumulative')::boolean AS cumulative, j->>'kind' AS kind,
	   (j->>'year')::int AS year, j->>'section' AS section
  FROM regexp_split_to_table(:'gold', E'\n') AS line, LATERAL (SELECT line::jsonb AS j) x
 WHERE line <> '';

-- the gold itself is consistent with the text
SELECT count(*) AS gold, count(*) FILTER (WHERE substr(:'body', char_start, length(raw)) = raw) AS at_position
  FROM gold;

CREATE TEMP TABLE pairs AS
SELECT g.*, f.figure_no, f.raw AS f_raw, f.amount AS f_amount, f.target AS f_target,
	   f.qualifiers AS f_qualifiers, f.predicate AS f_predicate, f.metric AS f_metric,
	   f.is_change AS f_is_change, f.respectively AS f_respectively,
	   f.cumulative AS f_cumulative, f.kind AS f_kind, f.year AS f_year,
	   f.section AS f_section
  FROM gold g
	   LEFT JOIN LATERAL (
		   SELECT * FROM found f
			WHERE f.char_start < g.char_start + length(g.raw) AND f.char_end > g.char_start
			ORDER BY abs(f.char_start - g.char_start), f.figure_no
			LIMIT 1) f ON true;

CREATE TEMP TABLE agreement AS
SELECT field, round(avg(ok::int), 3) AS agreement, count(*) AS n
  FROM pairs, LATERAL (VALUES
	('recall', figure_no IS NOT NULL),
	('raw', f_raw IS NOT DISTINCT FROM raw),
	('value', value(f_amount) IS NOT DISTINCT FROM value),
	('unit', unit(f_amount) IS NOT DISTINCT FROM unit),
	('bound', bound(f_target) IS NOT DISTINCT FROM bound),
	('qualifiers', f_qualifiers IS NOT DISTINCT FROM qualifiers),
	('predicate', coalesce(f_predicate, '') IS NOT DISTINCT FROM predicate),
	('metric', coalesce(f_metric = metric OR f_metric = ANY (metric_alts), false)),
	('is_change', f_is_change IS NOT DISTINCT FROM is_change),
	('respectively', f_respectively IS NOT DISTINCT FROM respectively),
	('cumulative', f_cumulative IS NOT DISTINCT FROM cumulative),
	('kind', f_kind IS NOT DISTINCT FROM kind),
	('year', f_year IS NOT DISTINCT FROM year),
	('section', f_section IS NOT DISTINCT FROM section)) AS v(field, ok)
 WHERE field = 'recall' OR figure_no IS NOT NULL	-- fields: of the figures found
 GROUP BY field;

-- precision within the parts the gold covers completely
INSERT INTO agreement
SELECT 'precision', round(avg((EXISTS (SELECT FROM pairs p WHERE p.figure_no = f.figure_no))::int), 3),
	   count(*)
  FROM found f
 WHERE f.section = '二' OR f.section LIKE '一（一）%' OR f.section LIKE '三（二）%';

SELECT a.field, a.agreement >= floor.min AS meets_floor
  FROM agreement a
	   JOIN (VALUES ('recall', 0.90), ('precision', 0.85), ('raw', 0.90),
					('value', 0.90), ('unit', 0.90), ('bound', 0.90),
					('qualifiers', 0.85), ('predicate', 0.80), ('metric', 0.80),
					('is_change', 0.90), ('respectively', 0.90), ('cumulative', 0.95),
					('kind', 0.95), ('year', 0.95), ('section', 0.90)) AS floor(field, min)
		 USING (field)
 ORDER BY a.field;

-- Each figure carries its sentence, cut to 200 characters around the
-- figure when longer: a sentence of 3,000 figures is not written 3,000
-- times whole.
SELECT count(*) AS figures,
	   max(length(sentence)) AS longest,
	   count(*) FILTER (WHERE position(raw IN sentence) > 0) AS with_own_figure,
	   count(*) FILTER (WHERE sentence LIKE '…%…') AS cut_both_sides
  FROM shreport.figures(E'一、2024年工作回顾\n\n地区生产总值' || repeat('增长5%、', 3000) || '。');
-- a short sentence comes whole
SELECT sentence FROM shreport.figures('地区生产总值`增长5%`。');
