--
-- quantity: an exact amount with a unit
--
CREATE EXTENSION IF NOT EXISTS shreport CASCADE;

-- the operator classes are well-formed
SELECT opc.opcname, am.amname, amvalidate(opc.oid)
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opc.opcname LIKE 'quantity%'
ORDER BY 1, 2;

-- every comparison operator declares its commutator, negator and estimators
SELECT o.oprname, o.oprcom::regoperator AS commutator,
       o.oprnegate::regoperator AS negator, o.oprrest, o.oprjoin,
       o.oprcanhash, o.oprcanmerge
FROM pg_operator o
WHERE o.oprleft = 'quantity'::regtype AND o.oprright = 'quantity'::regtype
  AND o.oprresult = 'boolean'::regtype
ORDER BY 1;

--
-- I/O: every input form, with its canonical output, unit, dimension and
-- value, and the round trip through text
--
SELECT s AS input, q AS output, unit(q), dimension(q), value(q),
       q::text::quantity = q AND q::text = q::text::quantity::text AS round_trip
FROM (VALUES
    -- Arabic numbers: sign, decimals, thousands separators
    ('42'), ('-3.5'), ('+7'), ('0'), ('0.000'), ('1,200万元'), ('12,345,678.9元'),
    -- full-width digits, point, percent and comma
    ('９．２万亿元'), ('１２．５％'), ('１，２００万元'),
    -- Chinese numerals
    ('三千五百万元'), ('一万二千人'), ('两万亩'), ('十二万个'), ('百分之五'),
    ('百分之十二点五'), ('三点五亿元'), ('零'), ('十'),
    -- magnitude words and their combination with a unit
    ('9.2万亿元'), ('9300万千瓦'), ('122亿立方米'), ('20万人次'), ('5十万元'),
    ('3百万吨'), ('2千万人'), ('1.5亿元'), ('7千人'), ('4百个'),
    -- percent, percentage points, times
    ('5%'), ('5％'), ('0.5个百分点'), ('3倍'),
    -- spaces between number and unit, and around the whole
    ('5 万元'), ('  9.2万亿元  '), ('12 %'),
    -- the unit catalogue
    ('100美元'), ('1吨'), ('2000斤'), ('1公斤'), ('1千克'), ('500克'),
    ('3公里'), ('3千米'), ('100米'), ('5厘米'),
    ('100平方米'), ('2平方公里'), ('3公顷'), ('15亩'),
    ('10立方米'), ('20升'),
    ('100瓦'), ('5千瓦'), ('2兆瓦'), ('1000千瓦时'), ('1000度'),
    ('5亿吨标准煤'),
    ('3家'), ('3个'), ('100人'), ('8户'), ('2套'), ('4所'), ('6项'), ('9场'),
    ('2条'), ('5台'), ('7辆'), ('3座'), ('2颗'), ('4位'), ('10名'), ('6张'),
    ('3处'), ('2艘'), ('1列'), ('5架'), ('8件'), ('9次'), ('3批'), ('2篇'),
    ('4部'), ('6只'), ('7头'), ('100株'),
    -- trailing zeros are kept as written
    ('5.0%'), ('1.50万元')
) AS v(s), LATERAL (SELECT s::quantity AS q) AS x;

-- what was written round-trips exactly
SELECT '9.2万亿元'::quantity::text = '9.2万亿元' AS exact,
       '三千五百万元'::quantity::text AS chinese_to_arabic,
       value('9.2万亿元') AS value_of_9_2_trillion;

-- bad input: each is 22P02 with the reason in the detail
SELECT ''::quantity;
SELECT '   '::quantity;
SELECT 'abc'::quantity;
SELECT '元'::quantity;
SELECT '5斤斤'::quantity;
SELECT '5元元'::quantity;
SELECT '5 元 abc'::quantity;
SELECT '1.2.3元'::quantity;
SELECT '5%%'::quantity;
SELECT '--5'::quantity;
SELECT '5-'::quantity;
SELECT '12,34元'::quantity;
SELECT '0x10'::quantity;
SELECT '5e3'::quantity;
SELECT 'NaN'::quantity;
SELECT 'Infinity'::quantity;
SELECT '5元 6元'::quantity;
SELECT '百分之'::quantity;
SELECT '5个百分'::quantity;
SELECT '5%-6%'::quantity;
SELECT '5%以上'::quantity;
SELECT '.元'::quantity;
-- overflow: 22003
SELECT '9999999999999999999元'::quantity;
SELECT '12345678901234567890.5万元'::quantity;

