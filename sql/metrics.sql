--
-- metrics: the catalogue of canonical metrics, the key of a metric as a
-- report writes it, the hardness of targets, and a scorecard of one
-- report's targets against the outcomes the next report states
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS shreport CASCADE;
RESET client_min_messages;
SET search_path = public, shreport;

-- the catalogue: at least 60 keys, each with both names and a dimension
-- that shreport.dimension() knows; every alias in normal form
SELECT count(*) >= 60 AS enough_keys,
	   count(*) FILTER (WHERE name_zh = '' OR name_en = '') AS unnamed,
	   bool_and(shipped) AS all_shipped
  FROM metrics;
SELECT count(*) AS unknown_dimensions
  FROM metrics m
 WHERE m.dimension NOT LIKE 'count:%'
   AND NOT EXISTS (SELECT 1 FROM (VALUES ('1'), ('1%'), ('1个百分点'), ('1倍'), ('1元'),
			('1美元'), ('1吨'), ('1吨标准煤'), ('1米'), ('1亩'), ('1立方米'), ('1千瓦'),
			('1千瓦时'), ('1天'), ('1年'), ('1岁'), ('1微克/立方米')) v(q)
				   WHERE dimension(v.q::quantity) = m.dimension);
SELECT count(*) AS aliases, count(*) FILTER (WHERE alias <> metric_normalize(alias)) AS not_normal
  FROM metric_aliases;
SELECT metric_key, name_zh, name_en, dimension FROM metrics
 WHERE metric_key IN ('gdp', 'cpi', 'urban_new_jobs', 'grain_output', 'rd_intensity')
 ORDER BY metric_key;

-- the normal form takes off spacing, quotes, and leading words for the
-- whole region or the time, and writes 规模以上 as 规上
SELECT m, metric_normalize(m) FROM (VALUES ('全省地区生产总值'), ('2024年全市“地区生产总值”'),
	('规模以上工业增加值'), ('全省'), ('济南市地区生产总值')) v(m);

-- keys: variants meet, sub-metrics stay apart, and an unknown metric has
-- none (no key is better than a wrong key)
SELECT m, metric_key(m) FROM (VALUES ('地区生产总值'), ('全省生产总值'), ('GDP'),
	('城镇新增就业'), ('新增城镇就业'), ('进出口'), ('外贸进出口'), ('进出口总额'),
	('出口'), ('居民人均可支配收入'), ('城镇居民人均可支配收入'),
	('农村居民人均可支配收入'), ('城乡居民人均可支配收入'), ('规模以上工业增加值'),
	('工业增加值'), ('济南市地区生产总值'), ('地区生产总值增速'), ('研发经费投入强度'),
	('粮食综合生产能力'), ('粮食总产'), ('某种从未见过的指标')) v(m);
SELECT metric_key(NULL) IS NULL AS strict;

-- hardness, with its declared labels
SELECT t, hardness(t::target) FROM (VALUES ('5%以上'), ('不低于5%'), ('确保1100亿斤'),
	('3%左右'), ('约3%'), ('力争6%以上'), ('5.5%以内'), ('控制在3%以内'), ('5%-5.5%'),
	('3.5万家')) v(t);
-- met: a target without qualifier is met when the outcome reaches it
SELECT t, q, met(t::target, q::quantity) FROM (VALUES ('8600公里', '8700公里'),
	('8600公里', '8500公里'), ('4%', '4%'), ('5%以上', '4.9%'), ('3%左右', '3.2%'),
	('3%左右', '3.5%'), ('5.5%以内', '5.6%'), ('5%-5.5%', '5.2%')) v(t, q);
SELECT p.oid::regprocedure, p.provolatile, p.proisstrict, p.proparallel
  FROM pg_proc p
 WHERE p.pronamespace IN ('shreport'::regnamespace,
                          (SELECT extnamespace FROM pg_extension WHERE extname = 'shreport'))
   AND p.proname IN ('metric_normalize', 'metric_key', 'hardness', 'met', 'rekey', 'scorecard', 'outcome_for')
 ORDER BY p.oid::regprocedure::text;

-- aliases must be in normal form, name a key, and be unique
INSERT INTO metric_aliases (alias, metric_key) VALUES ('全省地区生产总值', 'gdp');
INSERT INTO metric_aliases (alias, metric_key) VALUES ('地区生产总值', 'cpi');
INSERT INTO metric_aliases (alias, metric_key) VALUES ('某指标', 'no_such_key');
INSERT INTO metrics (metric_key, name_zh, name_en, dimension) VALUES ('Bad Key', '坏', 'bad', 'percent');

