--
-- target: a value as a report qualifies it
--
CREATE EXTENSION IF NOT EXISTS shreport CASCADE;

-- the operator classes are well-formed
SELECT opc.opcname, am.amname, amvalidate(opc.oid)
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opc.opcname LIKE 'target%'
ORDER BY 1, 2;

-- comparison and containment operators declare commutator, negator and
-- their estimators
SELECT o.oprname, o.oprleft::regtype, o.oprright::regtype,
       o.oprcom::regoperator AS commutator, o.oprnegate::regoperator AS negator,
       o.oprrest, o.oprjoin, o.oprcanhash, o.oprcanmerge
FROM pg_operator o
WHERE o.oprleft = 'target'::regtype OR o.oprright = 'target'::regtype
ORDER BY 1, 2;

--
-- I/O: every input form, its canonical output, bounds and commitment,
-- and the round trip through text
--
SELECT s AS input, t AS output, bound(t), lower(t), upper(t), commitment(t),
       t::text::target = t AND t::text = t::text::target::text AS round_trip
FROM (VALUES
    -- floors
    ('5%以上'), ('不低于5%'), ('至少5%'), ('≥5%'), ('>=5%'), ('突破3000公里'),
    ('超过14万台'), ('9500多家'), ('20余个'), ('700多万人'),
    -- ceilings
    ('3%以内'), ('控制在3%以内'), ('不超过3%'), ('低于3%'), ('≤3%'), ('<=3%'),
    -- about
    ('3%左右'), ('约3%'), ('近800场'),
    -- ranges; the unit of the high end applies to both
    ('5%-5.5%'), ('5%～5.5%'), ('6-6.5%'), ('5至5.5%'), ('1-2个'), ('5.5%-6%'),
    -- exact values, Chinese numerals, full width, spaces
    ('9.2万亿元'), ('三千五百万元'), ('１２．５％以上'), (' 5% 以上 '),
    -- commitments
    ('力争突破20亿吨'), ('确保5%以上'), ('争取3%左右'), ('力争9.2万亿元'),
    ('力争5%-5.5%')
) AS v(s), LATERAL (SELECT s::target AS t) AS x;

-- canonical output
SELECT '不低于5%'::target::text AS ge, '控制在3%以内'::target::text AS le,
       '约3%'::target::text AS approx, '5%～5.5%'::target::text AS range,
       '力争突破20亿吨'::target::text AS committed;

-- bad input
SELECT ''::target;
SELECT '以上'::target;
SELECT '左右'::target;
SELECT '力争'::target;
SELECT 'abc'::target;
SELECT '5斤斤以上'::target;
SELECT '5%左右以上'::target;
SELECT '约5%以上'::target;
SELECT '力争确保5%'::target;
SELECT '5%-5.5%以上'::target;
SELECT '5%以上abc'::target;
SELECT '不低于5%以内'::target;
SELECT '5%以上以上'::target;
SELECT '≥'::target;
SELECT '5%-'::target;
SELECT '-5%～'::target;
SELECT '～5%'::target;
SELECT '5至'::target;
SELECT '5%-6%-7%'::target;
-- parses, but makes no sense: 22023
SELECT '6%-5%'::target;
SELECT '5%-3吨'::target;
SELECT '5元-6美元'::target;
-- overflow: 22003
SELECT '99999999999999999999%以上'::target;

--
-- comparison: a truth table
--
CREATE TEMP TABLE tsamples (t) AS
VALUES ('5%以上'::target), ('超过5%'), ('5%'), ('3%左右'), ('不超过3%'),
       ('5%-5.5%'), ('力争5%以上'), ('5.0%以上'), ('1万元以上');

SELECT a.t AS a, b.t AS b, target_cmp(a.t, b.t) AS cmp,
       a.t < b.t AS lt, a.t <= b.t AS le, a.t = b.t AS eq,
       a.t <> b.t AS ne, a.t >= b.t AS ge, a.t > b.t AS gt
FROM tsamples a CROSS JOIN tsamples b
ORDER BY a.t::text, b.t::text;

SELECT count(*) AS pairs,
       count(*) FILTER (WHERE (target_cmp(a.t, b.t) < 0) <> (a.t < b.t)
                          OR (target_cmp(a.t, b.t) = 0) <> (a.t = b.t)
                          OR (target_cmp(a.t, b.t) > 0) <> (a.t > b.t)
                          OR target_cmp(a.t, b.t) <> -target_cmp(b.t, a.t)) AS inconsistent,
       count(*) FILTER (WHERE a.t = b.t AND
                        (target_hash(a.t) <> target_hash(b.t) OR
                         target_hash_extended(a.t, 7) <> target_hash_extended(b.t, 7))) AS hash_mismatch