--
-- comparison: a truth table over mixed units and dimensions
--
CREATE TEMP TABLE samples (q) AS
VALUES ('1吨'::quantity), ('2000斤'), ('999千克'), ('1.5吨'),
       ('5元'), ('5美元'), ('3家'), ('3个');

SELECT a.q AS a, b.q AS b, quantity_cmp(a.q, b.q) AS cmp,
       a.q < b.q AS lt, a.q <= b.q AS le, a.q = b.q AS eq,
       a.q <> b.q AS ne, a.q >= b.q AS ge, a.q > b.q AS gt
FROM samples a CROSS JOIN samples b
ORDER BY a.q::text, b.q::text;

-- the operators agree with the support function on every pair, and
-- equal values hash alike
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE (quantity_cmp(a.q, b.q) < 0) <> (a.q < b.q)
                          OR (quantity_cmp(a.q, b.q) = 0) <> (a.q = b.q)
                          OR (quantity_cmp(a.q, b.q) > 0) <> (a.q > b.q)
                          OR quantity_cmp(a.q, b.q) <> -quantity_cmp(b.q, a.q)) AS inconsistent,
       count(*) FILTER (WHERE a.q = b.q AND
                        (quantity_hash(a.q) <> quantity_hash(b.q) OR
                         quantity_hash_extended(a.q, 42) <> quantity_hash_extended(b.q, 42))) AS hash_mismatch
FROM samples a CROSS JOIN samples b;

-- equality across units and trailing zeros
SELECT '1吨'::quantity = '2000斤' AS ton_jin,
       '1公斤'::quantity = '1千克' AS kg,
       '15亩'::quantity = '10000平方米' AS mu_m2,
       '1亩'::quantity = '666.666666666666667平方米' AS mu_inexact,
       '15亩'::quantity = '1公顷' AS mu_hectare,
       '1000度'::quantity = '1000千瓦时' AS du,
       '5%'::quantity = '5.00%' AS trailing_zeros,
       '9.2万亿元'::quantity = '92000亿元' AS magnitude,
       '5%'::quantity = '5个百分点' AS percent_vs_points,
       '3家'::quantity = '3个' AS count_words,
       '5元'::quantity = '5美元' AS currencies,
       '5'::quantity = '5%' AS bare_vs_percent;

--
-- ORDER BY over a column that mixes units and dimensions: by dimension,
-- then by value in the dimension's base unit
--
CREATE TABLE mixed (id serial, q quantity);
INSERT INTO mixed (q) VALUES
    ('1吨'), ('3家'), ('2001斤'), ('5元'), ('999千克'), ('-1吨'), ('1万元'),
    ('2000斤'), ('1个'), ('0.5个百分点'), ('5%'), ('3%'), ('1.5亩'), ('1公顷'),
    ('100平方米'), ('5美元'), ('7'), ('-2'), ('1000克');
SELECT id, q, dimension(q) FROM mixed ORDER BY q, id;
SELECT id, q FROM mixed ORDER BY q DESC, id;
SELECT DISTINCT q FROM mixed WHERE dimension(q) = 'mass' ORDER BY q;

--
-- arithmetic
--
SELECT '1吨'::quantity + '500斤' AS ton_plus_jin,
       '500斤'::quantity + '1吨' AS jin_plus_ton,
       '9.2万亿元'::quantity - '2000亿元' AS minus,
       -'5%'::quantity AS negate,
       '1.5万元'::quantity * 3 AS times,
       2.5 * '4吨'::quantity AS times_left,
       '10元'::quantity / 4 AS divided,
       '10元'::quantity / 3 AS divided_inexact,
       '1吨'::quantity / '500斤' AS ratio,
       '3%'::quantity / '5%' AS ratio_percent,
       '1公顷'::quantity / '1亩' AS hectare_in_mu;
