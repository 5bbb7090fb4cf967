--
-- shreport.load() and shreport.unload(): a report becomes rows of
-- shreport.reports, sections, sentences, highlights and figures, all or
-- nothing.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS shreport CASCADE;
RESET client_min_messages;

-- declared volatility, and the tables pg_dump keeps
SELECT p.oid::regprocedure, p.provolatile, p.proisstrict, p.proparallel
  FROM pg_proc p
 WHERE p.pronamespace = 'shreport'::regnamespace AND p.proname IN ('load', 'unload')
 ORDER BY p.oid::regprocedure::text;
SELECT c::regclass AS config_dump
  FROM pg_extension e, unnest(e.extconfig) AS c
 WHERE e.extname = 'shreport'
 ORDER BY c::regclass::text;

\set body `cat data/2024-shandong.md`
SELECT shreport.load(:'body') AS id \gset

SELECT report_id = :id AS same_id, title, region, year,
	   body = :'body' AS body_kept,
	   sha256 = sha256(convert_to(:'body', 'UTF8')) AS sha256_of_utf8,
	   loaded_at <= now() AS loaded_before_now
  FROM shreport.reports;

-- every table holds exactly what the functions return
SELECT (SELECT count(*) FROM shreport.sections WHERE report_id = :id) AS sections,
	   (SELECT count(*) FROM shreport.sentences WHERE report_id = :id) AS sentences,
	   (SELECT count(*) FROM shreport.highlights WHERE report_id = :id) AS highlights,
	   (SELECT count(*) FROM shreport.figures WHERE report_id = :id) AS figures;
SELECT
	(SELECT count(*) FROM
		(SELECT unit_no, parent_no, kind, level, marker, path, section, heading, char_start, char_end
		   FROM shreport.parse(:'body')
		  WHERE kind IN ('title', 'part', 'section', 'item', 'paragraph')
		 EXCEPT
		 SELECT unit_no, parent_no, kind, level, marker, path, section, heading, char_start, char_end
		   FROM shreport.sections WHERE report_id = :id) d) AS sections_differing,
	(SELECT count(*) FROM
		(SELECT row_number() OVER (ORDER BY unit_no), unit_no, parent_no, path, section, text,
				char_start, char_end
		   FROM shreport.parse(:'body') WHERE kind = 'sentence'
		 EXCEPT
		 SELECT sentence_no, unit_no, parent_no, path, section, text, char_start, char_end
		   FROM shreport.sentences WHERE report_id = :id) d) AS sentences_differing,
	(SELECT count(*) FROM
		(SELECT text, char_start, char_end
		   FROM shreport.parse(:'body') WHERE kind = 'highlight'
		 EXCEPT
		 SELECT text, char_start, char_end
		   FROM shreport.highlights WHERE report_id = :id) d) AS highlights_differing,
	(SELECT count(*) FROM
		(SELECT figure_no, sentence_no, char_start, char_end, raw, metric, predicate,
				qualifiers, amount, target, kind, year, is_change, respectively,
				cumulative, section, sentence
		   FROM shreport.figures(:'body')
		 EXCEPT
		 SELECT figure_no, sentence_no, f.char_start, f.char_end, raw, metric, predicate,
				qualifiers, amount, target, kind, year, is_change, respectively,
				cumulative, f.section, s.text
		   FROM shreport.figures f JOIN shreport.sentences s USING (report_id, sentence_no)
		  WHERE report_id = :id) d) AS figures_differing;

-- sentence numbers and links agree between the tables
SELECT count(*) AS figures_without_their_sentence
  FROM shreport.figures f LEFT JOIN shreport.sentences s USING (report_id, sentence_no)
 WHERE s.text IS NULL;
-- the views read each figure's sentence from shreport.sentences
SELECT count(*) AS view_rows, count(*) FILTER (WHERE v.sentence = s.text) AS with_sentence
  FROM (SELECT report_id, sentence_no, sentence FROM shreport.targets
		UNION ALL
		SELECT report_id, sentence_no, sentence FROM shreport.outcomes) v
	   JOIN shreport.sentences s USING (report_id, sentence_no)
 WHERE v.report_id = :id;
SELECT count(*) AS figures_outside_their_sentence
  FROM shreport.figures f JOIN shreport.sentences s USING (report_id, sentence_no)
 WHERE f.char_start < s.char_start OR f.char_end > s.char_end;
SELECT count(*) AS highlights_outside_their_sentence
  FROM shreport.highlights h JOIN shreport.sentences s USING (report_id, sentence_no)
 WHERE h.char_start < s.char_start OR h.char_end > s.char_end;
SELECT count(*) AS sentences_outside_their_unit
  FROM shreport.sentences s
	   JOIN shreport.sections u ON u.report_id = s.report_id AND u.unit_no = s.parent_no
 WHERE s.char_start < u.char_start OR s.char_end > u.char_end OR NOT u.path @> s.path;