-- The real pair: the main targets of the 2024 Shandong report (part 二)
-- scored against the outcomes its 2025 report states for 2024.
\set b `cat data/2024-shandong.md`
SELECT load(:'b') AS t2024 \gset
\set b `cat data/reports-2025/2025-shandong.md`
SELECT load(:'b') AS o2025 \gset
\unset b
SELECT metric, metric_key, target, hardness, outcome, outcome_metric, met, gap, match
  FROM scorecard(:t2024, :o2025)
 WHERE section = '二'
 ORDER BY figure_no;
-- 一般公共预算收入 and 居民消费价格: the 2025 review states no 2024 value.
-- 居民人均可支配收入 (all residents): the review states only the urban
-- (城镇) and the rural (农村) values, which are other keys:
SELECT metric, metric_key, amount FROM outcomes
 WHERE report_id = :o2025 AND metric LIKE '%人均可支配收入%' AND year = 2024
 ORDER BY figure_no;
-- every target of the report is scored; met is never false for want of an outcome
SELECT count(*) = (SELECT count(*) FROM targets WHERE report_id = :t2024) AS every_target,
	   count(*) FILTER (WHERE outcome IS NULL AND met IS NOT NULL) AS met_without_outcome,
	   count(*) FILTER (WHERE match = 'no metric key') = count(*) FILTER (WHERE metric_key IS NULL) AS unkeyed
  FROM scorecard(:t2024, :o2025);

-- @> over the figures of a report, whose units mix: other dimensions
-- answer NULL, so the filter runs in either order of its conditions
SELECT count(*) AS percent_targets_holding_5_5
  FROM figures
 WHERE report_id = :t2024 AND dimension(amount) = 'percent' AND target @> '5.5%';
SELECT count(*) AS any_targets_holding_5_5, count(*) FILTER (WHERE dimension(amount) <> 'percent') AS other_dimensions
  FROM figures
 WHERE report_id = :t2024 AND target @> '5.5%';

-- Only the whole-year value of the same metric counts: not a five-year
-- average (年均), not a cumulative total (累计), not a sub-region, not a
-- next-year target, and the first such outcome in text order.
SELECT load(E'# 2025年某省政府工作报告\n\n一、2024年工作回顾\n\n'
			'过去五年，地区生产总值年均增长6.1%，累计增长30%。'
			'济南市地区生产总值增长7.2%。全省地区生产总值增长5.7%，增长5.9%。\n\n'
			'二、2025年主要目标\n\n地区生产总值增长5%以上。\n') AS rules \gset
SELECT load(E'# 2024年某省政府工作报告\n\n二、2024年主要目标\n\n地区生产总值增长5%以上。\n',
			region => '某省') AS rules_t \gset
UPDATE reports SET region = '某省' WHERE report_id = :rules;
SELECT metric, target, outcome, met, gap, match FROM scorecard(:rules_t, :rules);

-- a user's alias: keys new loads; rekey() keys loaded ones again
SELECT load(E'一、2024年工作回顾\n\n新兴指标达到12%。') AS user_report \gset
SELECT metric, metric_key FROM figures WHERE report_id = :user_report;
INSERT INTO metrics (metric_key, name_zh, name_en, dimension, definition)
	VALUES ('new_indicator', '新兴指标', 'New indicator', 'percent', 'A user''s own metric.');
INSERT INTO metric_aliases (alias, metric_key) VALUES ('新兴指标', 'new_indicator');
SELECT rekey(:user_report) AS rekeyed, rekey(:user_report) AS again;
SELECT metric, metric_key FROM figures WHERE report_id = :user_report;
SELECT metric_key, shipped FROM metric_aliases WHERE NOT shipped;

-- the panel: one row per region, year, key and measure
SELECT region, year, metric_key, metric_en, measure, target, hardness, outcome, met, gap
  FROM panel
 WHERE region = '山东省' AND year = 2024 AND target IS NOT NULL
   AND metric_key IN ('gdp', 'urban_new_jobs', 'grain_output', 'cpi', 'budget_revenue')
 ORDER BY metric_key, measure;
SELECT count(*) AS duplicate_rows FROM (
	SELECT region, year, metric_key, measure, dimension(coalesce(lower(target), upper(target), outcome))
	  FROM panel GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1) d;

SELECT unload(:t2024) AND unload(:o2025) AND unload(:rules) AND unload(:rules_t)
	   AND unload(:user_report) AS unloaded;
DELETE FROM metrics WHERE NOT shipped;
