-- demo.sql: what shreport does, in a dozen queries.  Run by 'make demo'.
CREATE EXTENSION shreport CASCADE;
SET search_path = shreport, public;

-- Quantities keep what was written and compare exactly across units.
SELECT q::text AS written, value(q), unit(q), dimension(q)
  FROM unnest(ARRAY['9.2万亿元', '1131亿斤', '6%', '9300万千瓦', '三千五百万元',
                    '１２．５％', '2个百分点']::quantity[]) AS q;
SELECT '1吨'::quantity = '2000斤'::quantity AS same_mass,
       '1亩'::quantity < '700平方米'::quantity AS mu_is_smaller,
       convert('1131亿斤', '吨') AS grain_in_tonnes,
       value('9300万千瓦', '兆瓦') AS megawatts;
SELECT '9.2万亿元'::quantity + '1000亿元' AS plus,
       '9.2万亿元'::quantity / '8.7万亿元'::quantity AS ratio,
       '9.2万亿元'::quantity * 1.05 AS grown;

-- A column mixing units sorts by dimension, then by amount.
SELECT q FROM unnest(ARRAY['3家', '1吨', '2000斤', '5%', '500公斤', '1家']::quantity[]) AS q
 ORDER BY q;

-- Targets: a floor, a ceiling, "about", a range, with a commitment word.
SELECT t::text AS canonical, bound(t), lower(t), upper(t), commitment(t)
  FROM unnest(ARRAY['5%以上', '不低于5%', '控制在3%以内', '3%左右', '9500多家',
                    '6-6.5%', '力争突破20亿吨']::target[]) AS t;

-- Did the outcome meet the target, and by how much?
SELECT t, q, t @> q AS met, gap(t, q)
  FROM (VALUES ('5%以上'::target, '5.4%'::quantity), ('3%左右', '3.2%'),
               ('3%左右', '0.2%'), ('110万人以上', '124.5万人')) AS v(t, q);

-- The bundled 2024 Shandong report: load it, then look at it.
\set body `cat data/2024-shandong.md`
\echo 'SELECT load(:''body'') AS report_id \\gset'
\set ECHO none
SELECT load(:'body') AS report_id \gset
\set ECHO queries
SELECT title, region, year, length(body) AS characters FROM reports WHERE report_id = :report_id;

-- Its structure: parts, with the sections, sentences and figures under each.
SELECT p.marker, p.heading,
       (SELECT count(*) FROM sections s WHERE s.report_id = p.report_id
           AND s.kind = 'section' AND s.path <@ p.path) AS sections,
       (SELECT count(*) FROM sentences s WHERE s.report_id = p.report_id
           AND s.path <@ p.path) AS sentences,
       (SELECT count(*) FROM figures f WHERE f.report_id = p.report_id
           AND f.section LIKE rtrim(p.marker, '、') || '%') AS figures
  FROM sections p WHERE p.report_id = :report_id AND p.kind = 'part'
 ORDER BY p.unit_no;

-- The year's main targets (part 二), with how hard each one is.
SELECT metric, predicate, target, bound(target), qualifiers
  FROM targets WHERE report_id = :report_id AND section = '二'
 ORDER BY figure_no;

-- A few of last year's results: carried-over subjects and a distributed list.
SELECT raw, metric, predicate, amount, is_change, respectively
  FROM outcomes WHERE report_id = :report_id AND section = '一（一）'
 ORDER BY figure_no LIMIT 8;

-- Targets of the year's work that are floors, largest first within each unit.
SELECT metric, target, section
  FROM targets WHERE report_id = :report_id AND bound(target) IN ('ge', 'gt')
   AND dimension(amount) IN ('currency_cny', 'count:家', 'count:个')
 ORDER BY dimension(amount), amount DESC LIMIT 8;

-- Were the 2024 targets met?  The 2025 report's review states the 2024
-- outcomes: load it too and join targets with outcomes on the metric.
\set body2025 `cat data/reports-2025/2025-shandong.md`
\echo 'SELECT load(:''body2025'') AS report_2025 \\gset'
\set ECHO none
SELECT load(:'body2025') AS report_2025 \gset
\set ECHO queries
-- Joined on the metric as written, only two of the six main targets find
-- their outcome:
SELECT t.metric, t.target, o.amount AS outcome, t.target @> o.amount AS met,
       gap(t.target, o.amount)
  FROM targets t
  JOIN outcomes o
    ON o.region = t.region AND o.year = t.year AND o.metric = t.metric
   AND o.is_change = t.is_change AND dimension(o.amount) = dimension(t.amount)
 WHERE t.report_id = :report_id AND t.section = '二';

-- The scorecard matches on canonical metric keys instead (粮食综合生产能力
-- and 粮食总产 are both grain_output), says how hard each target is, and
-- says so where the 2025 report states no outcome (met is then NULL: the
-- review gives only urban and rural incomes, not all residents').
SELECT metric, metric_key, target, hardness, outcome, met, gap, match
  FROM scorecard(:report_id, :report_2025)
 WHERE section = '二';

-- The same figures, one row per region, year and metric, as an analyst's
-- panel (with the State Council's report loaded, it adds the national
-- target and each province's excess over it).
SELECT region, year, metric_key, metric_en, measure, target, outcome, met
  FROM panel
 WHERE region = '山东省' AND year = 2024 AND target IS NOT NULL AND outcome IS NOT NULL
 ORDER BY metric_key, measure;