-- mixing dimensions is an error naming both units
SELECT '5元'::quantity + '3吨';
SELECT '5元'::quantity - '5美元';
SELECT '5%'::quantity / '5个百分点';
SELECT '5'::quantity + '3吨';
SELECT '3吨'::quantity + '5';
-- division by zero
SELECT '5元'::quantity / 0;
SELECT '5元'::quantity / '0元';
-- out of range
SELECT '900000000000000000元'::quantity * 100 AS exact_not_overflow;
SELECT '1亿元'::quantity * 1e100 * 1e100;
SELECT -'1亿元'::quantity / 1e-100 / 1e-100;
SELECT '1元'::quantity * 1e200;
SELECT '5元'::quantity * 'NaN'::numeric;
SELECT '5元'::quantity * 'Infinity'::numeric;

--
-- accessors, conversion and casts
--
SELECT value('1,200万元') AS v1, value('5%') AS v2, value('三千五百万元') AS v3,
       value('1吨', '斤') AS ton_in_jin, value('1公顷', '亩') AS hectare_in_mu,
       value('2000斤', '吨') AS jin_in_ton, value('1千瓦时', '度') AS kwh_in_du,
       value('1平方公里', '公顷') AS km2_in_ha;
SELECT convert('1吨', '斤') AS c1, convert('1.5万吨', '公斤') AS c2,
       convert('3公里', '米') AS c3, convert('1000升', '立方米') AS c4,
       convert('5兆瓦', '千瓦') AS c5, convert('7', '') AS c6;
-- a unit may come with a magnitude word, as reports write amounts; without
-- one, convert keeps the word the quantity has
SELECT value('9.2万亿元', '亿元') AS in_yi_yuan, convert('9.2万亿元', '亿元') AS c_yi_yuan,
       value('1131亿斤', '万吨') AS in_wan_ton, convert('9300万千瓦', '亿千瓦') AS c_yi_kw,
       value('124.5万人', '万人') AS in_wan_people, convert('9.2万亿元', '元') AS keeps_word,
       convert('1千瓦', '千瓦') AS kilowatt_is_a_unit;
SELECT unit('5'), unit('0.5个百分点'), dimension('5'), dimension('0.5个百分点'),
       dimension('5%'), dimension('3倍'), dimension('3家') <> dimension('3个') AS count_words_differ;
SELECT convert('1吨', '元');
SELECT value('1吨', '元');
SELECT convert('1吨', '斤斤');
SELECT value('1吨', 'kg');
SELECT 12.50::quantity AS from_numeric, (-3)::numeric::quantity AS negative,
       '9.2万亿元'::quantity::numeric AS to_numeric,
       '5%'::quantity::numeric AS percent_to_numeric,
       quantity(0.001) AS by_function;
SELECT 'NaN'::numeric::quantity;
SELECT 'Infinity'::numeric::quantity;
SELECT 123456789012345678901234::numeric::quantity;

--
-- aggregates
--
SELECT sum(q ORDER BY id), avg(q ORDER BY id), min(q), max(q), count(q)
FROM mixed WHERE dimension(q) = 'mass';
SELECT sum(q), avg(q), min(q), max(q) FROM mixed WHERE false;
SELECT min(q), max(q) FROM mixed;
SELECT sum(q) FROM mixed;
SELECT avg(q) FROM mixed;
-- avg keeps two places beyond the finest input, not 18 digits
SELECT avg(q) FROM (VALUES ('10元'::quantity), ('20元'), ('20元')) v(q);
SELECT avg(q) FROM (VALUES ('1.5万元'::quantity), ('2.25万元'), ('3.01万元')) v(q);

-- round to decimals of the quantity's own unit and word, half away from zero
-- (a bare literal would be taken for numeric: pg_catalog comes first)
SELECT round('9.25万亿元'::quantity, 1) AS r1, round('-9.25万亿元'::quantity, 1) AS r2,
       round('5.5%'::quantity, 0) AS r3, round('1234.5678元'::quantity, 2) AS r4,
       round('1234.5678元'::quantity, -2) AS r5, round('9.2万亿元'::quantity, 5) AS r6,
       round('0.000001元'::quantity, 2) AS r7, round('123'::quantity, -2147483647) AS r8,
       round('123'::quantity, 2147483647) AS r9;
-- the value as float8, for tools that chart doubles
SELECT '9.2万亿元'::quantity::float8 AS f1, '5.5%'::quantity::float8 AS f2,
       '1131亿斤'::quantity::double precision AS f3;
