--
-- kinds: each kind of figure reports write, found in a sentence of its
-- own, and the look-alikes that must stay no figure
--
CREATE EXTENSION IF NOT EXISTS shreport CASCADE;

CREATE TEMP TABLE kind_texts (kind text, body text);
INSERT INTO kind_texts VALUES
	('count with a noun', '惠及16万儿童。新增39.8万农业转移人口落户城镇。惠及549万人。'),
	('Chinese numeral count', '建成两个国家级创新中心，分三批推进，新增百万亩高标准农田。'),
	('places counted', '覆盖全省16个市、120个县。'),
	('tenths', '民营经济占比超4成，约7成企业实现增长。'),
	('age', '人均预期寿命达到79.3岁。'),
	('days', '空气质量优良天数达到325天。'),
	('concentration', 'PM2.5平均浓度下降到30微克/立方米。'),
	('computing power', '算力规模达到12.5EFLOPS。'),
	('trips and TEU', '开行中欧班列1.2万列，港口集装箱吞吐量达到120万标箱，航空旅客吞吐量3.2亿人次，完成5000万车次。'),
	('energy', '新增发电量500万千瓦时，全社会用电量达到2.5亿千瓦时。'),
	('rank', '经济总量居全国第2位，从全国第12位升至第5位，稳居全国前十。'),
	('ratio', '城乡居民收入比缩小到2.04∶1，较上年缩小到2.31:1。'),
	('labels and dates', '实施“十四五”规划，推进三年行动，召开两会，2024年3月5日开幕，第1季度，5G基站，3.0版，一带一路。'),
	('groups named by age', '为65岁及以上老年人免费体检，每千人口拥有3岁以下婴幼儿托位数达到4.5个。');

SELECT k.kind, f.raw, f.metric, f.amount, f.target, dimension(f.amount) AS dimension
  FROM kind_texts k,
	   LATERAL shreport.figures(E'一、2024年工作回顾\n' || k.body) f
 ORDER BY k.kind, f.figure_no;

-- the kinds that find nothing
SELECT k.kind
  FROM kind_texts k
 WHERE NOT EXISTS (SELECT 1 FROM shreport.figures(E'一、2024年工作回顾\n' || k.body))
 ORDER BY k.kind;

-- ranks: a smaller place is better; a ceiling of places (前10位) holds the
-- places up to it, so @> and met() read a goal of places the right way
SELECT t, q, t::target @> q::quantity AS holds, met(t::target, q::quantity),
	   gap(t::target, q::quantity)
  FROM (VALUES ('前10位', '第2位'), ('前10位', '第12名'), ('第5位以内', '第5位'),
			   ('第3位', '第2位'), ('第3位', '第4位')) v(t, q);
SELECT q FROM unnest(ARRAY['第12位', '第2名', '第5位']::quantity[]) q ORDER BY q;
-- a place converts among places, in its base unit as the BI views state
-- it; plain 位 stays a count
SELECT value('第2位'::quantity, base_unit('第2位')) AS place, convert('第2名'::quantity, '位'),
	   value('3位'::quantity, '位') AS count, dimension('3位');
-- a floor on a place is refused: 第5位以上 means fifth or better
SELECT '第5位以上'::target;
-- ratios compare as numbers: a smaller gap between town and country
SELECT '2.04∶1'::quantity < '2.31:1'::quantity AS narrower, '2.04：1'::quantity;
