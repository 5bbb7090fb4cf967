--
-- errors: every class of bad input gets its documented SQLSTATE and a clear
-- message, the server survives arbitrary text, and a failed load leaves
-- nothing behind
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS shreport CASCADE;
RESET client_min_messages;
SET search_path = public, shreport;

-- run a statement, return its SQLSTATE and message (or "ok")
CREATE FUNCTION try(stmt text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE stmt;
	RETURN 'ok';
EXCEPTION WHEN others THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END
$$;

-- the SQLSTATE of each class of error, one example each
SELECT stmt, try(stmt) AS result FROM (VALUES
	($$SELECT '5斤斤'::quantity$$),                 -- 22P02 unknown unit
	($$SELECT '9500多家'::quantity$$),              -- 22P02 not an exact amount
	($$SELECT '1234567890123456789元'::quantity$$), -- 22003 too many digits
	($$SELECT '不低于5%以内'::target$$),            -- 22P02 contradictory qualifiers
	($$SELECT '6%-5%'::target$$),                   -- 22023 range upside down
	($$SELECT '5%-3吨'::target$$),                  -- 22023 ends of two dimensions
	($$SELECT '5元'::quantity + '3吨'$$),           -- 22000 mixing dimensions
	($$SELECT '5%以上'::target @> '3吨'::quantity$$), -- NULL, not an error
	($$SELECT '5元'::quantity / 0$$),               -- 22012 division by zero
	($$SELECT '5元'::quantity / '0吨'::quantity$$), -- 22000 before division
	($$SELECT convert('5元', '吨')$$),              -- 22000 mixing dimensions
	($$SELECT convert('5元', '斤斤')$$)             -- 22023 unknown unit
) AS v(stmt);

-- the server survives arbitrary text: control characters, unpaired
-- brackets and quotes, lone markers, private-use and astral code points
SELECT count(*) >= 0 AS parsed
  FROM generate_series(1, 200) AS g(i),
	   LATERAL shreport.figures(
		   (SELECT string_agg(chr(CASE WHEN r < 0.3 THEN 1 + (random() * 126)::int
									   WHEN r < 0.9 THEN 19968 + (random() * 20900)::int
									   ELSE 65281 + (random() * 90)::int END), '')
			  FROM (SELECT random() AS r, g.i FROM generate_series(1, 300)) s));
SELECT kind, count(*) FROM shreport.parse(E'（一）“”《》一、1.（1）一是\r\n\t\u3000`x`\u00a0\U0001F600')
 GROUP BY kind ORDER BY kind;

-- empty text, blank text and text without figures
SELECT count(*) AS units FROM shreport.parse('');
SELECT count(*) AS figures FROM shreport.figures('   ');
SELECT count(*) AS figures FROM shreport.figures('今年要坚持稳中求进。');
SELECT try($$SELECT shreport.load('')$$);
SELECT try($$SELECT shreport.load(NULL)$$);
SELECT try($$SELECT shreport.load('地区生产总值增长5%。', year => 0)$$);
SELECT shreport.unload(123456789) AS unloaded_nothing;

-- a 50 MB text parses; past the core's limit the text is refused clearly
SELECT count(*) AS units FROM shreport.parse(repeat('这是一段没有任何数字的很长的文字', 1100000));
SELECT try($$SELECT count(*) FROM shreport.parse(repeat('x', 65 * 1024 * 1024))$$);
SELECT try($$SELECT shreport.load(repeat('x', 65 * 1024 * 1024))$$);

-- a long parse can be cancelled: a statement_timeout far shorter than the
-- parse (in lines, or in one clause holding a million figures; seconds of
-- work on any machine) ends it with query_canceled instead of letting it
-- run to its end.  How soon is not asserted, as no clock is trusted here;
-- test_extract checks that the parser polls in step with its work.
CREATE FUNCTION parse_cancelled(body text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
	PERFORM count(*) FROM shreport.parse(body);
	RETURN 'finished';
EXCEPTION WHEN query_canceled THEN
	RETURN 'cancelled';
END
$$;
CREATE TEMP TABLE big (lines text, clause text);
ALTER TABLE big ALTER lines SET STORAGE external, ALTER clause SET STORAGE external;
INSERT INTO big SELECT repeat(E'地区生产总值增长5%。\n', 1700000),
					   repeat('地区生产总值增长5%、', 1700000);
SET statement_timeout = '100ms';
SELECT parse_cancelled(lines) FROM big;
SELECT parse_cancelled(clause) FROM big;
RESET statement_timeout;
DROP TABLE big;
DROP FUNCTION parse_cancelled(text);

-- a load that fails half-way leaves no trace
SELECT count(*) AS reports_before FROM shreport.reports;
CREATE FUNCTION fail_on_figure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.figure_no = 3 THEN
		RAISE EXCEPTION 'refusing figure %', NEW.figure_no;
	END IF;
	RETURN NEW;
END
$$;
CREATE TRIGGER fail_on_figure BEFORE INSERT ON shreport.figures
	FOR EACH ROW EXECUTE FUNCTION fail_on_figure();
SELECT try($$SELECT shreport.load('地区生产总值增长5%，进出口增长3%，投资增长4%。')$$);
DROP TRIGGER fail_on_figure ON shreport.figures;
SELECT (SELECT count(*) FROM shreport.reports) AS reports,
	   (SELECT count(*) FROM shreport.sections) AS sections,
	   (SELECT count(*) FROM shreport.sentences) AS sentences,
	   (SELECT count(*) FROM shreport.figures) AS figures;

DROP FUNCTION fail_on_figure();
DROP FUNCTION try(text);