SELECT dimension(q), sum(q ORDER BY id), avg(q ORDER BY id), min(q), max(q)
FROM mixed GROUP BY dimension(q) ORDER BY 1;

-- every aggregate can run in parallel
SELECT a.aggfnoid::regprocedure AS aggregate, a.aggcombinefn, a.aggserialfn,
       a.aggdeserialfn, p.proparallel
FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
WHERE p.pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'shreport')
  AND 'quantity'::regtype = ANY (p.proargtypes)
ORDER BY 1;

CREATE TABLE big (id int, q quantity);
INSERT INTO big SELECT i, (i || '吨')::quantity FROM generate_series(1, 20000) i;
ANALYZE big;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT sum(q), avg(q), min(q), max(q) FROM big;
SELECT sum(q), avg(q), min(q), max(q) FROM big;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
SET max_parallel_workers_per_gather = 0;
SELECT sum(q), avg(q), min(q), max(q) FROM big;
RESET max_parallel_workers_per_gather;

--
-- indexes: btree on a mixed column, hash for GROUP BY and hash joins
--
CREATE TABLE idx (id int, q quantity);
INSERT INTO idx
SELECT i, CASE i % 3 WHEN 0 THEN (i || '吨')::quantity
                     WHEN 1 THEN (i * 2000 || '斤')::quantity
                     ELSE (i || '元')::quantity END
FROM generate_series(1, 3000) i;
CREATE INDEX idx_q ON idx (q);
ANALYZE idx;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id, q FROM idx WHERE q = '2000斤';
SELECT id, q FROM idx WHERE q = '2000斤';
EXPLAIN (COSTS OFF) SELECT id, q FROM idx WHERE q BETWEEN '2吨' AND '8000斤' ORDER BY q;
SELECT id, q FROM idx WHERE q BETWEEN '2吨' AND '8000斤' ORDER BY q, id;
SELECT count(*) FROM idx WHERE q < '1吨';
SELECT min(q), max(q) FROM idx WHERE dimension(q) = 'mass';
RESET enable_bitmapscan;
RESET enable_seqscan;
-- the same answers without the index
SELECT count(*) FROM idx WHERE q BETWEEN '2吨' AND '8000斤';
SELECT count(*) FROM idx WHERE q < '1吨';

CREATE INDEX idx_q_hash ON idx USING hash (q);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
DROP INDEX idx_q;
EXPLAIN (COSTS OFF) SELECT id, q FROM idx WHERE q = '4吨';
SELECT id, q FROM idx WHERE q = '4吨';
RESET enable_bitmapscan;
RESET enable_seqscan;

-- GROUP BY and DISTINCT through the hash opclass
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT q, count(*) FROM mixed GROUP BY q;
SELECT value(q, '公斤') AS kg, count(*) FROM mixed
WHERE dimension(q) = 'mass' GROUP BY q ORDER BY 1;
EXPLAIN (COSTS OFF) SELECT DISTINCT q FROM mixed;
SELECT count(*) FROM (SELECT DISTINCT q FROM mixed) d;
RESET enable_sort;

-- hash and merge joins match across units
CREATE TEMP TABLE jin AS SELECT q AS qj FROM mixed WHERE unit(q) = '斤';
SET enable_nestloop = off;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT * FROM mixed JOIN jin ON q = qj;
SELECT id, q, qj FROM mixed JOIN jin ON q = qj ORDER BY id;
RESET enable_mergejoin;
SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT * FROM mixed JOIN jin ON q = qj;
SELECT id, q, qj FROM mixed JOIN jin ON q = qj ORDER BY id;
RESET enable_hashjoin;
RESET enable_nestloop;

--
-- binary I/O: the wire format, and COPY BINARY round trip
--
SELECT quantity_send('9.2万亿元') AS trillion, quantity_send('-5%') AS percent,
       quantity_send('42') AS bare;
CREATE TABLE copy_src (id int, q quantity);
INSERT INTO copy_src SELECT id, q FROM mixed;
INSERT INTO copy_src VALUES (100, '9.2万亿元'), (101, '5.0%'), (102, '1.50万元'),
    (103, '三千五百万元'), (104, '-0.000001吨'), (105, NULL);
\copy copy_src TO 'results/quantity.bin' (FORMAT binary)
CREATE TABLE copy_dst (id int, q quantity);
\copy copy_dst FROM 'results/quantity.bin' (FORMAT binary)
SELECT count(*) AS copied,
       count(*) FILTER (WHERE s.q::text IS DISTINCT FROM d.q::text) AS differ
