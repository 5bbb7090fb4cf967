-- shreport--1.0--1.1.sql: upgrade of the shreport extension from 1.0 to 1.1.

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION shreport UPDATE TO '1.1'" to load this file. \quit

-- A figure no longer stores its own copy of its sentence: a sentence of n
-- figures was written n times, so a long sentence of many figures (a table
-- pasted as text) cost time and space growing with the square of its
-- length.  The views keep their sentence column, read from
-- shreport.sentences through the figure's sentence_no.

CREATE OR REPLACE VIEW shreport.targets WITH (security_invoker = true) AS
SELECT f.report_id, r.title, r.region, r.year AS report_year,
	   f.figure_no, f.year, f.section, f.metric, f.predicate, f.raw,
	   f.qualifiers, f.amount, f.target, f.is_change, f.respectively,
	   f.cumulative, f.sentence_no, s.text AS sentence,
	   f.char_start, f.char_end
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
	   f.char_start, f.char_end
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
