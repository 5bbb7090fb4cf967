-- bench_load.sql: per report, the median of 5 runs of each of: a plain
-- INSERT of the text with its sha256 (baseline), shreport.figures() (parse
-- only), and shreport.load() (parse and store); printed as milliseconds and
-- ratios to the baseline.  Then figures() against a regexp pass, loads per
-- second, hostile texts at two sizes, and what keying figures costs.
CREATE TABLE bench_plain (body text, sha bytea);
CREATE TABLE bench_result (name text, kib numeric, plain_ms numeric, parse_ms numeric, load_ms numeric);

DO $$
DECLARE
	r record;
	t0 timestamptz;
	plain numeric[];
	parse numeric[];
	loads numeric[];
	id bigint;
BEGIN
	FOR r IN SELECT name, body FROM bench_body ORDER BY name LOOP
		plain := '{}'; parse := '{}'; loads := '{}';
		FOR i IN 1..5 LOOP
			t0 := clock_timestamp();
			INSERT INTO bench_plain VALUES (r.body, sha256(convert_to(r.body, 'UTF8')));
			plain := plain || extract(epoch FROM clock_timestamp() - t0) * 1000;

			t0 := clock_timestamp();
			PERFORM count(*) FROM shreport.figures(r.body);
			parse := parse || extract(epoch FROM clock_timestamp() - t0) * 1000;

			t0 := clock_timestamp();
			id := shreport.load(r.body);
			loads := loads || extract(epoch FROM clock_timestamp() - t0) * 1000;
			PERFORM shreport.unload(id);
			TRUNCATE bench_plain;
		END LOOP;
		INSERT INTO bench_result VALUES (r.name, round(octet_length(r.body) / 1024.0, 1),
			(SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(plain) x),
			(SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(parse) x),
			(SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(loads) x));
	END LOOP;
END
$$;

\pset footer off
SELECT name AS report, kib,
	   round(plain_ms, 2) AS plain_ms, round(parse_ms, 2) AS parse_ms,
	   round(load_ms, 2) AS load_ms,
	   round(load_ms / nullif(plain_ms, 0), 1) AS load_x_plain
  FROM bench_result ORDER BY name;
SELECT round(avg(parse_ms), 2) AS mean_parse_ms, round(avg(load_ms), 2) AS mean_load_ms,
	   round(avg(load_ms) / nullif(avg(plain_ms), 0), 1) AS mean_load_x_plain
  FROM bench_result;

-- The reader against the simplest figure finder SQL offers: one pass of
-- regexp_matches with a plain number+unit pattern over the same texts
-- (it finds numbers, not figures: no metric, qualifier, structure or
-- year).  Best of 5 runs over all bundled reports; x_regexp above 1 means
-- figures() is faster.  Then load() as a loader would run it: every report
-- in turn on one core, in reports per second.
CREATE TABLE bench_reader (what text, ms numeric);
DO $$
DECLARE
	t0 timestamptz;
	best_fig numeric;
	best_re numeric;
	best_load numeric;
	ms numeric;
	n bigint;
	r record;
BEGIN
	FOR i IN 1..5 LOOP
		t0 := clock_timestamp();
		SELECT count(*) INTO n FROM bench_body b, shreport.figures(b.body);
		ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
		best_fig := least(best_fig, ms);
		t0 := clock_timestamp();
		SELECT count(*) INTO n FROM bench_body b,
			regexp_matches(b.body, '[0-9]+(\.[0-9]+)?(万亿|亿|万)?(元|%|吨|斤|人|家|个|公里|千瓦|亩|项)', 'g');
		ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
		best_re := least(best_re, ms);
	END LOOP;
	FOR i IN 1..3 LOOP
		t0 := clock_timestamp();
		FOR r IN SELECT body FROM bench_body LOOP
			PERFORM shreport.load(r.body);
		END LOOP;
		ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
		best_load := least(best_load, ms);
		DELETE FROM shreport.reports;
	END LOOP;
	INSERT INTO bench_reader VALUES ('figures', best_fig), ('regexp', best_re), ('load', best_load);
END
$$;
SELECT (SELECT count(*) FROM bench_body) AS reports,
	   round((SELECT ms FROM bench_reader WHERE what = 'figures'), 1) AS figures_ms,
	   round((SELECT ms FROM bench_reader WHERE what = 'regexp'), 1) AS regexp_ms,
	   round((SELECT ms FROM bench_reader WHERE what = 'regexp') /
			 nullif((SELECT ms FROM bench_reader WHERE what = 'figures'), 0), 2) AS x_regexp,
	   round((SELECT count(*) FROM bench_body) * 1000.0 /
			 nullif((SELECT ms FROM bench_reader WHERE what = 'load'), 0)) AS loads_per_s;