FROM copy_src s FULL JOIN copy_dst d USING (id);

-- bad binary values are rejected like bad text (bytea written raw by COPY)
CREATE TABLE bad_bin (b bytea);
INSERT INTO bad_bin VALUES (set_byte(quantity_send('5元'), 0, 2));
\copy bad_bin TO 'results/quantity_bad.bin' (FORMAT binary)
\copy copy_dst (q) FROM 'results/quantity_bad.bin' (FORMAT binary)
TRUNCATE bad_bin;
INSERT INTO bad_bin VALUES (quantity_send('5元') || '\x00'::bytea);
\copy bad_bin TO 'results/quantity_bad.bin' (FORMAT binary)
\copy copy_dst (q) FROM 'results/quantity_bad.bin' (FORMAT binary)
TRUNCATE bad_bin;
INSERT INTO bad_bin VALUES (substr(quantity_send('5元'), 1, 9));
\copy bad_bin TO 'results/quantity_bad.bin' (FORMAT binary)
\copy copy_dst (q) FROM 'results/quantity_bad.bin' (FORMAT binary)
TRUNCATE bad_bin;
-- unit id 65535
INSERT INTO bad_bin VALUES (set_byte(set_byte(quantity_send('5元'), 11, 255), 12, 255));
\copy bad_bin TO 'results/quantity_bad.bin' (FORMAT binary)
\copy copy_dst (q) FROM 'results/quantity_bad.bin' (FORMAT binary)
TRUNCATE bad_bin;
-- magnitude id 200
INSERT INTO bad_bin VALUES (set_byte(quantity_send('5元'), 13, 200));
\copy bad_bin TO 'results/quantity_bad.bin' (FORMAT binary)
\copy copy_dst (q) FROM 'results/quantity_bad.bin' (FORMAT binary)
TRUNCATE bad_bin;
-- exponent 32767
INSERT INTO bad_bin VALUES (set_byte(set_byte(quantity_send('5元'), 9, 127), 10, 255));
\copy bad_bin TO 'results/quantity_bad.bin' (FORMAT binary)
\copy copy_dst (q) FROM 'results/quantity_bad.bin' (FORMAT binary)
SELECT count(*) AS unchanged FROM copy_dst;

--
-- security: everything works with only pg_catalog on the search_path, and
-- no SQL or PL function of the extension resolves names at run time with
-- the caller's path (a BEGIN ATOMIC body is bound when it is created)
--
SET search_path = pg_catalog;
SELECT public.value('9.2万亿元'::public.quantity),
       '1吨'::public.quantity OPERATOR(public.=) '2000斤'::public.quantity AS eq,
       '1吨'::public.quantity OPERATOR(public.+) '2000斤'::public.quantity AS plus,
       5::numeric::public.quantity AS cast_in,
       '5%'::public.quantity::numeric AS cast_out;
SELECT public.sum(q), public.avg(q), public.min(q), public.max(q)
FROM public.idx WHERE public.dimension(q) = 'currency_cny';
CREATE INDEX idx_q_pg_catalog ON public.idx (q);
SELECT p.oid::regprocedure
FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE p.oid IN (SELECT d.objid FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
                WHERE e.extname = 'shreport' AND d.deptype = 'e'
                  AND d.classid = 'pg_proc'::regclass)
  AND l.lanname NOT IN ('c', 'internal')
  AND p.prosqlbody IS NULL
  AND NOT EXISTS (SELECT FROM unnest(p.proconfig) AS c
                  WHERE c LIKE 'search_path=%');
RESET search_path;

-- the function properties promised: immutable, strict and parallel safe,
-- except the aggregate support that must see NULL states
SELECT p.oid::regprocedure, p.provolatile, p.proisstrict, p.proparallel
FROM pg_proc p
WHERE p.pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'shreport')
  AND p.prokind = 'f'
  AND ('quantity'::regtype = ANY (p.proargtypes) OR p.prorettype = 'quantity'::regtype)
  AND (p.provolatile <> 'i' OR NOT p.proisstrict OR p.proparallel <> 's')
ORDER BY 1;

DROP TABLE mixed, big, idx, copy_src, copy_dst, bad_bin;
