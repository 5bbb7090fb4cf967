-- shreport--1.0--1.1.sql: upgrade of the shreport extension from 1.0 to 1.1.

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION shreport UPDATE TO '1.1'" to load this file. \quit

-- 1.1 stores each sentence once (figures point at it), and adds canonical
-- metrics: a catalogue of metric keys with their aliases, the key of every
-- loaded figure, how binding a target is, a scorecard of one report's
-- targets against another's outcomes, and a region x year panel.

CREATE FUNCTION shreport.metric_normalize(metric text)
RETURNS text
AS 'MODULE_PATHNAME', 'shr_metric_normalize_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.metric_normalize(text) IS
'normal form of a metric as written: no spacing or quotes, no leading 全省/全年/2024年-like words, 规模以上 as 规上';

CREATE FUNCTION shreport.hardness(shreport.target)
RETURNS text
AS 'MODULE_PATHNAME', 'target_hardness'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.hardness(shreport.target) IS
'how binding a target is: hard (a floor: 以上, 不低于, 确保), soft (左右, 约, 力争, 争取), ceiling (以内), range or point';

-- Every loaded figure gets its metric's key (load fills it in).
ALTER TABLE shreport.figures ADD COLUMN metric_key text;
CREATE INDEX figures_metric_key_idx ON shreport.figures (metric_key, year);

COMMENT ON COLUMN shreport.figures.metric_key IS
'key of the metric in shreport.metrics, set at load from the aliases; NULL when the metric is not in the catalogue (see shreport.rekey)';

-- A figure no longer stores its own copy of its sentence: a sentence of n
-- figures was written n times, so a long sentence of many figures (a table
-- pasted as text) cost time and space growing with the square of its
-- length.  The views keep their sentence column, read from
-- shreport.sentences through the figure's sentence_no.

-- They gain the metric key, and targets their hardness, at the end.
CREATE OR REPLACE VIEW shreport.targets WITH (security_invoker = true) AS
SELECT f.report_id, r.title, r.region, r.year AS report_year,
	   f.figure_no, f.year, f.section, f.metric, f.predicate, f.raw,
	   f.qualifiers, f.amount, f.target, f.is_change, f.respectively,
	   f.cumulative, f.sentence_no, s.text AS sentence,
	   f.char_start, f.char_end, f.metric_key, shreport.hardness(f.target) AS hardness
FROM shreport.figures f
	JOIN shreport.reports r ON r.report_id OPERATOR(pg_catalog.=) f.report_id
	LEFT JOIN shreport.sentences s
		ON s.report_id OPERATOR(pg_catalog.=) f.report_id
		AND s.sentence_no OPERATOR(pg_catalog.=) f.sentence_no
WHERE f.kind OPERATOR(pg_catalog.=) 'target';

CREATE OR REPLACE VIEW shreport.outcomes WITH (security_invoker = true) AS
SELECT f.report_id, r.title, r.region, r.year AS report_year,
	   f.figure_no, f.year, f.section, f.metric, f.predicate, f.raw,
	   f.qualifiers, f.amount, f.target, f.is_change, f.respectively,
	   f.cumulative, f.sentence_no, s.text AS sentence,
	   f.char_start, f.char_end, f.metric_key
FROM shreport.figures f
	JOIN shreport.reports r ON r.report_id OPERATOR(pg_catalog.=) f.report_id
	LEFT JOIN shreport.sentences s
		ON s.report_id OPERATOR(pg_catalog.=) f.report_id
		AND s.sentence_no OPERATOR(pg_catalog.=) f.sentence_no
WHERE f.kind OPERATOR(pg_catalog.=) 'outcome';

ALTER TABLE shreport.figures DROP COLUMN sentence;

COMMENT ON COLUMN shreport.figures.sentence_no IS
'the figure''s sentence in shreport.sentences (same report_id), where its text is';

-- shreport.figures(text) carries, for each figure, its sentence cut to at
-- most 200 characters around the figure (see the README); the signature
-- is unchanged.
COMMENT ON FUNCTION shreport.figures(text) IS
'figures (amounts, counts, rates, targets) of a government work report, each with its sentence (cut to 200 characters around the figure when longer)';

-- The catalogue.  Rows the extension ships have shipped = true; rows a user
-- adds have shipped = false, and only those are dumped by pg_dump (the
-- shipped ones come back with CREATE EXTENSION) and left alone by updates.
CREATE TABLE shreport.metrics (
	metric_key text PRIMARY KEY
		CHECK (metric_key OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]*$'),
	name_zh text NOT NULL,
	name_en text NOT NULL,
	dimension text NOT NULL,
	definition text,
	shipped boolean NOT NULL DEFAULT false
);

COMMENT ON TABLE shreport.metrics IS
'canonical metrics: a key, Chinese and English names, the dimension of the metric''s level, a definition';
COMMENT ON COLUMN shreport.metrics.dimension IS
'dimension of the metric''s level, as shreport.dimension() names it; a growth target of the metric is a percent';
COMMENT ON COLUMN shreport.metrics.shipped IS
'true for rows the extension ships; rows users add are false and are the ones pg_dump keeps';

CREATE TABLE shreport.metric_aliases (
	alias text PRIMARY KEY
		CHECK (alias OPERATOR(pg_catalog.<>) ''
			   AND alias OPERATOR(pg_catalog.=) shreport.metric_normalize(alias)),
	metric_key text NOT NULL
		REFERENCES shreport.metrics ON UPDATE CASCADE ON DELETE CASCADE,
	shipped boolean NOT NULL DEFAULT false
);

CREATE INDEX metric_aliases_key_idx ON shreport.metric_aliases (metric_key);

COMMENT ON TABLE shreport.metric_aliases IS
'ways reports write a metric, in normal form (shreport.metric_normalize), each naming one metric key';