-- Hostile texts at two sizes: a table pasted as one sentence, a 分别 list
-- of thousands of members after a report, a megabyte of amounts on one
-- line.  Doubling the text should about double the time (x2n near 2), not
-- quadruple it.
CREATE TABLE bench_hostile (name text, n int, kib numeric, parse_ms numeric, load_ms numeric);
CREATE FUNCTION pg_temp.hostile(name text, n int) RETURNS text LANGUAGE sql AS $$
	SELECT CASE name
		WHEN 'one sentence' THEN
			E'一、2024年工作回顾\n\n地区生产总值' || repeat('增长5%、', n) || '。'
		WHEN 'list' THEN
			(SELECT body FROM bench_body WHERE name = '2024-shandong') || E'\n\n' ||
			(SELECT string_agg('指标' || i, '、') FROM generate_series(1, n) i) || '分别增长' ||
			(SELECT string_agg(i || '%', '、') FROM generate_series(1, n) i) || '。'
		ELSE E'一、2024年工作回顾\n\n' || repeat('5亿元 ', n)
	END
$$;
DO $$
DECLARE
	r record;
	body text;
	t0 timestamptz;
	id bigint;
	p numeric;
BEGIN
	FOR r IN SELECT * FROM (VALUES ('one sentence', 3000), ('one sentence', 6000),
								   ('list', 2000), ('list', 4000),
								   ('magnitudes', 100000), ('magnitudes', 200000)) v(name, n) LOOP
		body := pg_temp.hostile(r.name, r.n);
		t0 := clock_timestamp();
		PERFORM count(*) FROM shreport.figures(body);
		p := extract(epoch FROM clock_timestamp() - t0) * 1000;
		t0 := clock_timestamp();
		id := shreport.load(body);
		INSERT INTO bench_hostile VALUES (r.name, r.n, round(octet_length(body) / 1024.0, 1), p,
			extract(epoch FROM clock_timestamp() - t0) * 1000);
		PERFORM shreport.unload(id);
	END LOOP;
END
$$;
SELECT h.name AS hostile_text, h.n, h.kib, round(h.parse_ms, 1) AS parse_ms,
	   round(h.load_ms, 1) AS load_ms,
	   round(h.parse_ms / nullif(s.parse_ms, 0), 2) AS parse_x2n,
	   round(h.load_ms / nullif(s.load_ms, 0), 2) AS load_x2n
  FROM bench_hostile h
	   LEFT JOIN bench_hostile s ON s.name = h.name AND s.n * 2 = h.n
 ORDER BY h.name, h.n;

-- What keying figures costs a load: the same loads again with the
-- metric_key column renamed, so that the loader finds none and skips the
-- lookup.  This is the last step: the name stays changed in this
-- throwaway database.
CREATE TABLE bench_keying (name text, keyed_ms numeric, unkeyed_ms numeric);
CREATE FUNCTION pg_temp.median_load_ms(body text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz;
	ms numeric[] := '{}';
	id bigint;
BEGIN
	FOR i IN 1..5 LOOP
		t0 := clock_timestamp();
		id := shreport.load(body);
		ms := ms || extract(epoch FROM clock_timestamp() - t0) * 1000;
		PERFORM shreport.unload(id);
	END LOOP;
	RETURN (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(ms) x);
END
$$;
INSERT INTO bench_keying SELECT name, pg_temp.median_load_ms(body), NULL FROM bench_body;
ALTER TABLE shreport.figures RENAME COLUMN metric_key TO metric_key_off;
CREATE TEMP TABLE bench_unkeyed AS SELECT name, pg_temp.median_load_ms(body) AS ms FROM bench_body;
UPDATE bench_keying k SET unkeyed_ms = u.ms FROM bench_unkeyed u WHERE u.name = k.name;
SELECT round(avg(keyed_ms), 2) AS mean_load_ms, round(avg(unkeyed_ms), 2) AS mean_load_unkeyed_ms,
	   round(100 * (avg(keyed_ms) / nullif(avg(unkeyed_ms), 0) - 1), 1) AS keying_pct
  FROM bench_keying;