-- the views: figures of one kind with their report
SELECT region, report_year, year, section, metric, raw, target
  FROM shreport.targets
 WHERE report_id = :id AND section = '二'
 ORDER BY figure_no;
SELECT (SELECT count(*) FROM shreport.targets) AS targets,
	   (SELECT count(*) FROM shreport.outcomes) AS outcomes,
	   (SELECT count(*) FROM shreport.figures) AS figures;

-- queries the indexes are for
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM shreport.figures WHERE metric = '地区生产总值';
EXPLAIN (COSTS OFF) SELECT * FROM shreport.figures WHERE kind = 'target' AND year = 2024;
EXPLAIN (COSTS OFF) SELECT * FROM shreport.figures WHERE section LIKE '三（二）%';
EXPLAIN (COSTS OFF) SELECT * FROM shreport.sections WHERE path <@ '3.2';
RESET enable_seqscan;
SELECT path, heading FROM shreport.sections WHERE report_id = :id AND path ~ '3.2.*{1}' AND kind = 'item'
 ORDER BY unit_no;

-- The same text again: the same id, with a notice, and nothing added.
SELECT shreport.load(:'body') = :id AS same_id;
SELECT shreport.load(:'body', 'another title', '别处', 1999) = :id AS same_id_despite_overrides;
SELECT count(*) AS reports FROM shreport.reports;

-- Overrides of the metadata found in the text.
SELECT shreport.load(E'一、2023年工作回顾\n地区生产总值增长6%。\n二、2024年主要目标\n地区生产总值增长5%以上。',
					 region => '某省') AS small \gset
SELECT shreport.load(E'一、2023年工作回顾\n地区生产总值增长6%。\n二、2024年主要目标\n地区生产总值增长5%左右。',
					 title => '示例报告', region => '某市', year => 2030) AS overridden \gset
SELECT report_id = :small AS small, title, region, year
  FROM shreport.reports WHERE report_id IN (:small, :overridden) ORDER BY report_id;
SELECT report_id = :small AS small, raw, kind, year
  FROM shreport.figures WHERE report_id IN (:small, :overridden) ORDER BY report_id, figure_no;

-- Bad input is refused before anything is stored.
SELECT shreport.load(NULL);
SELECT shreport.load('');
SELECT shreport.load(E'\n　　\r\n');
SELECT shreport.load('地区生产总值增长5%。', year => 0);
SELECT count(*) AS reports FROM shreport.reports;

-- A text without a single figure loads with zero figures, and since it has
-- no part heading either, with a warning that it is no work report.
SELECT shreport.load('我们要坚定信心、同心同德。') AS nofig \gset
SELECT (SELECT count(*) FROM shreport.sentences WHERE report_id = :nofig) AS sentences,
	   (SELECT count(*) FROM shreport.figures WHERE report_id = :nofig) AS figures;

-- Unload cascades to every table; unloading again finds nothing.
SELECT shreport.unload(:id);
SELECT shreport.unload(:id);
SELECT shreport.unload(NULL);
SELECT (SELECT count(*) FROM shreport.reports WHERE report_id = :id) AS reports,
	   (SELECT count(*) FROM shreport.sections WHERE report_id = :id) AS sections,
	   (SELECT count(*) FROM shreport.sentences WHERE report_id = :id) AS sentences,
	   (SELECT count(*) FROM shreport.highlights WHERE report_id = :id) AS highlights,
	   (SELECT count(*) FROM shreport.figures WHERE report_id = :id) AS figures;

-- Atomicity: a failure while the figures go in (here a trigger that
-- refuses one row) leaves no trace of the report in any table.
CREATE FUNCTION pg_temp.refuse_figure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.raw = '110万人' THEN
		RAISE EXCEPTION 'refusing figure % of report %', NEW.figure_no, NEW.report_id;
	END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER refuse_figure BEFORE INSERT ON shreport.figures
	FOR EACH ROW EXECUTE FUNCTION pg_temp.refuse_figure();
SELECT count(*) AS reports_before FROM shreport.reports;
\set VERBOSITY terse
SELECT shreport.load(:'body');
\set VERBOSITY default
SELECT (SELECT count(*) FROM shreport.reports) AS reports,
	   (SELECT count(*) FROM shreport.reports WHERE sha256 = sha256(convert_to(:'body', 'UTF8'))) AS this_report,
	   (SELECT count(*) FROM shreport.sections s WHERE NOT EXISTS
			(SELECT FROM shreport.reports r WHERE r.report_id = s.report_id)) AS orphan_sections,
	   (SELECT count(*) FROM shreport.figures) AS figures;