SELECT pg_catalog.pg_extension_config_dump('shreport.metrics', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('shreport.metric_aliases', 'WHERE NOT shipped');

CREATE FUNCTION shreport.metric_key(metric text)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT a.metric_key FROM shreport.metric_aliases a
	 WHERE a.alias OPERATOR(pg_catalog.=) shreport.metric_normalize(metric);
END;

COMMENT ON FUNCTION shreport.metric_key(text) IS
'the key of a metric as a report writes it: its normal form looked up among the aliases; NULL when unknown';

CREATE FUNCTION shreport.rekey(report_id bigint DEFAULT NULL)
RETURNS bigint
LANGUAGE sql VOLATILE PARALLEL UNSAFE
BEGIN ATOMIC
	WITH changed AS (
		UPDATE shreport.figures f
		   SET metric_key = shreport.metric_key(f.metric)
		 WHERE (rekey.report_id IS NULL OR f.report_id OPERATOR(pg_catalog.=) rekey.report_id)
		   AND f.metric_key IS DISTINCT FROM shreport.metric_key(f.metric)
		RETURNING 1
	)
	SELECT pg_catalog.count(*) FROM changed;
END;

COMMENT ON FUNCTION shreport.rekey(bigint) IS
'set the metric keys of a loaded report (all reports when NULL) again after the catalogue changed; returns how many changed';

-- Whether an outcome met a target, as the scorecard and the panel judge it:
-- a target without qualifier (达到8600公里, 增长4%) is met when the outcome
-- reaches it, as reports mean it; any other is met when it holds the
-- outcome (@>, with shreport.approx_tolerance for 左右).
CREATE FUNCTION shreport.met(target shreport.target, outcome shreport.quantity)
RETURNS boolean
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT CASE WHEN shreport.hardness(target) OPERATOR(pg_catalog.=) 'point'
				THEN outcome OPERATOR(shreport.>=) shreport.lower(target)
				ELSE shreport.target_contains(target, outcome) END;
END;

COMMENT ON FUNCTION shreport.met(shreport.target, shreport.quantity) IS
'did the outcome meet the target: a target without qualifier when the outcome reaches it, any other when it holds the outcome';

-- An outcome that can stand for a target's whole-year value: an outcome
-- figure of the same metric key, year, measure (level or change) and
-- dimension that is neither cumulative (累计) nor an average over years
-- (年均).  Sub-regions, sub-metrics and rankings have keys or dimensions of
-- their own; next year's targets are no outcomes.
CREATE FUNCTION shreport.outcome_for(t shreport.figures, outcome_report bigint)
RETURNS shreport.figures
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT o FROM shreport.figures o
	 WHERE o.report_id OPERATOR(pg_catalog.=) outcome_for.outcome_report
	   AND o.kind OPERATOR(pg_catalog.=) 'outcome'
	   AND o.metric_key OPERATOR(pg_catalog.=) (t).metric_key
	   AND o.year OPERATOR(pg_catalog.=) (t).year
	   AND o.is_change OPERATOR(pg_catalog.=) (t).is_change
	   AND NOT o.cumulative
	   AND NOT ('年均' OPERATOR(pg_catalog.=) ANY (o.qualifiers))
	   AND shreport.dimension(o.amount) OPERATOR(pg_catalog.=) shreport.dimension((t).amount)
	 ORDER BY o.figure_no
	 LIMIT 1;
END;

COMMENT ON FUNCTION shreport.outcome_for(shreport.figures, bigint) IS
'the first outcome of a report that states the whole-year value of a target figure''s metric (same key, year, measure and dimension; not 累计, not 年均)';

CREATE FUNCTION shreport.scorecard(target_report bigint, outcome_report bigint)
RETURNS TABLE (
	figure_no integer,
	section text,
	metric text,
	metric_key text,
	is_change boolean,
	year integer,
	target shreport.target,
	hardness text,
	outcome shreport.quantity,
	outcome_metric text,
	outcome_figure_no integer,
	met boolean,
	gap shreport.quantity,
	match text
)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT t.figure_no, t.section, t.metric, t.metric_key, t.is_change, t.year,
		   t.target, shreport.hardness(t.target),
		   (o).amount, (o).metric, (o).figure_no,
		   CASE WHEN (o).figure_no IS NOT NULL
				THEN shreport.met(t.target, (o).amount) END,
		   CASE WHEN (o).figure_no IS NOT NULL
				THEN shreport.gap(t.target, (o).amount) END,
		   CASE WHEN t.metric_key IS NULL THEN 'no metric key'
				WHEN (o).figure_no IS NULL THEN 'no outcome stated'
				WHEN (o).metric OPERATOR(pg_catalog.=) t.metric THEN 'same metric'
				ELSE 'same metric key' END
	  FROM shreport.figures t,
		   LATERAL (SELECT shreport.outcome_for(t, scorecard.outcome_report) AS o) x
	 WHERE t.report_id OPERATOR(pg_catalog.=) scorecard.target_report
	   AND t.kind OPERATOR(pg_catalog.=) 'target'
	 ORDER BY t.figure_no;
END;

COMMENT ON FUNCTION shreport.scorecard(bigint, bigint) IS
'every target of the first report with the outcome the second states for it (see shreport.outcome_for): met is NULL when none is stated';

-- One row per region, year, metric key and measure (the level, or its
-- change): the target that year's report of the region sets (its first
-- target figure of that key), the outcome a loaded report states for it
-- (the next year's report first; not 累计, not 年均), whether it was met,
-- and, for rates and shares, the national target of that year and how far
-- the region's target goes beyond it (层层加码).
CREATE VIEW shreport.panel WITH (security_invoker = true) AS
WITH targets AS (
	SELECT DISTINCT ON (r.region, f.year, f.metric_key, f.is_change)
		   r.region, f.year, f.metric_key, f.is_change, f.report_id, f.figure_no,
		   f.metric, f.target, f.amount
	  FROM shreport.figures f
		   JOIN shreport.reports r ON r.report_id OPERATOR(pg_catalog.=) f.report_id
	 WHERE f.kind OPERATOR(pg_catalog.=) 'target'
	   AND f.metric_key IS NOT NULL AND r.region IS NOT NULL
	   AND f.year OPERATOR(pg_catalog.=) r.year
	 ORDER BY r.region, f.year, f.metric_key, f.is_change, f.report_id, f.figure_no
), outcomes AS (
	SELECT DISTINCT ON (r.region, f.year, f.metric_key, f.is_change,
						shreport.dimension(f.amount))
		   r.region, f.year, f.metric_key, f.is_change, f.report_id, f.figure_no,
		   f.metric, f.amount
	  FROM shreport.figures f
		   JOIN shreport.reports r ON r.report_id OPERATOR(pg_catalog.=) f.report_id
	 WHERE f.kind OPERATOR(pg_catalog.=) 'outcome'
	   AND f.metric_key IS NOT NULL AND r.region IS NOT NULL
	   AND NOT f.cumulative
	   AND NOT ('年均' OPERATOR(pg_catalog.=) ANY (f.qualifiers))
	 ORDER BY r.region, f.year, f.metric_key, f.is_change, shreport.dimension(f.amount),
			  (r.year OPERATOR(pg_catalog.<>) (f.year OPERATOR(pg_catalog.+) 1)),
			  f.report_id, f.figure_no
)
SELECT coalesce(t.region, o.region) AS region,
	   coalesce(t.year, o.year) AS year,
	   coalesce(t.metric_key, o.metric_key) AS metric_key,
	   m.name_en AS metric_en,
	   CASE WHEN coalesce(t.is_change, o.is_change) THEN 'change' ELSE 'level' END AS measure,
	   t.metric AS target_metric,
	   t.target,
	   shreport.hardness(t.target) AS hardness,
	   t.report_id AS target_report,
	   o.amount AS outcome,
	   o.metric AS outcome_metric,
	   o.report_id AS outcome_report,
	   CASE WHEN t.target IS NOT NULL AND o.amount IS NOT NULL
			THEN shreport.met(t.target, o.amount) END AS met,
	   CASE WHEN t.target IS NOT NULL AND o.amount IS NOT NULL
			THEN shreport.gap(t.target, o.amount) END AS gap,
	   n.target AS national_target,
	   CASE WHEN n.target IS NOT NULL
			 AND shreport.dimension(t.amount) OPERATOR(pg_catalog.=) ANY ('{percent,percentage_point}')
			THEN coalesce(shreport.lower(t.target), shreport.upper(t.target))
				 OPERATOR(shreport.-)
				 coalesce(shreport.lower(n.target), shreport.upper(n.target)) END AS excess
  FROM targets t
	   FULL JOIN outcomes o
		 ON o.region OPERATOR(pg_catalog.=) t.region
		AND o.year OPERATOR(pg_catalog.=) t.year
		AND o.metric_key OPERATOR(pg_catalog.=) t.metric_key
		AND o.is_change OPERATOR(pg_catalog.=) t.is_change
		AND shreport.dimension(o.amount) OPERATOR(pg_catalog.=) shreport.dimension(t.amount)
	   LEFT JOIN targets n
		 ON n.region OPERATOR(pg_catalog.=) '全国'
		AND t.region OPERATOR(pg_catalog.<>) '全国'
		AND n.year OPERATOR(pg_catalog.=) t.year
		AND n.metric_key OPERATOR(pg_catalog.=) t.metric_key
		AND n.is_change OPERATOR(pg_catalog.=) t.is_change
		AND shreport.dimension(n.amount) OPERATOR(pg_catalog.=) shreport.dimension(t.amount)
	   LEFT JOIN shreport.metrics m
		 ON m.metric_key OPERATOR(pg_catalog.=) coalesce(t.metric_key, o.metric_key);

COMMENT ON VIEW shreport.panel IS
'region x year x metric key x measure: target, hardness, outcome, met, gap, national target and the region''s excess over it (层层加码)';

INSERT INTO shreport.metrics (metric_key, name_zh, name_en, dimension, definition, shipped) VALUES
	('gdp', '地区生产总值', 'Gross regional product (GDP)', 'currency_cny', 'Market value of all final goods and services produced by the resident units of the region in the year (gross domestic product for the national report); growth figures are in real terms.', true),
	('gdp_per_capita', '人均地区生产总值', 'GDP per capita', 'currency_cny', 'Gross regional product divided by the average resident population of the year.', true),
	('primary_industry_value_added', '第一产业增加值', 'Value added of the primary sector', 'currency_cny', 'Value added of agriculture, forestry, animal husbandry and fishery (excluding their support services) in the year.', true),
	('secondary_industry_value_added', '第二产业增加值', 'Value added of the secondary sector', 'currency_cny', 'Value added of industry (mining, manufacturing, utilities) and construction in the year.', true),
	('tertiary_industry_value_added', '第三产业增加值', 'Value added of the tertiary sector (services)', 'currency_cny', 'Value added of all service industries in the year; the statistical classification defines the tertiary sector as the services sector, so 服务业增加值 is the same aggregate.', true),
	('industrial_value_added', '工业增加值', 'Industrial value added', 'currency_cny', 'Value added of all industrial enterprises (mining, manufacturing and utilities, of any size) in the year.', true),
	('industrial_value_added_above_scale', '规模以上工业增加值', 'Value added of industrial enterprises above designated size', 'currency_cny', 'Value added of industrial enterprises with annual main business revenue of 20 million yuan or more; targets and outcomes are its real growth rate.', true),
	('manufacturing_value_added', '制造业增加值', 'Manufacturing value added', 'currency_cny', 'Value added of the manufacturing industries in the year.', true),
	('manufacturing_value_added_above_scale', '规模以上制造业增加值', 'Value added of manufacturing enterprises above designated size', 'currency_cny', 'Value added of manufacturing enterprises above designated size in the year.', true),
	('high_tech_manufacturing_value_added', '高技术制造业增加值', 'High-tech manufacturing value added', 'currency_cny', 'Value added of the high-technology manufacturing industries (NBS classification) among industrial enterprises above designated size.', true),
	('high_tech_manufacturing_share', '高技术制造业增加值占规模以上工业增加值比重', 'High-tech manufacturing as share of industrial value added above designated size', 'percent', 'High-tech manufacturing value added divided by the value added of industry above designated size.', true),
	('equipment_manufacturing_value_added', '装备制造业增加值', 'Equipment manufacturing value added', 'currency_cny', 'Value added of the equipment manufacturing industries among industrial enterprises above designated size.', true),
	('high_tech_industry_value_added', '高新技术产业增加值', 'Value added of high and new technology industries', 'currency_cny', 'Value added of the high and new technology industries as the province defines them (a provincial aggregate, not the NBS high-tech manufacturing aggregate).', true),
	('high_tech_industry_output_share', '高新技术产业产值占规模以上工业总产值比重', 'High and new technology industry output as share of industrial output above designated size', 'percent', 'Gross output of high and new technology industries divided by the gross industrial output of enterprises above designated size.', true),
	('strategic_emerging_industry_output_share', '工业战略性新兴产业产值占规模以上工业比重', 'Strategic emerging industries as share of industrial output above designated size', 'percent', 'Output of industrial strategic emerging industries divided by the gross industrial output of enterprises above designated size.', true),
	('digital_economy_core_value_added', '数字经济核心产业增加值', 'Value added of the core digital economy industries', 'currency_cny', 'Value added of the core industries of the digital economy (digital product manufacturing, digital services, digital technology applications and digital factor-driven industries).', true),
	('digital_economy_core_share', '数字经济核心产业增加值占地区生产总值比重', 'Core digital economy industries as share of GDP', 'percent', 'Value added of the core digital economy industries divided by gross regional (domestic) product.', true),
	('digital_economy_value_added', '数字经济增加值', 'Digital economy value added (size of the digital economy)', 'currency_cny', 'Value added of the whole digital economy, core digital industries plus the digitalisation of other industries.', true),
	('digital_economy_share', '数字经济增加值占地区生产总值比重', 'Digital economy as share of GDP', 'percent', 'Value added of the whole digital economy divided by gross regional product.', true),
	('marine_gdp', '海洋生产总值', 'Gross ocean product', 'currency_cny', 'Value added of the marine economy (ocean industries and ocean-related industries) in the year.', true),
	('labour_productivity', '全员劳动生产率', 'Overall labour productivity', 'currency_cny', 'Gross regional product (at constant prices) per employed person, in yuan per person.', true),
	('agriculture_gross_output_value', '农林牧渔业总产值', 'Gross output value of agriculture, forestry, animal husbandry and fishery', 'currency_cny', 'Gross output value of farming, forestry, animal husbandry, fishery and their support services in the year.', true),
	('agriculture_value_added', '农林牧渔业增加值', 'Value added of agriculture, forestry, animal husbandry and fishery', 'currency_cny', 'Value added of farming, forestry, animal husbandry, fishery and their support services in the year.', true),
	('fixed_asset_investment', '固定资产投资', 'Fixed asset investment', 'currency_cny', 'Investment in fixed assets in the year as the report''s headline figure (whole-society or excluding rural households as the statistical office publishes it); targets and outcomes are its nominal growth rate.', true),
	('industrial_investment', '工业投资', 'Industrial investment', 'currency_cny', 'Fixed asset investment in industry (mining, manufacturing and utilities).', true),
	('manufacturing_investment', '制造业投资', 'Manufacturing investment', 'currency_cny', 'Fixed asset investment in the manufacturing industries.', true),
	('private_investment', '民间投资', 'Private investment', 'currency_cny', 'Fixed asset investment by private (non-state) investors.', true),
	('infrastructure_investment', '基础设施投资', 'Infrastructure investment', 'currency_cny', 'Fixed asset investment in infrastructure (transport, utilities, water conservancy, public facilities).', true),
	('real_estate_investment', '房地产开发投资', 'Real estate development investment', 'currency_cny', 'Investment by real estate development enterprises in the year.', true),
	('industry_sector_investment', '产业投资', 'Investment in industries (productive sectors)', 'currency_cny', 'Fixed asset investment in the productive industries, as the reporting province defines it (fixed asset investment excluding infrastructure and real estate development).', true),
	('industrial_technical_renovation_investment', '工业技术改造投资', 'Industrial technical renovation investment', 'currency_cny', 'Fixed asset investment by industrial enterprises in technical upgrading (工业技改投资).', true),
	('retail_sales', '社会消费品零售总额', 'Total retail sales of consumer goods', 'currency_cny', 'Value of consumer goods sold by all retailers and catering to households and social groups in the year; targets and outcomes are its nominal growth rate.', true),
	('online_retail_sales', '网上零售额', 'Online retail sales', 'currency_cny', 'Value of goods and services sold through online platforms in the year.', true),
	('online_retail_sales_physical_goods', '实物商品网上零售额', 'Online retail sales of physical goods', 'currency_cny', 'Value of physical goods sold through online platforms in the year (part of online retail sales and of total retail sales).', true),
	('consumption_expenditure_per_capita', '居民人均消费支出', 'Per capita consumption expenditure of residents', 'currency_cny', 'Household consumption expenditure per resident in the year.', true),
	('foreign_trade', '进出口总额', 'Total imports and exports (foreign trade in goods)', 'currency_cny', 'Value of goods imported and exported through customs in the year (customs statistics); this is the figure reports call 进出口 / 外贸进出口 / 货物贸易进出口.', true),
	('exports', '出口总额', 'Exports of goods', 'currency_cny', 'Value of goods exported through customs in the year.', true),
	('imports', '进口总额', 'Imports of goods', 'currency_cny', 'Value of goods imported through customs in the year.', true),
	('services_trade', '服务贸易进出口额', 'Trade in services', 'currency_cny', 'Value of services imported and exported in the year.', true),
	('foreign_investment_actual', '实际使用外资', 'Foreign direct investment actually utilised', 'currency_usd', 'Foreign direct investment actually paid in during the year (provinces report it in US dollars, the national statistics in yuan).', true),
	('budget_revenue', '一般公共预算收入', 'General public budget revenue', 'currency_cny', 'Revenue of the general public budget retained at the reporting level of government (地方一般公共预算收入 for a province; the national total for the national report).', true),
	('fiscal_revenue_total', '财政总收入', 'Total fiscal revenue', 'currency_cny', 'General public budget revenue collected in the region including the part remitted to the central government (一般公共预算总收入 / 财政总收入).', true),
	('budget_expenditure', '一般公共预算支出', 'General public budget expenditure', 'currency_cny', 'Expenditure of the general public budget of the reporting level of government in the year.', true),
	('tax_revenue', '税收收入', 'Tax revenue', 'currency_cny', 'Tax revenue included in general public budget revenue.', true),
	('tax_revenue_share', '税收收入占一般公共预算收入比重', 'Tax revenue as share of general public budget revenue', 'percent', 'Tax revenue divided by general public budget revenue.', true),
	('livelihood_expenditure', '民生支出', 'Livelihood (social) expenditure', 'currency_cny', 'General public budget expenditure on people''s livelihoods (education, social security, health, housing and similar categories as the region counts them).', true),
	('livelihood_expenditure_share', '民生支出占一般公共预算支出比重', 'Livelihood spending as share of general public budget expenditure', 'percent', 'Livelihood expenditure divided by general public budget expenditure.', true),
	('tax_fee_cuts', '新增减税降费', 'New tax and fee cuts', 'currency_cny', 'Reduction of taxes and fees in the year from new relief policies, excluding refunds and deferrals.', true),
	('tax_fee_relief_incl_refunds', '减税降费及退税缓费', 'Tax and fee cuts including refunds and deferrals', 'currency_cny', 'Total tax and fee relief in the year counting cuts, tax refunds (notably VAT credit refunds) and deferrals.', true),
	('deficit_ratio', '赤字率', 'Government deficit as share of GDP', 'percent', 'Budgeted general government deficit divided by GDP.', true),
	('deficit', '赤字规模', 'Government deficit', 'currency_cny', 'Budgeted general government deficit of the year.', true),
	('local_special_bonds', '地方政府专项债券', 'Local government special-purpose bonds', 'currency_cny', 'Quota of local government special-purpose bonds issued in the year.', true),
	('ultra_long_special_treasury_bonds', '超长期特别国债', 'Ultra-long-term special treasury bonds', 'currency_cny', 'Ultra-long-term special central government bonds issued in the year.', true),
	('social_financing_stock', '社会融资规模存量', 'Aggregate financing to the real economy (outstanding)', 'currency_cny', 'Outstanding aggregate financing to the real economy at the end of the year; its growth rate and its increment (flow) are changes of it.', true),
	('loan_balance', '各项贷款余额', 'Outstanding loans', 'currency_cny', 'Outstanding RMB and foreign-currency loans of financial institutions at the end of the year.', true),
	('deposit_balance', '各项存款余额', 'Outstanding deposits', 'currency_cny', 'Outstanding RMB and foreign-currency deposits in financial institutions at the end of the year.', true),
	('urban_new_jobs', '城镇新增就业', 'New urban jobs', 'count:人', 'Number of people newly employed in urban areas in the year (a gross count, not net of job losses, as the human resources departments publish it).', true),
	('urban_unemployment_rate', '城镇调查失业率', 'Surveyed urban unemployment rate', 'percent', 'Share of the urban labour force unemployed according to the labour force survey (annual average or target level).', true),
	('registered_urban_unemployment_rate', '城镇登记失业率', 'Registered urban unemployment rate', 'percent', 'Share of the urban labour force registered as unemployed.', true),
	('rural_labour_transfer_employment', '农村劳动力转移就业', 'Rural labour in transfer employment', 'count:人', 'Number of rural labourers working outside agriculture or away from home in the year (the stock of transferred rural labour, in persons).', true),
	('rural_labour_transfer_employment_person_times', '农牧区劳动力转移就业（人次）', 'Rural labour transfer employment (person-times)', 'count:人次', 'Rural labour transfer employment counted in person-times rather than persons (as Qinghai reports it); not comparable with counts of persons.', true),
	('cpi', '居民消费价格指数', 'Consumer price index', 'dimensionless', 'Consumer price index (previous year = 100); targets and outcomes are its year-on-year change in percent (居民消费价格涨幅).', true),
	('disposable_income_per_capita', '居民人均可支配收入', 'Per capita disposable income of residents', 'currency_cny', 'Disposable income per resident of the whole (urban and rural) resident population in the year; 居民收入增长 targets refer to its growth.', true),
	('urban_disposable_income_per_capita', '城镇居民人均可支配收入', 'Per capita disposable income of urban residents', 'currency_cny', 'Disposable income per urban resident (常住) in the year.', true),
	('rural_disposable_income_per_capita', '农村居民人均可支配收入', 'Per capita disposable income of rural residents', 'currency_cny', 'Disposable income per rural resident (常住; 农牧民 in pastoral regions) in the year.', true),
	('urban_rural_income_ratio', '城乡居民收入比', 'Urban-rural income ratio', 'dimensionless', 'Per capita disposable income of urban residents divided by that of rural residents (rural = 1).', true),
	('life_expectancy', '人均预期寿命', 'Life expectancy at birth', 'year', 'Average number of years a newborn is expected to live at current mortality rates.', true),
	('urbanization_rate', '常住人口城镇化率', 'Urbanisation rate (resident population)', 'percent', 'Urban resident population divided by total resident population at year end.', true),
	('hukou_urbanization_rate', '户籍人口城镇化率', 'Urbanisation rate (registered population)', 'percent', 'Population with urban household registration divided by total registered population.', true),
	('permanent_population', '常住人口', 'Resident population', 'count:人', 'Number of people usually resident in the region at year end.', true),
	('grain_output', '粮食产量', 'Grain output', 'mass', 'Total production of grain (cereals, beans and tubers) in the year; targets for comprehensive grain production capacity (粮食综合生产能力) are scored against it.', true),
	('grain_sown_area', '粮食播种面积', 'Grain sown area', 'area', 'Area sown to grain crops in the year.', true),
	('sugarcane_planting_area', '糖料蔗种植面积', 'Sugarcane planting area', 'area', 'Area planted with sugarcane for sugar in the year.', true),
	('high_standard_farmland', '高标准农田', 'High-standard farmland built', 'area', 'Area of high-standard farmland newly built or upgraded (a flow unless the figure is cumulative).', true),
	('energy_intensity', '单位地区生产总值能耗', 'Energy consumption per unit of GDP', 'coal_equivalent', 'Total energy consumption (tonnes of standard coal) per 10,000 yuan of gross regional product; targets and outcomes are its percent reduction.', true),
	('carbon_intensity', '单位地区生产总值二氧化碳排放', 'CO2 emissions per unit of GDP', 'mass', 'Carbon dioxide emissions per 10,000 yuan of gross regional product; targets and outcomes are its percent reduction.', true),
	('total_energy_consumption', '能源消费总量', 'Total energy consumption', 'coal_equivalent', 'Total primary energy consumption in the year, in standard coal equivalent.', true),
	('major_pollutant_emissions', '主要污染物排放总量', 'Total emissions of major pollutants', 'mass', 'Total emissions of the major pollutants under binding control (chemical oxygen demand, ammonia nitrogen, nitrogen oxides, volatile organic compounds).', true),
	('major_pollutant_key_project_reductions', '主要污染物重点工程减排量', 'Emission reductions of major pollutants from key projects', 'mass', 'Reductions of the major controlled pollutants achieved by key emission reduction projects (the 14th Five-Year Plan binding indicator).', true),
	('pm25', '细颗粒物（PM2.5）平均浓度', 'PM2.5 concentration', 'mass', 'Annual average concentration of fine particulate matter (PM2.5) in the cities of the region, in micrograms per cubic metre.', true),
	('good_air_days_ratio', '空气质量优良天数比率', 'Share of days with good or excellent air quality', 'percent', 'Share of monitored days on which the air quality index of the cities of the region is good or excellent (AQI at most 100).', true),
	('good_air_days', '空气质量优良天数', 'Days with good or excellent air quality', 'time', 'Number of days in the year on which the air quality index is good or excellent.', true),
	('surface_water_good_quality_ratio', '地表水水质优良比例', 'Share of surface water sections of good quality (Grade III or better)', 'percent', 'Share of the nationally assessed surface water sections whose water quality reaches Grade I to III.', true),
	('coastal_water_good_quality_ratio', '近岸海域水质优良比例', 'Share of coastal waters of good quality', 'percent', 'Share of the coastal sea area whose water quality is Grade I or II.', true),
	('forest_coverage', '森林覆盖率', 'Forest coverage rate', 'percent', 'Forest area divided by total land area.', true),
	('power_capacity', '电力装机容量', 'Installed power generation capacity', 'power', 'Total installed capacity of power generation at year end.', true),
	('new_energy_capacity', '新能源装机容量', 'Installed new energy capacity', 'power', 'Installed capacity of new energy power generation (wind and solar, with other new sources where counted) at year end.', true),
	('renewable_energy_capacity', '可再生能源发电装机容量', 'Installed renewable energy capacity', 'power', 'Installed capacity of renewable power generation (hydro, wind, solar, biomass) at year end.', true),
	('clean_energy_capacity_share', '清洁能源装机比重', 'Clean energy share of installed capacity', 'percent', 'Installed capacity of clean energy (renewables and nuclear, gas where counted) divided by total installed power capacity.', true),
	('electricity_generation', '发电量', 'Electricity generation', 'energy', 'Electricity generated in the year.', true),
	('rd_intensity', '研究与试验发展经费投入强度', 'R&D expenditure as share of GDP', 'percent', 'Gross expenditure on research and experimental development divided by gross regional product.', true),
	('rd_expenditure', '研究与试验发展经费支出', 'Gross expenditure on R&D', 'currency_cny', 'Expenditure on research and experimental development by all performers in the region in the year.', true),
	('high_tech_enterprises', '高新技术企业数', 'Number of high and new technology enterprises', 'count:家', 'Number of enterprises certified as high and new technology enterprises (valid certificates).', true),
	('tech_smes', '科技型中小企业数', 'Number of technology-based SMEs', 'count:家', 'Number of small and medium-sized enterprises registered as technology-based SMEs.', true),
	('little_giant_enterprises', '国家级专精特新“小巨人”企业数', 'Number of national specialised and sophisticated ''little giant'' enterprises', 'count:家', 'Number of enterprises recognised by the Ministry of Industry and Information Technology as specialised, refined, distinctive and innovative ''little giants''.', true),
	('specialised_smes', '专精特新中小企业数', 'Number of specialised and sophisticated SMEs', 'count:家', 'Number of SMEs recognised at provincial level as specialised, refined, distinctive and innovative.', true),
	('manufacturing_single_champions', '国家级制造业单项冠军企业数', 'Number of national manufacturing single champion enterprises', 'count:家', 'Number of enterprises recognised nationally as manufacturing single (individual product) champions.', true),
	('tech_contract_turnover', '技术合同成交额', 'Turnover of technology contracts', 'currency_cny', 'Value of technology contracts registered in the year.', true),
	('invention_patents_per_10k', '每万人口发明专利拥有量', 'Invention patents in force per 10,000 people', 'count:件', 'Number of valid invention patents per 10,000 resident population.', true),
	('high_value_invention_patents_per_10k', '每万人口高价值发明专利拥有量', 'High-value invention patents per 10,000 people', 'count:件', 'Number of valid high-value invention patents per 10,000 resident population.', true),
	('invention_patents_owned', '发明专利拥有量', 'Invention patents in force', 'count:件', 'Number of valid invention patents held at year end.', true),
	('invention_patents_granted', '发明专利授权量', 'Invention patents granted', 'count:件', 'Number of invention patents granted in the year.', true),
	('patents_granted', '专利授权量', 'Patents granted', 'count:件', 'Number of patents of all types (invention, utility model, design) granted in the year.', true),
	('new_energy_vehicle_output', '新能源汽车产量', 'New energy vehicle output', 'count:辆', 'Number of new energy vehicles produced in the year.', true),
	('industrial_enterprises_above_scale', '规模以上工业企业数', 'Number of industrial enterprises above designated size', 'count:家', 'Number of industrial enterprises with annual main business revenue of 20 million yuan or more.', true),
	('tourist_arrivals', '接待游客人次', 'Tourist arrivals', 'count:人次', 'Number of domestic and inbound tourist visits received in the year.', true),
	('tourism_revenue', '旅游总收入', 'Tourism revenue (total tourist spending)', 'currency_cny', 'Total spending of domestic and inbound tourists in the region in the year (旅游总收入, now published as 游客总花费).', true),
	('affordable_housing', '保障性住房', 'Government-subsidised housing units', 'count:套', 'Number of units of government-subsidised housing (all types, or allocated/for-sale units) built or raised in the year.', true),
	('affordable_rental_housing', '保障性租赁住房', 'Government-subsidised rental housing units', 'count:套', 'Number of government-subsidised rental housing units built or raised in the year.', true),
	('shantytown_renovation', '棚户区改造', 'Shantytown renovation', 'count:套', 'Number of housing units in shantytown renovation started or completed in the year.', true),
	('old_residential_renovation', '城镇老旧小区改造', 'Renovation of old urban residential communities', 'count:个', 'Number of old urban residential communities renovated in the year (some reports count households).', true),
	('container_throughput', '集装箱吞吐量', 'Port container throughput', 'count:标准箱', 'Containers handled by the ports of the region in the year, in twenty-foot equivalent units.', true),
	('port_cargo_throughput', '港口货物吞吐量', 'Port cargo throughput', 'mass', 'Tonnage of cargo handled by the ports of the region in the year.', true),
	('expressway_mileage', '高速公路通车里程', 'Expressway length in service', 'length', 'Length of expressways open to traffic at year end.', true),
	('business_entities', '经营主体', 'Registered business entities', 'count:户', 'Number of registered business entities (enterprises, individual businesses and farmer cooperatives).', true),
	('listed_companies', '上市公司', 'Listed companies', 'count:家', 'Number of companies of the region listed on stock exchanges.', true);

INSERT INTO shreport.metric_aliases (alias, metric_key, shipped) VALUES
	('地区生产总值', 'gdp', true),
	('生产总值', 'gdp', true),
	('国内生产总值', 'gdp', true),
	('GDP', 'gdp', true),
	('地区GDP', 'gdp', true),
	('经济总量', 'gdp', true),
	('经济', 'gdp', true),
	('地区生产总值总量', 'gdp', true),
	('全疆地区生产总值', 'gdp', true),
	('经济总量跨上', 'gdp', true),
	('地区生产总值迈上', 'gdp', true),
	('地区生产总值连跨', 'gdp', true),
	('人均地区生产总值', 'gdp_per_capita', true),
	('人均生产总值', 'gdp_per_capita', true),
	('人均GDP', 'gdp_per_capita', true),
	('人均国内生产总值', 'gdp_per_capita', true),
	('第一产业增加值', 'primary_industry_value_added', true),
	('一产增加值', 'primary_industry_value_added', true),
	('一产业增加值', 'primary_industry_value_added', true),
	('第二产业增加值', 'secondary_industry_value_added', true),
	('二产增加值', 'secondary_industry_value_added', true),
	('二产业增加值', 'secondary_industry_value_added', true),
	('第三产业增加值', 'tertiary_industry_value_added', true),
	('三产增加值', 'tertiary_industry_value_added', true),
	('三产业增加值', 'tertiary_industry_value_added', true),
	('服务业增加值', 'tertiary_industry_value_added', true),
	('工业增加值', 'industrial_value_added', true),
	('全部工业增加值', 'industrial_value_added', true),
	('规上工业增加值', 'industrial_value_added_above_scale', true),
	('规模工业增加值', 'industrial_value_added_above_scale', true),
	('制造业增加值', 'manufacturing_value_added', true),
	('规上制造业增加值', 'manufacturing_value_added_above_scale', true),
	('高技术制造业增加值', 'high_tech_manufacturing_value_added', true),
	('高技术制造业', 'high_tech_manufacturing_value_added', true),
	('规上高技术制造业增加值', 'high_tech_manufacturing_value_added', true),
	('高技术制造业增加值占规上工业比重', 'high_tech_manufacturing_share', true),
	('高技术制造业增加值占规上工业增加值比重', 'high_tech_manufacturing_share', true),
	('高技术制造业增加值占规上工业', 'high_tech_manufacturing_share', true),
	('高技术制造业占规上工业比重', 'high_tech_manufacturing_share', true),
	('高技术制造业增加值占比', 'high_tech_manufacturing_share', true),
	('装备制造业增加值', 'equipment_manufacturing_value_added', true),
	('高新技术产业增加值', 'high_tech_industry_value_added', true),
	('高新技术产业产值占比', 'high_tech_industry_output_share', true),
	('高新技术产业产值占规上工业比重', 'high_tech_industry_output_share', true),
	('高新技术产业产值占规上工业总产值比重', 'high_tech_industry_output_share', true),
	('高新技术产业产值占规上工业总产值的比重', 'high_tech_industry_output_share', true),
	('工业战略性新兴产业产值占规上工业比重', 'strategic_emerging_industry_output_share', true),
	('战略性新兴产业产值占规上工业比重', 'strategic_emerging_industry_output_share', true),
	('工业战略性新兴产业占比', 'strategic_emerging_industry_output_share', true),
	('数字经济核心产业增加值', 'digital_economy_core_value_added', true),
	('数字经济核心产业增加值占GDP比重', 'digital_economy_core_share', true),
	('数字经济核心产业增加值占地区生产总值比重', 'digital_economy_core_share', true),
	('数字经济核心产业增加值占国内生产总值比重', 'digital_economy_core_share', true),
	('数字经济核心产业增加值占生产总值比重', 'digital_economy_core_share', true),
	('数字经济核心产业增加值占比', 'digital_economy_core_share', true),
	('数字经济增加值', 'digital_economy_value_added', true),
	('数字经济规模', 'digital_economy_value_added', true),
	('数字经济占生产总值比重', 'digital_economy_share', true),
	('数字经济占GDP比重', 'digital_economy_share', true),
	('数字经济占地区生产总值比重', 'digital_economy_share', true),
	('数字经济增加值占GDP比重', 'digital_economy_share', true),
	('数字经济增加值占地区生产总值比重', 'digital_economy_share', true),
	('海洋生产总值', 'marine_gdp', true),
	('全员劳动生产率', 'labour_productivity', true),
	('农林牧渔业总产值', 'agriculture_gross_output_value', true),
	('农林牧渔业增加值', 'agriculture_value_added', true),
	('固定资产投资', 'fixed_asset_investment', true),
	('全社会固定资产投资', 'fixed_asset_investment', true),
	('固定资产投资今年', 'fixed_asset_investment', true),
	('工业投资', 'industrial_investment', true),
	('制造业投资', 'manufacturing_investment', true),
	('民间投资', 'private_investment', true),
	('基础设施投资', 'infrastructure_investment', true),
	('房地产开发投资', 'real_estate_investment', true),
	('房地产投资', 'real_estate_investment', true),
	('产业投资', 'industry_sector_investment', true),
	('工业技改投资', 'industrial_technical_renovation_investment', true),
	('工业技术改造投资', 'industrial_technical_renovation_investment', true),
	('社会消费品零售总额', 'retail_sales', true),
	('社会消费品零售额', 'retail_sales', true),
	('社零总额', 'retail_sales', true),
	('社零', 'retail_sales', true),
	('网上零售额', 'online_retail_sales', true),
	('网络零售额', 'online_retail_sales', true),
	('实物商品网上零售额', 'online_retail_sales_physical_goods', true),
	('居民人均消费支出', 'consumption_expenditure_per_capita', true),
	('全体居民人均消费支出', 'consumption_expenditure_per_capita', true),
	('人均消费支出', 'consumption_expenditure_per_capita', true),
	('进出口', 'foreign_trade', true),
	('进出口总额', 'foreign_trade', true),
	('进出口总值', 'foreign_trade', true),
	('进出口额', 'foreign_trade', true),
	('外贸进出口', 'foreign_trade', true),
	('外贸进出口总额', 'foreign_trade', true),
	('外贸进出口总值', 'foreign_trade', true),
	('外贸进出口额', 'foreign_trade', true),
	('进出口贸易总额', 'foreign_trade', true),
	('对外贸易进出口总额', 'foreign_trade', true),
	('货物进出口', 'foreign_trade', true),
	('货物进出口总额', 'foreign_trade', true),
	('货物贸易进出口', 'foreign_trade', true),
	('货物贸易进出口总额', 'foreign_trade', true),
	('货物贸易进出口总值', 'foreign_trade', true),
	('货物贸易', 'foreign_trade', true),
	('外贸', 'foreign_trade', true),
	('对外贸易', 'foreign_trade', true),
	('北京地区进出口总额', 'foreign_trade', true),
	('出口', 'exports', true),
	('出口总额', 'exports', true),
	('出口总值', 'exports', true),
	('出口额', 'exports', true),
	('外贸出口', 'exports', true),
	('货物出口', 'exports', true),
	('货物贸易出口', 'exports', true),
	('进口', 'imports', true),
	('进口总额', 'imports', true),
	('进口总值', 'imports', true),
	('进口额', 'imports', true),
	('货物进口', 'imports', true),
	('货物贸易进口', 'imports', true),
	('服务贸易', 'services_trade', true),
	('服务贸易进出口', 'services_trade', true),
	('服务贸易进出口额', 'services_trade', true),
	('服务进出口', 'services_trade', true),
	('服务贸易规模', 'services_trade', true),
	('实际使用外资', 'foreign_investment_actual', true),
	('实际利用外资', 'foreign_investment_actual', true),
	('实际使用外资金额', 'foreign_investment_actual', true),
	('实际利用外资金额', 'foreign_investment_actual', true),
	('外商直接投资实际到位资金', 'foreign_investment_actual', true),
	('实际使用外商直接投资', 'foreign_investment_actual', true),
	('实际使用外商直接投资金额', 'foreign_investment_actual', true),
	('一般公共预算收入', 'budget_revenue', true),
	('地方一般公共预算收入', 'budget_revenue', true),
	('地方级一般公共预算收入', 'budget_revenue', true),
	('一般公共预算总收入', 'fiscal_revenue_total', true),
	('财政总收入', 'fiscal_revenue_total', true),
	('一般公共预算支出', 'budget_expenditure', true),
	('一般公共预算支出规模', 'budget_expenditure', true),
	('地方一般公共预算支出', 'budget_expenditure', true),
	('税收收入', 'tax_revenue', true),
	('税收占比', 'tax_revenue_share', true),
	('税收收入占比', 'tax_revenue_share', true),
	('税收收入占一般公共预算收入比重', 'tax_revenue_share', true),
	('税收占一般公共预算收入比重', 'tax_revenue_share', true),
	('民生支出', 'livelihood_expenditure', true),
	('财政民生支出', 'livelihood_expenditure', true),
	('民生支出占比', 'livelihood_expenditure_share', true),
	('财政民生支出占比', 'livelihood_expenditure_share', true),
	('民生支出占一般公共预算支出比例', 'livelihood_expenditure_share', true),
	('民生支出占一般公共预算支出比重', 'livelihood_expenditure_share', true),
	('民生支出占财政支出比重', 'livelihood_expenditure_share', true),
	('11类民生支出占一般公共预算支出', 'livelihood_expenditure_share', true),
	('减税降费', 'tax_fee_cuts', true),
	('新增减税降费', 'tax_fee_cuts', true),
	('减税降费及退税缓费', 'tax_fee_relief_incl_refunds', true),
	('减税降费、退税缓费', 'tax_fee_relief_incl_refunds', true),
	('新增减税降费及退税缓费', 'tax_fee_relief_incl_refunds', true),
	('减税降费及退税缓税缓费', 'tax_fee_relief_incl_refunds', true),
	('减税降费及退税', 'tax_fee_relief_incl_refunds', true),
	('赤字率', 'deficit_ratio', true),
	('赤字率拟按', 'deficit_ratio', true),
	('赤字规模', 'deficit', true),
	('地方政府专项债券', 'local_special_bonds', true),
	('新增地方政府专项债券', 'local_special_bonds', true),
	('专项债券', 'local_special_bonds', true),
	('超长期特别国债', 'ultra_long_special_treasury_bonds', true),
	('拟发行超长期特别国债', 'ultra_long_special_treasury_bonds', true),
	('社会融资规模', 'social_financing_stock', true),
	('社会融资规模存量', 'social_financing_stock', true),
	('各项贷款余额', 'loan_balance', true),
	('各项贷款', 'loan_balance', true),
	('贷款余额', 'loan_balance', true),
	('金融机构贷款余额', 'loan_balance', true),
	('本外币贷款余额', 'loan_balance', true),
	('金融机构本外币贷款余额', 'loan_balance', true),
	('本外币贷款', 'loan_balance', true),
	('各项存款余额', 'deposit_balance', true),
	('存款余额', 'deposit_balance', true),
	('金融机构存款余额', 'deposit_balance', true),
	('本外币存款余额', 'deposit_balance', true),
	('金融机构本外币存款余额', 'deposit_balance', true),
	('城镇新增就业', 'urban_new_jobs', true),
	('新增城镇就业', 'urban_new_jobs', true),
	('城镇就业', 'urban_new_jobs', true),
	('城镇新增就业人数', 'urban_new_jobs', true),
	('新增城镇就业人数', 'urban_new_jobs', true),
	('城镇调查失业率', 'urban_unemployment_rate', true),
	('城镇调查失业率平均值', 'urban_unemployment_rate', true),
	('城镇调查失业率均值', 'urban_unemployment_rate', true),
	('调查失业率', 'urban_unemployment_rate', true),
	('城镇登记失业率', 'registered_urban_unemployment_rate', true),
	('农村劳动力转移就业', 'rural_labour_transfer_employment', true),
	('农村劳动力转移就业人数', 'rural_labour_transfer_employment', true),
	('农牧民转移就业', 'rural_labour_transfer_employment', true),
	('农牧区劳动力转移就业', 'rural_labour_transfer_employment_person_times', true),
	('居民消费价格', 'cpi', true),
	('居民消费价格涨幅', 'cpi', true),
	('居民消费价格指数', 'cpi', true),
	('居民消费价格指数涨幅', 'cpi', true),
	('居民消费价格指数涨幅在', 'cpi', true),
	('居民消费价格总水平', 'cpi', true),
	('CPI', 'cpi', true),
	('CPI涨幅', 'cpi', true),
	('物价', 'cpi', true),
	('物价涨幅', 'cpi', true),
	('居民人均可支配收入', 'disposable_income_per_capita', true),
	('全体居民人均可支配收入', 'disposable_income_per_capita', true),
	('常住居民人均可支配收入', 'disposable_income_per_capita', true),
	('人均可支配收入', 'disposable_income_per_capita', true),
	('居民可支配收入', 'disposable_income_per_capita', true),
	('居民收入', 'disposable_income_per_capita', true),
	('居民人均收入', 'disposable_income_per_capita', true),
	('城镇居民人均可支配收入', 'urban_disposable_income_per_capita', true),
	('城镇常住居民人均可支配收入', 'urban_disposable_income_per_capita', true),
	('城镇居民收入', 'urban_disposable_income_per_capita', true),
	('农村居民人均可支配收入', 'rural_disposable_income_per_capita', true),
	('农村常住居民人均可支配收入', 'rural_disposable_income_per_capita', true),
	('农民人均可支配收入', 'rural_disposable_income_per_capita', true),
	('农村居民收入', 'rural_disposable_income_per_capita', true),
	('农民收入', 'rural_disposable_income_per_capita', true),
	('农牧民人均可支配收入', 'rural_disposable_income_per_capita', true),
	('农村牧区常住居民人均可支配收入', 'rural_disposable_income_per_capita', true),
	('农牧民收入', 'rural_disposable_income_per_capita', true),
	('城乡居民收入比', 'urban_rural_income_ratio', true),
	('城乡居民收入倍差', 'urban_rural_income_ratio', true),
	('城乡居民人均可支配收入比', 'urban_rural_income_ratio', true),
	('城乡收入比', 'urban_rural_income_ratio', true),
	('人均预期寿命', 'life_expectancy', true),
	('居民人均预期寿命', 'life_expectancy', true),
	('平均预期寿命', 'life_expectancy', true),
	('常住人口城镇化率', 'urbanization_rate', true),
	('城镇化率', 'urbanization_rate', true),
	('城镇化水平', 'urbanization_rate', true),
	('户籍人口城镇化率', 'hukou_urbanization_rate', true),
	('常住人口', 'permanent_population', true),
	('粮食产量', 'grain_output', true),
	('粮食总产量', 'grain_output', true),
	('粮食总产', 'grain_output', true),
	('粮食综合生产能力', 'grain_output', true),
	('粮食年产量', 'grain_output', true),
	('粮食产量首次跃上', 'grain_output', true),
	('粮食播种面积', 'grain_sown_area', true),
	('粮食种植面积', 'grain_sown_area', true),
	('粮食作物种植面积', 'grain_sown_area', true),
	('粮食作物播种面积', 'grain_sown_area', true),
	('全疆粮食播种面积', 'grain_sown_area', true),
	('糖料蔗种植面积', 'sugarcane_planting_area', true),
	('糖料蔗播种面积', 'sugarcane_planting_area', true),
	('高标准农田', 'high_standard_farmland', true),
	('新建高标准农田', 'high_standard_farmland', true),
	('新建和改造提升高标准农田', 'high_standard_farmland', true),
	('单位地区生产总值能耗', 'energy_intensity', true),
	('单位生产总值能耗', 'energy_intensity', true),
	('单位GDP能耗', 'energy_intensity', true),
	('单位国内生产总值能耗', 'energy_intensity', true),
	('能耗强度', 'energy_intensity', true),
	('单位地区生产总值能源消耗', 'energy_intensity', true),
	('单位GDP能源消耗', 'energy_intensity', true),
	('万元地区生产总值能耗', 'energy_intensity', true),
	('万元GDP能耗', 'energy_intensity', true),
	('单位地区生产总值二氧化碳排放', 'carbon_intensity', true),
	('单位地区生产总值二氧化碳排放量', 'carbon_intensity', true),
	('单位生产总值二氧化碳排放', 'carbon_intensity', true),
	('单位生产总值二氧化碳排放量', 'carbon_intensity', true),
	('单位GDP二氧化碳排放', 'carbon_intensity', true),
	('单位GDP二氧化碳排放量', 'carbon_intensity', true),
	('单位国内生产总值二氧化碳排放', 'carbon_intensity', true),
	('单位国内生产总值二氧化碳排放量', 'carbon_intensity', true),
	('碳排放强度', 'carbon_intensity', true),
	('二氧化碳排放强度', 'carbon_intensity', true),
	('能源消费总量', 'total_energy_consumption', true),
	('主要污染物排放总量', 'major_pollutant_emissions', true),
	('主要污染物排放', 'major_pollutant_emissions', true),
	('主要污染物排放量', 'major_pollutant_emissions', true),
	('主要污染物重点工程减排量', 'major_pollutant_key_project_reductions', true),
	('PM2.5浓度', 'pm25', true),
	('PM2.5', 'pm25', true),
	('PM2.5平均浓度', 'pm25', true),
	('PM2.5年均浓度', 'pm25', true),
	('设区市PM2.5平均浓度', 'pm25', true),
	('细颗粒物浓度', 'pm25', true),
	('细颗粒物平均浓度', 'pm25', true),
	('细颗粒物年均浓度', 'pm25', true),
	('细颗粒物（PM2.5）浓度', 'pm25', true),
	('细颗粒物（PM2.5）平均浓度', 'pm25', true),
	('细颗粒物（PM2.5）年均浓度', 'pm25', true),
	('细颗粒物(PM2.5)浓度', 'pm25', true),
	('细颗粒物(PM2.5)平均浓度', 'pm25', true),
	('地级及以上城市细颗粒物（PM2.5）平均浓度', 'pm25', true),
	('地级及以上城市PM2.5平均浓度', 'pm25', true),
	('空气质量优良天数比率', 'good_air_days_ratio', true),
	('空气质量优良天数比例', 'good_air_days_ratio', true),
	('优良天数比率', 'good_air_days_ratio', true),
	('优良天数比例', 'good_air_days_ratio', true),
	('空气优良天数比率', 'good_air_days_ratio', true),
	('空气优良天数比例', 'good_air_days_ratio', true),
	('环境空气质量优良天数比率', 'good_air_days_ratio', true),
	('环境空气质量优良天数比例', 'good_air_days_ratio', true),
	('环境空气质量优良率', 'good_air_days_ratio', true),
	('空气质量优良率', 'good_air_days_ratio', true),
	('设区城市空气质量优良天数比例', 'good_air_days_ratio', true),
	('设区市空气质量优良天数比例', 'good_air_days_ratio', true),
	('城市空气优良天数比例', 'good_air_days_ratio', true),
	('城市空气质量优良天数比例', 'good_air_days_ratio', true),
	('地级城市空气质量优良天数比率', 'good_air_days_ratio', true),
	('地级及以上城市空气质量优良天数比率', 'good_air_days_ratio', true),
	('地级及以上城市空气质量优良天数比例', 'good_air_days_ratio', true),
	('优良天数', 'good_air_days', true),
	('地表水水质优良率', 'surface_water_good_quality_ratio', true),
	('地表水水质优良比例', 'surface_water_good_quality_ratio', true),
	('地表水优良水体比例', 'surface_water_good_quality_ratio', true),
	('地表水优良水质断面比例', 'surface_water_good_quality_ratio', true),
	('地表水达到或好于Ⅲ类水体比例', 'surface_water_good_quality_ratio', true),
	('地表水国考断面水质优良比例', 'surface_water_good_quality_ratio', true),
	('地表水国考断面水质优良率', 'surface_water_good_quality_ratio', true),
	('地表水国考断面优良水体比例', 'surface_water_good_quality_ratio', true),
	('地表水国考断面优Ⅲ比例', 'surface_water_good_quality_ratio', true),
	('地表水国控断面水质优良比例', 'surface_water_good_quality_ratio', true),
	('地表水国控断面I—Ⅲ类水质比例', 'surface_water_good_quality_ratio', true),
	('地表水国家考核断面水质优良比例', 'surface_water_good_quality_ratio', true),
	('地表水考核断面水质优良比例', 'surface_water_good_quality_ratio', true),
	('国考断面水质优良比例', 'surface_water_good_quality_ratio', true),
	('国考断面水质优良率', 'surface_water_good_quality_ratio', true),
	('国考断面优良水体比例', 'surface_water_good_quality_ratio', true),
	('国考断面优良水体', 'surface_water_good_quality_ratio', true),
	('国控断面水质优良比例', 'surface_water_good_quality_ratio', true),
	('国控断面优良水质比例', 'surface_water_good_quality_ratio', true),
	('主要流域国控断面优良水质比例', 'surface_water_good_quality_ratio', true),
	('近岸海域优良水质比例', 'coastal_water_good_quality_ratio', true),
	('近岸海域水质优良比例', 'coastal_water_good_quality_ratio', true),
	('近岸海域优良水质面积比例', 'coastal_water_good_quality_ratio', true),
	('近岸海域水质优良率', 'coastal_water_good_quality_ratio', true),
	('森林覆盖率', 'forest_coverage', true),
	('电力装机', 'power_capacity', true),
	('电力总装机', 'power_capacity', true),
	('电力装机容量', 'power_capacity', true),
	('电力装机规模', 'power_capacity', true),
	('发电装机', 'power_capacity', true),
	('发电装机容量', 'power_capacity', true),
	('发电总装机', 'power_capacity', true),
	('电源装机', 'power_capacity', true),
	('新能源装机', 'new_energy_capacity', true),
	('新能源装机容量', 'new_energy_capacity', true),
	('新能源并网装机', 'new_energy_capacity', true),
	('新能源装机规模', 'new_energy_capacity', true),
	('新能源发电装机', 'new_energy_capacity', true),
	('可再生能源发电装机', 'renewable_energy_capacity', true),
	('可再生能源装机', 'renewable_energy_capacity', true),
	('可再生能源装机容量', 'renewable_energy_capacity', true),
	('可再生能源发电装机容量', 'renewable_energy_capacity', true),
	('清洁能源装机比重', 'clean_energy_capacity_share', true),
	('清洁能源装机占比', 'clean_energy_capacity_share', true),
	('发电量', 'electricity_generation', true),
	('研究与试验发展经费投入强度', 'rd_intensity', true),
	('研究与试验发展（R&D）经费投入强度', 'rd_intensity', true),
	('研发经费投入强度', 'rd_intensity', true),
	('研发投入强度', 'rd_intensity', true),
	('全社会研发投入强度', 'rd_intensity', true),
	('全社会研发经费投入强度', 'rd_intensity', true),
	('R&D经费投入强度', 'rd_intensity', true),
	('R&D投入强度', 'rd_intensity', true),
	('R&D经费支出占GDP比重', 'rd_intensity', true),
	('研发经费支出占地区生产总值比重', 'rd_intensity', true),
	('研发经费投入占地区生产总值比重', 'rd_intensity', true),
	('全社会研发经费支出相当于生产总值的比例', 'rd_intensity', true),
	('全社会研发经费支出相当于全市生产总值的比例', 'rd_intensity', true),
	('研究与试验发展经费', 'rd_expenditure', true),
	('研究与试验发展经费支出', 'rd_expenditure', true),
	('研究与试验发展经费投入', 'rd_expenditure', true),
	('全疆研究与试验发展经费', 'rd_expenditure', true),
	('研发经费', 'rd_expenditure', true),
	('研发经费投入', 'rd_expenditure', true),
	('研发经费支出', 'rd_expenditure', true),
	('全社会研发投入', 'rd_expenditure', true),
	('全社会研发经费投入', 'rd_expenditure', true),
	('全社会研发经费支出', 'rd_expenditure', true),
	('R&D经费', 'rd_expenditure', true),
	('R&D经费支出', 'rd_expenditure', true),
	('R&D经费投入', 'rd_expenditure', true),
	('高新技术企业', 'high_tech_enterprises', true),
	('国家高新技术企业', 'high_tech_enterprises', true),
	('国家级高新技术企业', 'high_tech_enterprises', true),
	('高新技术企业总量', 'high_tech_enterprises', true),
	('高新技术企业数量', 'high_tech_enterprises', true),
	('国家高新技术企业数量', 'high_tech_enterprises', true),
	('有效期内高新技术企业数量', 'high_tech_enterprises', true),
	('高新技术企业数', 'high_tech_enterprises', true),
	('科技型中小企业', 'tech_smes', true),
	('入库科技型中小企业', 'tech_smes', true),
	('科技型中小企业数量', 'tech_smes', true),
	('国家级专精特新小巨人企业', 'little_giant_enterprises', true),
	('国家专精特新小巨人企业', 'little_giant_enterprises', true),
	('专精特新小巨人企业', 'little_giant_enterprises', true),
	('专精特新小巨人', 'little_giant_enterprises', true),
	('专精特新中小企业', 'specialised_smes', true),
	('省级专精特新中小企业', 'specialised_smes', true),
	('国家级制造业单项冠军企业', 'manufacturing_single_champions', true),
	('国家级制造业单项冠军', 'manufacturing_single_champions', true),
	('国家制造业单项冠军', 'manufacturing_single_champions', true),
	('国家制造业单项冠军企业', 'manufacturing_single_champions', true),
	('制造业单项冠军企业', 'manufacturing_single_champions', true),
	('制造业单项冠军', 'manufacturing_single_champions', true),
	('技术合同成交额', 'tech_contract_turnover', true),
	('技术合同成交金额', 'tech_contract_turnover', true),
	('每万人口发明专利拥有量', 'invention_patents_per_10k', true),
	('每万人口有效发明专利拥有量', 'invention_patents_per_10k', true),
	('每万人有效发明专利拥有量', 'invention_patents_per_10k', true),
	('每万人发明专利拥有量', 'invention_patents_per_10k', true),
	('万人发明专利拥有量', 'invention_patents_per_10k', true),
	('每万人口高价值发明专利拥有量', 'high_value_invention_patents_per_10k', true),
	('每万人高价值发明专利拥有量', 'high_value_invention_patents_per_10k', true),
	('发明专利拥有量', 'invention_patents_owned', true),
	('有效发明专利拥有量', 'invention_patents_owned', true),
	('有效发明专利', 'invention_patents_owned', true),
	('发明专利授权量', 'invention_patents_granted', true),
	('专利授权量', 'patents_granted', true),
	('新能源汽车产量', 'new_energy_vehicle_output', true),
	('新能源汽车年产量', 'new_energy_vehicle_output', true),
	('规上工业企业', 'industrial_enterprises_above_scale', true),
	('规上工业企业数量', 'industrial_enterprises_above_scale', true),
	('接待游客', 'tourist_arrivals', true),
	('接待游客人次', 'tourist_arrivals', true),
	('接待游客人数', 'tourist_arrivals', true),
	('接待游客数量', 'tourist_arrivals', true),
	('接待游客数', 'tourist_arrivals', true),
	('接待国内外游客', 'tourist_arrivals', true),
	('游客人次', 'tourist_arrivals', true),
	('游客人数', 'tourist_arrivals', true),
	('游客接待量', 'tourist_arrivals', true),
	('游客', 'tourist_arrivals', true),
	('游客数量', 'tourist_arrivals', true),
	('旅游接待人次', 'tourist_arrivals', true),
	('全域旅游人数', 'tourist_arrivals', true),
	('旅游总人数', 'tourist_arrivals', true),
	('国内外游客', 'tourist_arrivals', true),
	('境内外游客', 'tourist_arrivals', true),
	('旅游收入', 'tourism_revenue', true),
	('旅游总收入', 'tourism_revenue', true),
	('旅游总花费', 'tourism_revenue', true),
	('游客总花费', 'tourism_revenue', true),
	('游客花费', 'tourism_revenue', true),
	('旅游花费', 'tourism_revenue', true),
	('游客旅游总花费', 'tourism_revenue', true),
	('旅游综合收入', 'tourism_revenue', true),
	('保障性住房', 'affordable_housing', true),
	('各类保障性住房', 'affordable_housing', true),
	('保障性租赁住房', 'affordable_rental_housing', true),
	('保租房', 'affordable_rental_housing', true),
	('棚户区改造', 'shantytown_renovation', true),
	('城镇棚户区改造', 'shantytown_renovation', true),
	('棚改', 'shantytown_renovation', true),
	('城镇老旧小区改造', 'old_residential_renovation', true),
	('老旧小区改造', 'old_residential_renovation', true),
	('城镇老旧小区', 'old_residential_renovation', true),
	('老旧小区', 'old_residential_renovation', true),
	('集装箱吞吐量', 'container_throughput', true),
	('港口集装箱吞吐量', 'container_throughput', true),
	('港口货物吞吐量', 'port_cargo_throughput', true),
	('高速公路通车里程', 'expressway_mileage', true),
	('高速公路总里程', 'expressway_mileage', true),
	('高速公路里程', 'expressway_mileage', true),
	('高速公路运营里程', 'expressway_mileage', true),
	('登记在册各类经营主体', 'business_entities', true),
	('登记在册经营主体', 'business_entities', true),
	('经营主体在册', 'business_entities', true),
	('实有经营主体', 'business_entities', true),
	('上市公司', 'listed_companies', true),
	('上市企业', 'listed_companies', true),
	('境内外上市企业', 'listed_companies', true),
	('A股上市公司', 'listed_companies', true),
	('A股上市企业', 'listed_companies', true),
	('境内上市公司', 'listed_companies', true),
	('境内上市公司数量', 'listed_companies', true);

-- ---------------------------------------------------------------------
-- Comments on every object of the extension: BI tools and \d+ show them.
-- ---------------------------------------------------------------------

COMMENT ON SCHEMA shreport IS
'shreport: Chinese government work reports as data (quantity and target types, report parser and loader, canonical metrics)';

-- aggregates
COMMENT ON AGGREGATE shreport.max(shreport.quantity) IS 'largest of the quantities, in its own unit; compares across units of a dimension, and orders mixed dimensions by dimension rather than failing';
COMMENT ON AGGREGATE shreport.min(shreport.quantity) IS 'smallest of the quantities, in its own unit; compares across units of a dimension, and orders mixed dimensions by dimension rather than failing';

-- functions
COMMENT ON FUNCTION shreport.numeric_mul_quantity(numeric, shreport.quantity) IS 'implementation of the * operator for numeric and quantity';
COMMENT ON FUNCTION shreport.quantity_avg_accum(internal, shreport.quantity) IS 'transition function of avg(quantity)';
COMMENT ON FUNCTION shreport.quantity_avg_combine(internal, internal) IS 'combine function of avg(quantity), for parallel aggregation';
COMMENT ON FUNCTION shreport.quantity_avg_deserialize(bytea, internal) IS 'deserialization function of avg(quantity), for parallel aggregation';
COMMENT ON FUNCTION shreport.quantity_avg_final(internal) IS 'final function of avg(quantity): the sum divided by the count, in the unit of the first one added; NULL when there were none';
COMMENT ON FUNCTION shreport.quantity_avg_serialize(internal) IS 'serialization function of avg(quantity), for parallel aggregation';
COMMENT ON FUNCTION shreport.quantity_cmp(shreport.quantity, shreport.quantity) IS 'btree support function of quantity: the total order by dimension, then value in the dimension''s base unit';
COMMENT ON FUNCTION shreport.quantity_div_numeric(shreport.quantity, numeric) IS 'implementation of the / operator for quantity and numeric';
COMMENT ON FUNCTION shreport.quantity_eq(shreport.quantity, shreport.quantity) IS 'implementation of the = operator for quantity';
COMMENT ON FUNCTION shreport.quantity_ge(shreport.quantity, shreport.quantity) IS 'implementation of the >= operator for quantity';
COMMENT ON FUNCTION shreport.quantity_gt(shreport.quantity, shreport.quantity) IS 'implementation of the > operator for quantity';
COMMENT ON FUNCTION shreport.quantity_hash(shreport.quantity) IS 'hash support function of quantity, consistent with = across units (1吨 and 2000斤 hash alike)';
COMMENT ON FUNCTION shreport.quantity_hash_extended(shreport.quantity, bigint) IS 'extended (64-bit, seeded) hash support function of quantity';
COMMENT ON FUNCTION shreport.quantity_in(cstring) IS 'text input function of quantity: 9.2万亿元, 三千五百万元, 5%; unparsable input is error 22P02';
COMMENT ON FUNCTION shreport.quantity_larger(shreport.quantity, shreport.quantity) IS 'transition and combine function of max(quantity)';
COMMENT ON FUNCTION shreport.quantity_le(shreport.quantity, shreport.quantity) IS 'implementation of the <= operator for quantity';
COMMENT ON FUNCTION shreport.quantity_lt(shreport.quantity, shreport.quantity) IS 'implementation of the < operator for quantity';
COMMENT ON FUNCTION shreport.quantity_mi(shreport.quantity, shreport.quantity) IS 'implementation of the binary - operator for quantity';
COMMENT ON FUNCTION shreport.quantity_mul_numeric(shreport.quantity, numeric) IS 'implementation of the * operator for quantity and numeric';
COMMENT ON FUNCTION shreport.quantity_ne(shreport.quantity, shreport.quantity) IS 'implementation of the <> operator for quantity';
COMMENT ON FUNCTION shreport.quantity_out(shreport.quantity) IS 'text output function of quantity, in canonical form';
COMMENT ON FUNCTION shreport.quantity_pl(shreport.quantity, shreport.quantity) IS 'implementation of the + operator for quantity; also the transition and combine function of sum(quantity)';
COMMENT ON FUNCTION shreport.quantity_recv(internal) IS 'binary input function of quantity, validated as text input is; bad input is error 22P03';
COMMENT ON FUNCTION shreport.quantity_send(shreport.quantity) IS 'binary output function of quantity';
COMMENT ON FUNCTION shreport.quantity_smaller(shreport.quantity, shreport.quantity) IS 'transition and combine function of min(quantity)';
COMMENT ON FUNCTION shreport.quantity_um(shreport.quantity) IS 'implementation of the prefix - operator for quantity';
COMMENT ON FUNCTION shreport.target_cmp(shreport.target, shreport.target) IS 'btree support function of target: the total order by dimension, lower end, upper end, bound and commitment';
COMMENT ON FUNCTION shreport.target_eq(shreport.target, shreport.target) IS 'implementation of the = operator for target';
COMMENT ON FUNCTION shreport.target_ge(shreport.target, shreport.target) IS 'implementation of the >= operator for target';
COMMENT ON FUNCTION shreport.target_gt(shreport.target, shreport.target) IS 'implementation of the > operator for target';
COMMENT ON FUNCTION shreport.target_hash(shreport.target) IS 'hash support function of target, consistent with =';
COMMENT ON FUNCTION shreport.target_hash_extended(shreport.target, bigint) IS 'extended (64-bit, seeded) hash support function of target';
COMMENT ON FUNCTION shreport.target_in(cstring) IS 'text input function of target: 5%以上, 3%左右, 5%-5.5%, 力争突破20亿吨; unparsable input is error 22P02';
COMMENT ON FUNCTION shreport.target_le(shreport.target, shreport.target) IS 'implementation of the <= operator for target';
COMMENT ON FUNCTION shreport.target_lt(shreport.target, shreport.target) IS 'implementation of the < operator for target';
COMMENT ON FUNCTION shreport.target_ne(shreport.target, shreport.target) IS 'implementation of the <> operator for target';
COMMENT ON FUNCTION shreport.target_out(shreport.target) IS 'text output function of target, in canonical form';
COMMENT ON FUNCTION shreport.target_recv(internal) IS 'binary input function of target, validated as text input is; bad input is error 22P03';
COMMENT ON FUNCTION shreport.target_send(shreport.target) IS 'binary output function of target';

-- operators
COMMENT ON OPERATOR shreport.* (numeric, shreport.quantity) IS 'number times quantity, in the quantity''s unit';
COMMENT ON OPERATOR shreport.* (shreport.quantity, numeric) IS 'quantity times a number, in its own unit';
COMMENT ON OPERATOR shreport.+ (shreport.quantity, shreport.quantity) IS 'sum of two quantities of one dimension, in the left operand''s unit; mixing dimensions is an error';
COMMENT ON OPERATOR shreport.- (NONE, shreport.quantity) IS 'negation of a quantity';
COMMENT ON OPERATOR shreport.- (shreport.quantity, shreport.quantity) IS 'difference of two quantities of one dimension, in the left operand''s unit; mixing dimensions is an error';
COMMENT ON OPERATOR shreport./ (shreport.quantity, numeric) IS 'quantity divided by a number, in its own unit; division by zero is an error';
COMMENT ON OPERATOR shreport./ (shreport.quantity, shreport.quantity) IS 'ratio of two quantities of one dimension, as numeric; mixing dimensions is an error';
COMMENT ON OPERATOR shreport.< (shreport.quantity, shreport.quantity) IS 'less than, comparing values in the dimension''s base unit (1吨 = 2000斤); different dimensions order by dimension';
COMMENT ON OPERATOR shreport.< (shreport.target, shreport.target) IS 'less than in the total order of targets: dimension, lower end (unbounded first), upper end (unbounded last), bound, commitment';
COMMENT ON OPERATOR shreport.<= (shreport.quantity, shreport.quantity) IS 'less than or equal, comparing values in the dimension''s base unit (1吨 = 2000斤); different dimensions order by dimension';
COMMENT ON OPERATOR shreport.<= (shreport.target, shreport.target) IS 'less than or equal in the total order of targets: dimension, lower end (unbounded first), upper end (unbounded last), bound, commitment';
COMMENT ON OPERATOR shreport.<> (shreport.quantity, shreport.quantity) IS 'not equal, comparing values in the dimension''s base unit (1吨 = 2000斤)';
COMMENT ON OPERATOR shreport.<> (shreport.target, shreport.target) IS 'not equal: ends (across units), bound or commitment differ';
COMMENT ON OPERATOR shreport.<@ (shreport.quantity, shreport.target) IS 'does the quantity meet the target (左右 within shreport.approx_tolerance); NULL for another dimension';
COMMENT ON OPERATOR shreport.= (shreport.quantity, shreport.quantity) IS 'equal, comparing values in the dimension''s base unit (1吨 = 2000斤)';
COMMENT ON OPERATOR shreport.= (shreport.target, shreport.target) IS 'equal: same ends (across units), bound and commitment';
COMMENT ON OPERATOR shreport.> (shreport.quantity, shreport.quantity) IS 'greater than, comparing values in the dimension''s base unit (1吨 = 2000斤); different dimensions order by dimension';
COMMENT ON OPERATOR shreport.> (shreport.target, shreport.target) IS 'greater than in the total order of targets: dimension, lower end (unbounded first), upper end (unbounded last), bound, commitment';
COMMENT ON OPERATOR shreport.>= (shreport.quantity, shreport.quantity) IS 'greater than or equal, comparing values in the dimension''s base unit (1吨 = 2000斤); different dimensions order by dimension';
COMMENT ON OPERATOR shreport.>= (shreport.target, shreport.target) IS 'greater than or equal in the total order of targets: dimension, lower end (unbounded first), upper end (unbounded last), bound, commitment';
COMMENT ON OPERATOR shreport.@> (shreport.target, shreport.quantity) IS 'does the target hold the quantity (左右 within shreport.approx_tolerance); NULL for another dimension';

-- casts
COMMENT ON CAST (numeric AS shreport.quantity) IS 'explicit cast to a bare, dimensionless quantity, as shreport.quantity(numeric)';
COMMENT ON CAST (shreport.quantity AS numeric) IS 'explicit cast to the amount in its own unit with the magnitude word applied, as shreport.value(quantity)';

-- operator classes
COMMENT ON OPERATOR CLASS shreport.quantity_ops USING btree IS 'default btree operator class of quantity: by dimension, then value in the dimension''s base unit';
COMMENT ON OPERATOR CLASS shreport.quantity_ops USING hash IS 'default hash operator class of quantity, consistent with = across units';
COMMENT ON OPERATOR CLASS shreport.target_ops USING btree IS 'default btree operator class of target: by dimension, lower end, upper end, bound and commitment';
COMMENT ON OPERATOR CLASS shreport.target_ops USING hash IS 'default hash operator class of target, consistent with =';

-- operator families
COMMENT ON OPERATOR FAMILY shreport.quantity_ops USING btree IS 'btree operator family of quantity';
COMMENT ON OPERATOR FAMILY shreport.quantity_ops USING hash IS 'hash operator family of quantity';
COMMENT ON OPERATOR FAMILY shreport.target_ops USING btree IS 'btree operator family of target';
COMMENT ON OPERATOR FAMILY shreport.target_ops USING hash IS 'hash operator family of target';

-- sequence
COMMENT ON SEQUENCE shreport.reports_report_id_seq IS 'identity sequence of shreport.reports.report_id; pg_dump keeps where it stands';

-- tables
COMMENT ON TABLE shreport.sections IS 'title, parts, sections, items and paragraphs of loaded reports, numbered as in shreport.parse()';
COMMENT ON TABLE shreport.sentences IS 'sentences of loaded reports, each stored once; figures point at them by sentence_no';
COMMENT ON TABLE shreport.highlights IS 'highlights of loaded reports: the `backtick spans` of their Markdown text';

-- views
COMMENT ON VIEW shreport.targets IS 'target figures of loaded reports with their report''s title, region and year, their sentence, metric key and hardness';
COMMENT ON VIEW shreport.outcomes IS 'outcome figures of loaded reports with their report''s title, region and year, their sentence and metric key';

-- columns
COMMENT ON COLUMN shreport.figures.amount IS 'the amount as a quantity (a range''s low end): 9.2万亿元, 6%';
COMMENT ON COLUMN shreport.figures.char_end IS 'end of the figure in the report text, exclusive: substr(body, char_start, char_end - char_start) = raw';
COMMENT ON COLUMN shreport.figures.char_start IS 'start of the figure in the report text, a 1-based character position';
COMMENT ON COLUMN shreport.figures.cumulative IS 'true for a cumulative figure (累计)';
COMMENT ON COLUMN shreport.figures.figure_no IS 'number of the figure in its report, from 1 in text order';
COMMENT ON COLUMN shreport.figures.is_change IS 'true for a rate or amount of change (增长6%, 提高5%, 翻一番), false for a level';
COMMENT ON COLUMN shreport.figures.kind IS 'outcome (reported as achieved, in the review) or target (planned or expected)';
COMMENT ON COLUMN shreport.figures.metric IS 'what is measured, as the report names it (地区生产总值); NULL when the text names none';
COMMENT ON COLUMN shreport.figures.predicate IS 'the linking verb as written (达到, 增长, 新增, 提高到, 占); NULL when there is none';
COMMENT ON COLUMN shreport.figures.qualifiers IS 'every qualifier word as written, in text order (以上, 左右, 超过, 力争, 确保, 预计); empty when none';
COMMENT ON COLUMN shreport.figures.raw IS 'the number with its magnitude word and unit as written: 9.2万亿元, 9500多家, 1-2个';
COMMENT ON COLUMN shreport.figures.report_id IS 'the report in shreport.reports';
COMMENT ON COLUMN shreport.figures.respectively IS 'true for a figure of a distributed list (A、B分别增长x%、y%; 均增长60%以上)';
COMMENT ON COLUMN shreport.figures.section IS 'marker path of the heading the figure is under (三（二）一是); empty before part 一';
COMMENT ON COLUMN shreport.figures.target IS 'the amount with its qualifiers as a target: 60%以上, 3%左右, 超过9500家';
COMMENT ON COLUMN shreport.figures.year IS 'year the figure is for: the review''s year for outcomes, the report''s year for targets; NULL when unknown';
COMMENT ON COLUMN shreport.highlights.char_end IS 'end of the highlighted text in the report text, exclusive (at its closing backtick)';
COMMENT ON COLUMN shreport.highlights.char_start IS 'start of the highlighted text in the report text, a 1-based character position after the opening backtick';
COMMENT ON COLUMN shreport.highlights.highlight_no IS 'number of the highlight in its report, from 1 in text order';
COMMENT ON COLUMN shreport.highlights.report_id IS 'the report in shreport.reports';
COMMENT ON COLUMN shreport.highlights.sentence_no IS 'the sentence it is in, in shreport.sentences; NULL when it is in none';
COMMENT ON COLUMN shreport.highlights.text IS 'the highlighted text, without its backticks';
COMMENT ON COLUMN shreport.highlights.unit_no IS 'unit_no of the paragraph or heading it is in, in shreport.sections; NULL when none';
COMMENT ON COLUMN shreport.metric_aliases.alias IS 'a way reports write the metric, in normal form (shreport.metric_normalize)';
COMMENT ON COLUMN shreport.metric_aliases.metric_key IS 'the metric it names, a key of shreport.metrics';
COMMENT ON COLUMN shreport.metric_aliases.shipped IS 'true for rows the extension ships; rows users add are false and are the ones pg_dump keeps';
COMMENT ON COLUMN shreport.metrics.definition IS 'what the metric measures, in English; NULL when not given';
COMMENT ON COLUMN shreport.metrics.metric_key IS 'key of the metric: lower-case letters, digits and underscores (gdp, urban_new_jobs, cpi)';
COMMENT ON COLUMN shreport.metrics.name_en IS 'English name of the metric';
COMMENT ON COLUMN shreport.metrics.name_zh IS 'Chinese name of the metric (地区生产总值)';
COMMENT ON COLUMN shreport.outcomes.amount IS 'the amount as a quantity (a range''s low end): 9.2万亿元, 6%';
COMMENT ON COLUMN shreport.outcomes.char_end IS 'end of the figure in the report text, exclusive: substr(body, char_start, char_end - char_start) = raw';
COMMENT ON COLUMN shreport.outcomes.char_start IS 'start of the figure in the report text, a 1-based character position';
COMMENT ON COLUMN shreport.outcomes.cumulative IS 'true for a cumulative figure (累计)';
COMMENT ON COLUMN shreport.outcomes.figure_no IS 'number of the figure in its report, from 1 in text order';
COMMENT ON COLUMN shreport.outcomes.is_change IS 'true for a rate or amount of change (增长6%, 提高5%, 翻一番), false for a level';
COMMENT ON COLUMN shreport.outcomes.metric IS 'what is measured, as the report names it (地区生产总值); NULL when the text names none';
COMMENT ON COLUMN shreport.outcomes.metric_key IS 'key of the metric in shreport.metrics, set at load from the aliases; NULL when the metric is not in the catalogue (see shreport.rekey)';
COMMENT ON COLUMN shreport.outcomes.predicate IS 'the linking verb as written (达到, 增长, 新增, 提高到, 占); NULL when there is none';
COMMENT ON COLUMN shreport.outcomes.qualifiers IS 'every qualifier word as written, in text order (以上, 左右, 超过, 力争, 确保, 预计); empty when none';
COMMENT ON COLUMN shreport.outcomes.raw IS 'the number with its magnitude word and unit as written: 9.2万亿元, 9500多家, 1-2个';
COMMENT ON COLUMN shreport.outcomes.region IS 'region of the report (山东省, 全国), read from the text or as given to load(); NULL when unknown';
COMMENT ON COLUMN shreport.outcomes.report_id IS 'the report in shreport.reports';
COMMENT ON COLUMN shreport.outcomes.report_year IS 'year of the report (2024 for the report that reviews 2023), read from the text or as given to load(); NULL when unknown';
COMMENT ON COLUMN shreport.outcomes.respectively IS 'true for a figure of a distributed list (A、B分别增长x%、y%; 均增长60%以上)';
COMMENT ON COLUMN shreport.outcomes.section IS 'marker path of the heading the figure is under (三（二）一是); empty before part 一';
COMMENT ON COLUMN shreport.outcomes.sentence IS 'clean text of the figure''s sentence, from shreport.sentences';
COMMENT ON COLUMN shreport.outcomes.sentence_no IS 'the figure''s sentence in shreport.sentences (same report_id), where its text is';
COMMENT ON COLUMN shreport.outcomes.target IS 'the amount with its qualifiers as a target: 60%以上, 3%左右, 超过9500家';
COMMENT ON COLUMN shreport.outcomes.title IS 'title of the report, its title line or as given to load(); NULL when none';
COMMENT ON COLUMN shreport.outcomes.year IS 'year the figure is for: the review''s year for outcomes, the report''s year for targets; NULL when unknown';
COMMENT ON COLUMN shreport.panel.excess IS 'for rates and shares (percent, percentage points): the region''s target minus the national one (lower ends, or upper ends when there is no floor), in the target''s unit (层层加码); NULL otherwise';
COMMENT ON COLUMN shreport.panel.gap IS 'outcome minus the nearest bound of the target, in the target''s unit (shreport.gap); NULL without both';
COMMENT ON COLUMN shreport.panel.hardness IS 'how binding the target is (shreport.hardness): hard, soft, ceiling, range or point';
COMMENT ON COLUMN shreport.panel.measure IS 'level, or change (a growth rate or an increase)';
COMMENT ON COLUMN shreport.panel.met IS 'did the outcome meet the target (shreport.met); NULL without both';
COMMENT ON COLUMN shreport.panel.metric_en IS 'English name of the metric, from shreport.metrics';
COMMENT ON COLUMN shreport.panel.metric_key IS 'key of the metric in shreport.metrics';
COMMENT ON COLUMN shreport.panel.national_target IS 'the national (全国) target of the same metric key, year, measure and dimension, when that report is loaded; NULL on rows of 全国 and rows without a target';
COMMENT ON COLUMN shreport.panel.outcome IS 'the outcome a loaded report states for the year (the next year''s report first; not 累计, not 年均); NULL when none';
COMMENT ON COLUMN shreport.panel.outcome_metric IS 'the outcome''s metric as its report writes it; NULL when there is no outcome';
COMMENT ON COLUMN shreport.panel.outcome_report IS 'report_id of the report stating the outcome; NULL when none';
COMMENT ON COLUMN shreport.panel.region IS 'region (山东省, 全国) of the reports the row comes from';
COMMENT ON COLUMN shreport.panel.target IS 'the first target of the key in the region''s report of that year; NULL when none';
COMMENT ON COLUMN shreport.panel.target_metric IS 'the target''s metric as its report writes it; NULL when there is no target';
COMMENT ON COLUMN shreport.panel.target_report IS 'report_id of the report setting the target; NULL when none';
COMMENT ON COLUMN shreport.panel.year IS 'year the target and the outcome are for';
COMMENT ON COLUMN shreport.reports.body IS 'the report text as loaded; positions in the other tables are 1-based character positions in it';
COMMENT ON COLUMN shreport.reports.loaded_at IS 'when the report was loaded';
COMMENT ON COLUMN shreport.reports.region IS 'region of the report (山东省, 全国), read from the text or as given to load(); NULL when unknown';
COMMENT ON COLUMN shreport.reports.report_id IS 'identifier of the report, generated; shreport.load() returns it';
COMMENT ON COLUMN shreport.reports.sha256 IS 'SHA-256 of the text''s UTF-8 bytes; unique, so each text is loaded once';
COMMENT ON COLUMN shreport.reports.title IS 'title of the report, its title line or as given to load(); NULL when none';
COMMENT ON COLUMN shreport.reports.year IS 'year of the report (2024 for the report that reviews 2023), read from the text or as given to load(); NULL when unknown';
COMMENT ON COLUMN shreport.sections.char_end IS 'end of the unit in the report text, exclusive: substr(body, char_start, char_end - char_start)';
COMMENT ON COLUMN shreport.sections.char_start IS 'start of the unit in the report text, a 1-based character position; a headed unit spans everything under its heading';
COMMENT ON COLUMN shreport.sections.heading IS 'heading text of the title, a part, section or item, without its marker; NULL for a paragraph';
COMMENT ON COLUMN shreport.sections.kind IS 'title, part, section, item or paragraph';
COMMENT ON COLUMN shreport.sections.level IS 'depth in the structure: title 0, part 1, section 2, item 3 and deeper when nested; a paragraph one below its heading';
COMMENT ON COLUMN shreport.sections.marker IS 'marker as written (一、, （二）, 一是, 1.); NULL when there is none (the title, paragraphs)';
COMMENT ON COLUMN shreport.sections.parent_no IS 'unit_no of the enclosing unit; NULL at the top (the title)';
COMMENT ON COLUMN shreport.sections.path IS 'place in the structure as an ltree of ordinals from the top (3.2 is section 2 of part 3, 3.2.p1 its first paragraph); empty for the title';
COMMENT ON COLUMN shreport.sections.report_id IS 'the report in shreport.reports';
COMMENT ON COLUMN shreport.sections.section IS 'marker path of the heading the unit is or is under (三（二）一是); empty for the title and before part 一';
COMMENT ON COLUMN shreport.sections.unit_no IS 'the unit''s unit_no in shreport.parse(), in text order (sentences and highlights take numbers too)';
COMMENT ON COLUMN shreport.sentences.char_end IS 'end of the sentence in the report text, exclusive: substr(body, char_start, char_end - char_start)';
COMMENT ON COLUMN shreport.sentences.char_start IS 'start of the sentence in the report text, a 1-based character position';
COMMENT ON COLUMN shreport.sentences.path IS 'place in the structure as an ltree of ordinals from the top (3.2.p1.s4 is sentence 4 of paragraph 1 of section 2 of part 3)';
COMMENT ON COLUMN shreport.sentences.report_id IS 'the report in shreport.reports';
COMMENT ON COLUMN shreport.sentences.section IS 'marker path of the heading the sentence is under (三（二）一是); empty before part 一';
COMMENT ON COLUMN shreport.sentences.sentence_no IS 'number of the sentence in its report, from 1 in text order';
COMMENT ON COLUMN shreport.sentences.text IS 'clean text of the sentence: backticks and Markdown marks removed';
COMMENT ON COLUMN shreport.targets.amount IS 'the amount as a quantity (a range''s low end): 9.2万亿元, 6%';
COMMENT ON COLUMN shreport.targets.char_end IS 'end of the figure in the report text, exclusive: substr(body, char_start, char_end - char_start) = raw';
COMMENT ON COLUMN shreport.targets.char_start IS 'start of the figure in the report text, a 1-based character position';
COMMENT ON COLUMN shreport.targets.cumulative IS 'true for a cumulative figure (累计)';
COMMENT ON COLUMN shreport.targets.figure_no IS 'number of the figure in its report, from 1 in text order';
COMMENT ON COLUMN shreport.targets.hardness IS 'how binding the target is (shreport.hardness): hard, soft, ceiling, range or point';
COMMENT ON COLUMN shreport.targets.is_change IS 'true for a rate or amount of change (增长6%, 提高5%, 翻一番), false for a level';
COMMENT ON COLUMN shreport.targets.metric IS 'what is measured, as the report names it (地区生产总值); NULL when the text names none';
COMMENT ON COLUMN shreport.targets.metric_key IS 'key of the metric in shreport.metrics, set at load from the aliases; NULL when the metric is not in the catalogue (see shreport.rekey)';
COMMENT ON COLUMN shreport.targets.predicate IS 'the linking verb as written (达到, 增长, 新增, 提高到, 占); NULL when there is none';
COMMENT ON COLUMN shreport.targets.qualifiers IS 'every qualifier word as written, in text order (以上, 左右, 超过, 力争, 确保, 预计); empty when none';
COMMENT ON COLUMN shreport.targets.raw IS 'the number with its magnitude word and unit as written: 9.2万亿元, 9500多家, 1-2个';
COMMENT ON COLUMN shreport.targets.region IS 'region of the report (山东省, 全国), read from the text or as given to load(); NULL when unknown';
COMMENT ON COLUMN shreport.targets.report_id IS 'the report in shreport.reports';
COMMENT ON COLUMN shreport.targets.report_year IS 'year of the report (2024 for the report that reviews 2023), read from the text or as given to load(); NULL when unknown';
COMMENT ON COLUMN shreport.targets.respectively IS 'true for a figure of a distributed list (A、B分别增长x%、y%; 均增长60%以上)';
COMMENT ON COLUMN shreport.targets.section IS 'marker path of the heading the figure is under (三（二）一是); empty before part 一';
COMMENT ON COLUMN shreport.targets.sentence IS 'clean text of the figure''s sentence, from shreport.sentences';
COMMENT ON COLUMN shreport.targets.sentence_no IS 'the figure''s sentence in shreport.sentences (same report_id), where its text is';
COMMENT ON COLUMN shreport.targets.target IS 'the amount with its qualifiers as a target: 60%以上, 3%左右, 超过9500家';
COMMENT ON COLUMN shreport.targets.title IS 'title of the report, its title line or as given to load(); NULL when none';
COMMENT ON COLUMN shreport.targets.year IS 'year the figure is for: the review''s year for outcomes, the report''s year for targets; NULL when unknown';

-- A target and a quantity of different dimensions: @>, <@ and gap() now
-- answer NULL (unknown) rather than raise, so that a filter over a column
-- of mixed units runs whatever order the planner tests its conditions in.
COMMENT ON FUNCTION shreport.target_contains(shreport.target, shreport.quantity) IS
'does the quantity meet the target (the @> operator); NULL when their dimensions differ';
COMMENT ON FUNCTION shreport.quantity_contained(shreport.quantity, shreport.target) IS
'does the quantity meet the target (the <@ operator); NULL when their dimensions differ';
COMMENT ON FUNCTION shreport.gap(shreport.target, shreport.quantity) IS
'actual minus the nearest bound of the target, in the target''s unit: positive when above it, zero inside a range; NULL when their dimensions differ';

-- ---------------------------------------------------------------------
-- shreport_bi: the loaded reports as views whose every column has a
-- built-in type, for BI tools and drivers that know nothing of quantity,
-- target or ltree (they would show them as OTHER or truncated text).
-- ---------------------------------------------------------------------

CREATE FUNCTION shreport.base_unit(shreport.quantity)
RETURNS text
AS 'MODULE_PATHNAME', 'quantity_base_unit'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.base_unit(shreport.quantity) IS
'the base unit of the quantity''s dimension, in which amounts of mixed units are summed: its first unit in the catalogue (元, %, 吨, 公里, 平方米 ...)';

CREATE SCHEMA shreport_bi;

COMMENT ON SCHEMA shreport_bi IS
'shreport''s loaded reports as views of built-in types only, for BI tools (Metabase, Superset, Power BI, Tableau, DBeaver)';

CREATE VIEW shreport_bi.reports WITH (security_invoker = true) AS
SELECT r.report_id, r.title, r.region, r.year,
	   pg_catalog.length(r.body) AS chars,
	   pg_catalog.encode(r.sha256, 'hex') AS sha256,
	   r.loaded_at
  FROM shreport.reports r;

CREATE VIEW shreport_bi.sections WITH (security_invoker = true) AS
SELECT s.report_id, s.unit_no, s.parent_no, s.kind, s.level, s.marker,
	   s.path::text AS path, s.section, s.heading, s.char_start, s.char_end
  FROM shreport.sections s;

CREATE VIEW shreport_bi.sentences WITH (security_invoker = true) AS
SELECT s.report_id, s.sentence_no, s.unit_no, s.parent_no, s.path::text AS path,
	   s.section, s.text, s.char_start, s.char_end
  FROM shreport.sentences s;

CREATE VIEW shreport_bi.figures WITH (security_invoker = true) AS
SELECT f.report_id, r.title, r.region, r.year AS report_year,
	   f.figure_no, f.kind, f.year, f.section, s.path::text AS path,
	   f.metric, f.metric_key, m.name_en AS metric_en, f.predicate,
	   pg_catalog.array_to_string(f.qualifiers, ' ') AS qualifiers,
	   f.raw,
	   shreport.value(f.amount) AS value,
	   shreport.unit(f.amount) AS unit,
	   shreport.value(f.amount, shreport.base_unit(f.amount)) AS value_base,
	   shreport.base_unit(f.amount) AS base_unit,
	   shreport.dimension(f.amount) AS dimension,
	   shreport.bound(f.target) AS bound,
	   shreport.value(shreport.lower(f.target)) AS low,
	   shreport.value(shreport.upper(f.target)) AS high,
	   shreport.commitment(f.target) AS commitment,
	   shreport.hardness(f.target) AS hardness,
	   f.amount::text AS amount_text,
	   f.target::text AS target_text,
	   f.is_change, f.respectively, f.cumulative,
	   f.sentence_no, s.text AS sentence,
	   f.char_start, f.char_end
  FROM shreport.figures f
	   JOIN shreport.reports r ON r.report_id OPERATOR(pg_catalog.=) f.report_id
	   LEFT JOIN shreport.sentences s
		 ON s.report_id OPERATOR(pg_catalog.=) f.report_id
		AND s.sentence_no OPERATOR(pg_catalog.=) f.sentence_no
	   LEFT JOIN shreport.metrics m ON m.metric_key OPERATOR(pg_catalog.=) f.metric_key;

CREATE VIEW shreport_bi.targets WITH (security_invoker = true) AS
SELECT * FROM shreport_bi.figures WHERE kind OPERATOR(pg_catalog.=) 'target';

CREATE VIEW shreport_bi.outcomes WITH (security_invoker = true) AS
SELECT * FROM shreport_bi.figures WHERE kind OPERATOR(pg_catalog.=) 'outcome';

CREATE VIEW shreport_bi.panel WITH (security_invoker = true) AS
SELECT p.region, p.year, p.metric_key, p.metric_en, p.measure,
	   p.target_metric, p.target::text AS target_text, p.hardness,
	   shreport.value(shreport.lower(p.target)) AS target_low,
	   shreport.value(shreport.upper(p.target)) AS target_high,
	   shreport.unit(coalesce(shreport.lower(p.target), shreport.upper(p.target))) AS target_unit,
	   p.target_report,
	   p.outcome_metric, shreport.value(p.outcome) AS outcome_value,
	   shreport.unit(p.outcome) AS outcome_unit, p.outcome::text AS outcome_text,
	   p.outcome_report, p.met,
	   shreport.value(p.gap) AS gap_value, shreport.unit(p.gap) AS gap_unit,
	   p.national_target::text AS national_target_text,
	   shreport.value(p.excess) AS excess_value, shreport.unit(p.excess) AS excess_unit
  FROM shreport.panel p;

COMMENT ON VIEW shreport_bi.reports IS 'loaded reports, without their text (see shreport.reports.body)';
COMMENT ON COLUMN shreport_bi.reports.report_id IS 'identity of the loaded report';
COMMENT ON COLUMN shreport_bi.reports.title IS 'title of the report, as found in the text or given to load()';
COMMENT ON COLUMN shreport_bi.reports.region IS 'region the report is of (山东省, 全国), as found or given';
COMMENT ON COLUMN shreport_bi.reports.year IS 'year of the report, as found or given';
COMMENT ON COLUMN shreport_bi.reports.chars IS 'length of the report text in characters';
COMMENT ON COLUMN shreport_bi.reports.sha256 IS 'SHA-256 of the text''s UTF-8 bytes, in hexadecimal';
COMMENT ON COLUMN shreport_bi.reports.loaded_at IS 'when the report was loaded';

COMMENT ON VIEW shreport_bi.sections IS 'title, parts, sections, items and paragraphs of loaded reports (shreport.sections, path as text)';
COMMENT ON COLUMN shreport_bi.sections.report_id IS 'the report';
COMMENT ON COLUMN shreport_bi.sections.unit_no IS 'number of the unit in shreport.parse() order';
COMMENT ON COLUMN shreport_bi.sections.parent_no IS 'unit_no of the enclosing unit; NULL for the title';
COMMENT ON COLUMN shreport_bi.sections.kind IS 'title, part, section, item or paragraph';
COMMENT ON COLUMN shreport_bi.sections.level IS 'depth: title 0, part 1, section 2, item 3 ...';
COMMENT ON COLUMN shreport_bi.sections.marker IS 'the heading''s marker as normalised (一、 （二） 一是 1.); NULL for others';
COMMENT ON COLUMN shreport_bi.sections.path IS 'ordinal path from the title, as text (3.2.p1)';
COMMENT ON COLUMN shreport_bi.sections.section IS 'marker path of the innermost heading (三（二）一是)';
COMMENT ON COLUMN shreport_bi.sections.heading IS 'heading text of a part, section or item';
COMMENT ON COLUMN shreport_bi.sections.char_start IS 'first character, 1-based';
COMMENT ON COLUMN shreport_bi.sections.char_end IS 'character after the last, 1-based';

COMMENT ON VIEW shreport_bi.sentences IS 'sentences of loaded reports (shreport.sentences, path as text)';
COMMENT ON COLUMN shreport_bi.sentences.report_id IS 'the report';
COMMENT ON COLUMN shreport_bi.sentences.sentence_no IS 'number of the sentence in the report, from 1';
COMMENT ON COLUMN shreport_bi.sentences.unit_no IS 'the sentence''s own unit_no in shreport.parse()';
COMMENT ON COLUMN shreport_bi.sentences.parent_no IS 'unit_no of the paragraph, item, section or part the sentence is in';
COMMENT ON COLUMN shreport_bi.sentences.path IS 'ordinal path from the title, as text (3.2.p1.s4)';
COMMENT ON COLUMN shreport_bi.sentences.section IS 'marker path of the innermost heading';
COMMENT ON COLUMN shreport_bi.sentences.text IS 'the sentence, backticks removed';
COMMENT ON COLUMN shreport_bi.sentences.char_start IS 'first character, 1-based';
COMMENT ON COLUMN shreport_bi.sentences.char_end IS 'character after the last, 1-based';

COMMENT ON VIEW shreport_bi.figures IS 'figures of loaded reports with plain numbers: value in the unit as written, value_base in the dimension''s base unit, low and high ends of the target';
COMMENT ON COLUMN shreport_bi.figures.report_id IS 'the report';
COMMENT ON COLUMN shreport_bi.figures.title IS 'title of the report';
COMMENT ON COLUMN shreport_bi.figures.region IS 'region of the report';
COMMENT ON COLUMN shreport_bi.figures.report_year IS 'year of the report';
COMMENT ON COLUMN shreport_bi.figures.figure_no IS 'number of the figure in the report, from 1';
COMMENT ON COLUMN shreport_bi.figures.kind IS 'outcome (reported as achieved) or target (planned or expected)';
COMMENT ON COLUMN shreport_bi.figures.year IS 'year the figure is for';
COMMENT ON COLUMN shreport_bi.figures.section IS 'marker path of the innermost heading (二, 三（二）一是)';
COMMENT ON COLUMN shreport_bi.figures.path IS 'path of the figure''s sentence, as text';
COMMENT ON COLUMN shreport_bi.figures.metric IS 'what is measured, as the report names it; NULL when none';
COMMENT ON COLUMN shreport_bi.figures.metric_key IS 'canonical metric key (shreport.metrics); NULL when the metric is not in the catalogue';
COMMENT ON COLUMN shreport_bi.figures.metric_en IS 'English name of the canonical metric';
COMMENT ON COLUMN shreport_bi.figures.predicate IS 'the linking verb as written (达到, 增长 ...); NULL when none';
COMMENT ON COLUMN shreport_bi.figures.qualifiers IS 'qualifier words as written, space-separated (以上, 左右, 力争 ...); empty when none';
COMMENT ON COLUMN shreport_bi.figures.raw IS 'the number with its magnitude word and unit as written';
COMMENT ON COLUMN shreport_bi.figures.value IS 'the amount in the unit as written, magnitude word applied (9.2万亿元 is 9200000000000 元)';
COMMENT ON COLUMN shreport_bi.figures.unit IS 'the unit as written, without magnitude word (元, %, 吨); empty for a bare number';
COMMENT ON COLUMN shreport_bi.figures.value_base IS 'the amount in base_unit: sum only over rows of one dimension';
COMMENT ON COLUMN shreport_bi.figures.base_unit IS 'base unit of the amount''s dimension (元, %, 吨, 公里 ...)';
COMMENT ON COLUMN shreport_bi.figures.dimension IS 'dimension of the amount (percent, currency_cny, mass, count:家 ...): filter on it before summing';
COMMENT ON COLUMN shreport_bi.figures.bound IS 'kind of bound of the target: eq, ge, gt, le, lt, approx or range';
COMMENT ON COLUMN shreport_bi.figures.low IS 'lower end of the target in its unit, magnitude applied; NULL when it has no floor';
COMMENT ON COLUMN shreport_bi.figures.high IS 'upper end of the target in its unit, magnitude applied; NULL when it has no ceiling';
COMMENT ON COLUMN shreport_bi.figures.commitment IS 'commitment word (力争, 确保, 争取); NULL when none';
COMMENT ON COLUMN shreport_bi.figures.hardness IS 'how binding the target is: hard, soft, ceiling, range or point';
COMMENT ON COLUMN shreport_bi.figures.amount_text IS 'the amount as text (9.2万亿元)';
COMMENT ON COLUMN shreport_bi.figures.target_text IS 'the target as text (5%以上)';
COMMENT ON COLUMN shreport_bi.figures.is_change IS 'a rate or amount of change (增长6%)';
COMMENT ON COLUMN shreport_bi.figures.respectively IS 'from a distributed list (分别, 均)';
COMMENT ON COLUMN shreport_bi.figures.cumulative IS 'cumulative (累计)';
COMMENT ON COLUMN shreport_bi.figures.sentence_no IS 'the figure''s sentence (shreport_bi.sentences)';
COMMENT ON COLUMN shreport_bi.figures.sentence IS 'text of the figure''s sentence';
COMMENT ON COLUMN shreport_bi.figures.char_start IS 'first character of raw in the report, 1-based';
COMMENT ON COLUMN shreport_bi.figures.char_end IS 'character after raw, 1-based';

COMMENT ON VIEW shreport_bi.targets IS 'the target figures of shreport_bi.figures';
COMMENT ON VIEW shreport_bi.outcomes IS 'the outcome figures of shreport_bi.figures';

COMMENT ON VIEW shreport_bi.panel IS 'shreport.panel with plain numbers: region x year x metric key x measure, target, outcome, met, gap, national target and excess';
COMMENT ON COLUMN shreport_bi.panel.region IS 'region of the reports the row comes from';
COMMENT ON COLUMN shreport_bi.panel.year IS 'year the target and the outcome are for';
COMMENT ON COLUMN shreport_bi.panel.metric_key IS 'canonical metric key';
COMMENT ON COLUMN shreport_bi.panel.metric_en IS 'English name of the metric';
COMMENT ON COLUMN shreport_bi.panel.measure IS 'level, or change (a growth rate or an increase)';
COMMENT ON COLUMN shreport_bi.panel.target_metric IS 'the target''s metric as its report writes it';
COMMENT ON COLUMN shreport_bi.panel.target_text IS 'the target as text (5%以上); NULL when none';
COMMENT ON COLUMN shreport_bi.panel.hardness IS 'how binding the target is: hard, soft, ceiling, range or point';
COMMENT ON COLUMN shreport_bi.panel.target_low IS 'lower end of the target in target_unit; NULL when it has no floor';
COMMENT ON COLUMN shreport_bi.panel.target_high IS 'upper end of the target in target_unit; NULL when it has no ceiling';
COMMENT ON COLUMN shreport_bi.panel.target_unit IS 'unit of target_low and target_high';
COMMENT ON COLUMN shreport_bi.panel.target_report IS 'report_id of the report setting the target';
COMMENT ON COLUMN shreport_bi.panel.outcome_metric IS 'the outcome''s metric as its report writes it';
COMMENT ON COLUMN shreport_bi.panel.outcome_value IS 'the outcome in outcome_unit, magnitude applied; NULL when none';
COMMENT ON COLUMN shreport_bi.panel.outcome_unit IS 'unit of outcome_value';
COMMENT ON COLUMN shreport_bi.panel.outcome_text IS 'the outcome as text (5.7%)';
COMMENT ON COLUMN shreport_bi.panel.outcome_report IS 'report_id of the report stating the outcome';
COMMENT ON COLUMN shreport_bi.panel.met IS 'did the outcome meet the target; NULL without both';
COMMENT ON COLUMN shreport_bi.panel.gap_value IS 'outcome minus the nearest bound of the target, in gap_unit';
COMMENT ON COLUMN shreport_bi.panel.gap_unit IS 'unit of gap_value (the target''s)';
COMMENT ON COLUMN shreport_bi.panel.national_target_text IS 'the national target of the same key, year and measure, as text';
COMMENT ON COLUMN shreport_bi.panel.excess_value IS 'for rates and shares, how far the region''s target goes beyond the national one, in excess_unit (层层加码)';
COMMENT ON COLUMN shreport_bi.panel.excess_unit IS 'unit of excess_value (% for rates: 0.5 is half a percentage point)';

-- targets and outcomes are figures filtered: their columns say the same
DO $$
DECLARE
	v text;
	a record;
BEGIN
	FOREACH v IN ARRAY ARRAY['targets', 'outcomes'] LOOP
		FOR a IN SELECT attname, attnum FROM pg_catalog.pg_attribute
				  WHERE attrelid OPERATOR(pg_catalog.=) 'shreport_bi.figures'::pg_catalog.regclass
					AND attnum OPERATOR(pg_catalog.>) 0 LOOP
			EXECUTE pg_catalog.format('COMMENT ON COLUMN shreport_bi.%I.%I IS %L', v, a.attname,
				pg_catalog.col_description('shreport_bi.figures'::pg_catalog.regclass, a.attnum));
		END LOOP;
	END LOOP;
END
$$;

-- ---------------------------------------------------------------------
-- Rounding, and the value as float8 for tools that chart doubles.
-- ---------------------------------------------------------------------

CREATE FUNCTION shreport.round(shreport.quantity, integer)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'quantity_round'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.round(shreport.quantity, integer) IS
'the quantity rounded to that many decimals of its own unit and magnitude word, half away from zero (round(''9.25万亿元'', 1) is 9.3万亿元)';

CREATE FUNCTION shreport.quantity_to_float8(shreport.quantity)
RETURNS double precision
AS 'MODULE_PATHNAME', 'quantity_to_float8'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.quantity_to_float8(shreport.quantity) IS
'the value in its own unit, magnitude applied, as double precision (the cast to float8; inexact beyond 15 digits)';

CREATE CAST (shreport.quantity AS double precision)
	WITH FUNCTION shreport.quantity_to_float8(shreport.quantity);

COMMENT ON CAST (shreport.quantity AS double precision) IS
'the value in its own unit, magnitude applied, as value() gives it, rounded to double precision';

-- value() and convert() take a unit with a magnitude word (亿元, 万吨).
COMMENT ON FUNCTION shreport.value(shreport.quantity, text) IS
'the amount in another unit of the same dimension, which may start with a magnitude word (value(''9.2万亿元'', ''亿元'') is 92000)';
COMMENT ON FUNCTION shreport.convert(shreport.quantity, text) IS
'the quantity in another unit of the same dimension, written with the magnitude word given with the unit (亿元, 万吨), else with its own';