FROM tsamples a CROSS JOIN tsamples b;

--
-- containment: does the quantity meet the target, and by how much
--
CREATE TEMP TABLE actuals (q) AS
VALUES ('2.69%'::quantity), ('2.7%'), ('3%'), ('3.3%'), ('3.31%'), ('5%'),
       ('5.2%'), ('5.5%'), ('6%');
CREATE TEMP TABLE goals (t) AS
VALUES ('5%以上'::target), ('超过5%'), ('不超过3%'), ('低于3%'), ('3%左右'),
       ('5%-5.5%'), ('5%'), ('力争5%以上');
SELECT g.t AS target, a.q AS actual, g.t @> a.q AS meets, a.q <@ g.t AS meets_too,
       gap(g.t, a.q)
FROM goals g CROSS JOIN actuals a
ORDER BY g.t::text, a.q;

-- across units of one dimension
SELECT '突破20亿吨'::target @> '40000亿斤' AS jin_equal,
       '突破20亿吨'::target @> '40001亿斤' AS jin_above,
       gap('突破20亿吨', '45000亿斤') AS gap_above,
       gap('突破20亿吨', '45亿斤') AS gap_below,
       '1-2万亩'::target @> '1000公顷' AS hectare_in,
       '1-2万亩'::target @> '1公顷' AS hectare_not_in,
       '9500多家'::target @> '9501家' AS more_than;

-- a target and a quantity of different dimensions have no answer: NULL,
-- neither false nor an error, so a filter over mixed units runs
SELECT '5%以上'::target @> '5个百分点' IS NULL AS contains_unknown,
	   '5元'::quantity <@ '3吨以上'::target IS NULL AS contained_unknown,
	   gap('3%左右', '3家') IS NULL AS gap_unknown;
SELECT t, q, t @> q AS met
  FROM (VALUES ('5%以上'::target, '5.5%'::quantity), ('5%以上', '3家'), ('5%以上', '4%')) v(t, q)
 WHERE t @> q IS NOT FALSE;
-- arithmetic across dimensions still raises
SELECT '5元'::quantity + '3吨';

-- the tolerance of approx targets is a setting
SHOW shreport.approx_tolerance;
SELECT '3%左右'::target @> '3.3%' AS at_edge, '3%左右'::target @> '3.31%' AS beyond;
SET shreport.approx_tolerance = 0.2;
SELECT '3%左右'::target @> '3.3%' AS at_edge, '3%左右'::target @> '3.6%' AS new_edge,
       '3%左右'::target @> '3.61%' AS beyond;
SET shreport.approx_tolerance = 0;
SELECT '3%左右'::target @> '3%' AS exact, '3%左右'::target @> '3.01%' AS beyond;
SET shreport.approx_tolerance = 1.5;
SET shreport.approx_tolerance = -0.1;
RESET shreport.approx_tolerance;
SHOW shreport.approx_tolerance;
-- functions that read the setting are STABLE, the others IMMUTABLE
SELECT p.oid::regprocedure, p.provolatile, p.proisstrict, p.proparallel
FROM pg_proc p
WHERE p.pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'shreport')
  AND ('target'::regtype = ANY (p.proargtypes) OR p.prorettype = 'target'::regtype)
  AND (p.provolatile <> 'i' OR NOT p.proisstrict OR p.proparallel <> 's')
ORDER BY 1;

--
-- ORDER BY, indexes and hashing
--
CREATE TABLE goals_t (id serial, t target);
INSERT INTO goals_t (t) VALUES
    ('5%以上'), ('3%左右'), ('力争突破20亿吨'), ('9500多家'), ('5%-5.5%'),
    ('不超过3%'), ('6-6.5%'), ('9.2万亿元'), ('超过14万台'), ('20余个'),
    ('5%'), ('1000万元以上'), ('确保5%以上'), ('4000亿斤以上'), ('低于3%');
SELECT id, t, bound(t) FROM goals_t ORDER BY t, id;

INSERT INTO goals_t (t)
SELECT (CASE i % 4 WHEN 0 THEN i || '%以上' WHEN 1 THEN '约' || i || '万元'
               WHEN 2 THEN i || '-' || i + 1 || '吨' ELSE '不超过' || i || '家' END)::target
