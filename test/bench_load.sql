-- bench_load.sql: per report, the median of 5 runs of each of: a plain
-- INSERT of the text with its sha256 (baseline), shreport.figures() (parse
-- only), and shreport.load() (parse and store); printed as milliseconds and
-- ratios to the baseline.
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