-- and in a transaction that goes on after the failure, nothing either
BEGIN;
SAVEPOINT before_load;
\set VERBOSITY terse
SELECT shreport.load(:'body');
\set VERBOSITY default
ROLLBACK TO before_load;
SELECT count(*) AS reports FROM shreport.reports;
COMMIT;
DROP TRIGGER refuse_figure ON shreport.figures;

-- A role that is no superuser loads and queries once it is granted usage
-- of the schema and rights on the tables.
CREATE ROLE regress_shreport_loader NOLOGIN;
CREATE ROLE regress_shreport_nobody NOLOGIN;
GRANT USAGE ON SCHEMA shreport TO regress_shreport_loader;
GRANT SELECT, INSERT, DELETE ON ALL TABLES IN SCHEMA shreport TO regress_shreport_loader;
SET ROLE regress_shreport_loader;
SELECT rolsuper FROM pg_roles WHERE rolname = current_user;
SELECT shreport.load(:'body') AS id \gset
SELECT r.region, r.year, count(*) AS targets
  FROM shreport.targets t JOIN shreport.reports r USING (report_id)
 WHERE report_id = :id AND t.section = '二'
 GROUP BY r.region, r.year;
SELECT shreport.load(:'body') = :id AS same_id;
SELECT shreport.unload(:id);
RESET ROLE;
SET ROLE regress_shreport_nobody;
SELECT shreport.load('地区生产总值增长5%。');
SELECT count(*) FROM shreport.figures;
RESET ROLE;
-- The loader keeps its statements prepared for the session; a role that may
-- read but not insert is still refused by them.
GRANT USAGE ON SCHEMA shreport TO regress_shreport_nobody;
GRANT SELECT ON ALL TABLES IN SCHEMA shreport TO regress_shreport_nobody;
SET ROLE regress_shreport_nobody;
\set VERBOSITY terse
SELECT shreport.load('地区生产总值增长5%。');
\set VERBOSITY default
SELECT count(*) >= 0 AS can_query FROM shreport.targets;
RESET ROLE;
REVOKE ALL ON ALL TABLES IN SCHEMA shreport FROM regress_shreport_loader, regress_shreport_nobody;
REVOKE ALL ON SCHEMA shreport FROM regress_shreport_loader, regress_shreport_nobody;
DROP ROLE regress_shreport_loader;
DROP ROLE regress_shreport_nobody;

-- A text that comes from a table, compressed, is stored as it came and
-- reads back the same.
CREATE TEMP TABLE stored_body AS SELECT :'body'::text AS body;
SELECT shreport.load(body) AS id FROM stored_body \gset
SELECT r.body = :'body' AS body_kept,
	   r.sha256 = sha256(convert_to(:'body', 'UTF8')) AS sha256_of_utf8,
	   (SELECT count(*) FROM shreport.figures f WHERE f.report_id = r.report_id) =
	   (SELECT count(*) FROM shreport.figures(:'body')) AS all_figures
  FROM shreport.reports r WHERE r.report_id = :id;
SELECT shreport.unload(:id);
DROP TABLE stored_body;

-- The kept statements follow the extension when it is dropped and created
-- again in the same session: its tables then have new row types.
SELECT shreport.load('地区生产总值增长5%。') > 0 AS loaded;
SET client_min_messages = warning;
DROP EXTENSION shreport;
CREATE EXTENSION shreport;
RESET client_min_messages;
SELECT shreport.load('地区生产总值增长5%。') AS id \gset
SELECT count(*) AS figures FROM shreport.figures WHERE report_id = :id;

-- Leave the database as this suite found it.
SELECT count(*) FILTER (WHERE shreport.unload(report_id)) AS unloaded FROM shreport.reports;

-- A table pasted as one sentence: each of its n figures points at the one
-- stored sentence, so doubling n doubles what is stored (it grew fourfold
-- when each figure kept a copy of the sentence).
CREATE FUNCTION pg_temp.stored_bytes(n integer) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
	id bigint := shreport.load(E'一、2024年工作回顾\n\n地区生产总值' ||
							   repeat('增长5%、', n) || '。');
	total bigint;
BEGIN
	SELECT (SELECT sum(pg_column_size(f.*)) FROM shreport.figures f WHERE report_id = id) +
		   (SELECT sum(pg_column_size(s.*)) FROM shreport.sentences s WHERE report_id = id)
	  INTO total;
	PERFORM shreport.unload(id);
	RETURN total;
END
$$;
SELECT pg_temp.stored_bytes(3000) <= 2.1 * pg_temp.stored_bytes(1500) AS storage_linear;

-- Text that is no report at all loads with a warning; a text with a part
-- heading or a figure loads without one.
SELECT shreport.load('hello world') > 0 AS loaded_with_warning;
SELECT shreport.load(E'一、2024年工作回顾\n\n我们要坚定信心。') > 0 AS part_only;
SELECT shreport.load('粮食产量1131亿斤。') > 0 AS figure_only;