FROM generate_series(1, 2000) i;
CREATE INDEX goals_t_idx ON goals_t (t);
ANALYZE goals_t;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id, t FROM goals_t WHERE t = '5%以上';
SELECT id, t FROM goals_t WHERE t = '5%以上' ORDER BY id;
EXPLAIN (COSTS OFF) SELECT id, t FROM goals_t WHERE t > '1990%以上' AND t <= '2000%以上' ORDER BY t;
SELECT id, t FROM goals_t WHERE t > '1990%以上' AND t <= '2000%以上' ORDER BY t;
SELECT id, t FROM goals_t WHERE t < '3%左右' ORDER BY t;
RESET enable_bitmapscan;
RESET enable_seqscan;

SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT bound(t), count(*) FROM goals_t GROUP BY t;
SELECT count(*) AS groups FROM (SELECT t FROM goals_t GROUP BY t) g;
RESET enable_sort;
SELECT count(DISTINCT t) AS distinct_sorted FROM goals_t;

--
-- binary I/O
--
SELECT target_send('力争5%-5.5%') AS range, target_send('3%左右') AS approx;
CREATE TABLE tcopy_src (id int, t target);
INSERT INTO tcopy_src SELECT id, t FROM goals_t;
INSERT INTO tcopy_src VALUES (9999, NULL);
\copy tcopy_src TO 'results/target.bin' (FORMAT binary)
CREATE TABLE tcopy_dst (id int, t target);
\copy tcopy_dst FROM 'results/target.bin' (FORMAT binary)
SELECT count(*) AS copied,
       count(*) FILTER (WHERE s.t::text IS DISTINCT FROM d.t::text) AS differ
FROM tcopy_src s FULL JOIN tcopy_dst d USING (id);

CREATE TABLE tbad_bin (b bytea);
-- version 0
INSERT INTO tbad_bin VALUES (set_byte(target_send('5%以上'), 0, 0));
\copy tbad_bin TO 'results/target_bad.bin' (FORMAT binary)
\copy tcopy_dst (t) FROM 'results/target_bad.bin' (FORMAT binary)
TRUNCATE tbad_bin;
-- one byte short
INSERT INTO tbad_bin VALUES (substr(target_send('5%以上'), 1, 28));
\copy tbad_bin TO 'results/target_bad.bin' (FORMAT binary)
\copy tcopy_dst (t) FROM 'results/target_bad.bin' (FORMAT binary)
TRUNCATE tbad_bin;
-- bound 9
INSERT INTO tbad_bin VALUES (set_byte(target_send('5%以上'), 27, 9));
\copy tbad_bin TO 'results/target_bad.bin' (FORMAT binary)
\copy tcopy_dst (t) FROM 'results/target_bad.bin' (FORMAT binary)
TRUNCATE tbad_bin;
-- commitment 9
INSERT INTO tbad_bin VALUES (set_byte(target_send('5%以上'), 28, 9));
\copy tbad_bin TO 'results/target_bad.bin' (FORMAT binary)
\copy tcopy_dst (t) FROM 'results/target_bad.bin' (FORMAT binary)
TRUNCATE tbad_bin;
-- a range whose ends are swapped
INSERT INTO tbad_bin VALUES (substr(target_send('5%-6%'), 1, 1) ||
    substr(target_send('5%-6%'), 15, 13) || substr(target_send('5%-6%'), 2, 13) ||
    substr(target_send('5%-6%'), 28, 2));
\copy tbad_bin TO 'results/target_bad.bin' (FORMAT binary)
\copy tcopy_dst (t) FROM 'results/target_bad.bin' (FORMAT binary)
TRUNCATE tbad_bin;
-- a range whose ends have different dimensions
INSERT INTO tbad_bin VALUES (substr(target_send('5%-6%'), 1, 14) ||
    substr(quantity_send('6吨'), 2, 13) || substr(target_send('5%-6%'), 28, 2));
\copy tbad_bin TO 'results/target_bad.bin' (FORMAT binary)
\copy tcopy_dst (t) FROM 'results/target_bad.bin' (FORMAT binary)
SELECT count(*) AS unchanged FROM tcopy_dst;

--
-- security: works with only pg_catalog on the search_path
--
SET search_path = pg_catalog;
SELECT public.bound('5%以上'::public.target),
       public.lower('5%-5.5%'::public.target),
       public.upper('5%-5.5%'::public.target),
       public.commitment('力争5%以上'::public.target),
       '5%以上'::public.target OPERATOR(public.@>) '6%'::public.quantity AS meets,
       public.gap('5%以上'::public.target, '6%'::public.quantity);
RESET search_path;

DROP TABLE goals_t, tcopy_src, tcopy_dst, tbad_bin;
