
-- ---------------------------------------------------------------------
-- Reports: parsing functions, the tables a loaded report lives in, the
-- loader and the views over targets and outcomes.
--
-- Positions everywhere are 1-based character positions in the report
-- text, end exclusive: substr(body, char_start, char_end - char_start).
-- unit_no numbers the rows of shreport.parse() and is the same number in
-- shreport.sections, shreport.sentences and shreport.highlights.
--
-- Nothing is granted to PUBLIC but EXECUTE on the functions (the default).
-- To let a role load and query reports, an administrator grants
--   GRANT USAGE ON SCHEMA shreport TO r;
--   GRANT SELECT, INSERT, DELETE ON ALL TABLES IN SCHEMA shreport TO r;
-- (SELECT alone to a role that only queries; the views run with the
-- querying role's rights, so it needs SELECT on the tables as well).
-- ---------------------------------------------------------------------

CREATE FUNCTION shreport.parse(body text)
RETURNS TABLE (
	unit_no integer,
	kind text,
	level integer,
	marker text,
	path ltree,
	heading text,
	text text,
	char_start integer,
	char_end integer,
	parent_no integer,
	section text
)
AS 'MODULE_PATHNAME', 'shr_report_parse_srf'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 2000;

COMMENT ON FUNCTION shreport.parse(text) IS
'structural units, sentences and highlights of a government work report';

CREATE FUNCTION shreport.figures(body text)
RETURNS TABLE (
	figure_no integer,
	char_start integer,
	char_end integer,
	raw text,
	metric text,
	predicate text,
	qualifiers text[],
	amount shreport.quantity,
	target shreport.target,
	kind text,
	year integer,
	is_change boolean,
	respectively boolean,
	cumulative boolean,
	section text,
	sentence text,
	sentence_no integer
)
AS 'MODULE_PATHNAME', 'shr_report_figures_srf'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 500;

COMMENT ON FUNCTION shreport.figures(text) IS
'figures (amounts, counts, rates, targets) of a government work report';

CREATE TABLE shreport.reports (
	report_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	title text,
	region text,
	year integer,
	body text NOT NULL,
	sha256 bytea NOT NULL UNIQUE,
	loaded_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);

COMMENT ON TABLE shreport.reports IS
'loaded reports; sha256 of the UTF-8 text keeps each text loaded once';

-- The rows of a report.  Each table references shreport.reports by
-- report_id with ON DELETE CASCADE, which is what unload() relies on.  The
-- rows of one report also point at each other (a sentence's parent_no is a
-- unit_no of sections, the sentence_no of a highlight or a figure is one of
-- sentences), but those links have no foreign keys: load() writes all rows
-- of a report from one parse, so they agree by construction, and checking
-- them took a query per row (a fifth of a load) and made unload() delete
-- row by row down the chain.
--
-- Indexes serve the queries the tables are for: a report's rows (the
-- primary keys), figures by metric, kind and year, section marker and
-- amount, and units by path.  Sentences are found through their report or
-- their unit; a GiST index on their own path would be the dearest part of a
-- load to maintain (a sixth of it) for no query the unit's path cannot
-- answer.

-- Title, parts, sections, items and paragraphs.
CREATE TABLE shreport.sections (
	report_id bigint NOT NULL
		REFERENCES shreport.reports ON DELETE CASCADE,
	unit_no integer NOT NULL,
	parent_no integer,
	kind text NOT NULL
		CHECK (kind IN ('title', 'part', 'section', 'item', 'paragraph')),
	level integer NOT NULL,
	marker text,
	path ltree NOT NULL,
	section text NOT NULL,
	heading text,
	char_start integer NOT NULL,
	char_end integer NOT NULL,
	PRIMARY KEY (report_id, unit_no)
);

CREATE INDEX sections_path_idx ON shreport.sections USING gist (path);
CREATE INDEX sections_section_idx ON shreport.sections (section text_pattern_ops);

CREATE TABLE shreport.sentences (
	report_id bigint NOT NULL
		REFERENCES shreport.reports ON DELETE CASCADE,
	sentence_no integer NOT NULL,
	unit_no integer NOT NULL,
	parent_no integer,
	path ltree NOT NULL,
	section text NOT NULL,
	text text NOT NULL,
	char_start integer NOT NULL,
	char_end integer NOT NULL,
	PRIMARY KEY (report_id, sentence_no)
);

COMMENT ON COLUMN shreport.sentences.unit_no IS
'the sentence''s own unit_no in shreport.parse()';
COMMENT ON COLUMN shreport.sentences.parent_no IS
'unit_no of the paragraph, item, section or part the sentence is in';

-- `Backtick spans` of the Markdown text.
CREATE TABLE shreport.highlights (
	report_id bigint NOT NULL
		REFERENCES shreport.reports ON DELETE CASCADE,
	highlight_no integer NOT NULL,
	unit_no integer,
	sentence_no integer,
	text text NOT NULL,
	char_start integer NOT NULL,
	char_end integer NOT NULL,
	PRIMARY KEY (report_id, highlight_no)
);

CREATE TABLE shreport.figures (
	report_id bigint NOT NULL
		REFERENCES shreport.reports ON DELETE CASCADE,
	figure_no integer NOT NULL,
	sentence_no integer NOT NULL,
	char_start integer NOT NULL,
	char_end integer NOT NULL,
	raw text NOT NULL,
	metric text,
	predicate text,
	qualifiers text[] NOT NULL,
	amount shreport.quantity NOT NULL,
	target shreport.target NOT NULL,
	kind text NOT NULL CHECK (kind IN ('outcome', 'target')),
	year integer,
	is_change boolean NOT NULL,
	respectively boolean NOT NULL,
	cumulative boolean NOT NULL,
	section text NOT NULL,
	PRIMARY KEY (report_id, figure_no)
);

COMMENT ON TABLE shreport.figures IS
'figures of loaded reports; metric and predicate are NULL when the text names none';

CREATE INDEX figures_metric_idx ON shreport.figures (metric);
CREATE INDEX figures_kind_year_idx ON shreport.figures (kind, year);
CREATE INDEX figures_section_idx ON shreport.figures (section text_pattern_ops);
CREATE INDEX figures_amount_idx ON shreport.figures (amount);

-- pg_dump keeps loaded reports (and where the ids went on from).
SELECT pg_catalog.pg_extension_config_dump('shreport.reports', '');
SELECT pg_catalog.pg_extension_config_dump(
	pg_catalog.pg_get_serial_sequence('shreport.reports', 'report_id')::pg_catalog.regclass, '');
SELECT pg_catalog.pg_extension_config_dump('shreport.sections', '');
SELECT pg_catalog.pg_extension_config_dump('shreport.sentences', '');
SELECT pg_catalog.pg_extension_config_dump('shreport.highlights', '');
SELECT pg_catalog.pg_extension_config_dump('shreport.figures', '');

CREATE FUNCTION shreport.load(body text, title text DEFAULT NULL,
							  region text DEFAULT NULL, year integer DEFAULT NULL)
RETURNS bigint
AS 'MODULE_PATHNAME', 'shr_report_load'
LANGUAGE C VOLATILE PARALLEL UNSAFE;

COMMENT ON FUNCTION shreport.load(text, text, text, integer) IS
'parse a report and store it; returns its report_id (the existing one for a text loaded before)';

CREATE FUNCTION shreport.unload(report_id bigint)
RETURNS boolean
LANGUAGE sql VOLATILE STRICT PARALLEL UNSAFE
BEGIN ATOMIC
	WITH gone AS (
		DELETE FROM shreport.reports r
		WHERE r.report_id OPERATOR(pg_catalog.=) unload.report_id
		RETURNING 1
	)
	SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>) 0 FROM gone;
END;

COMMENT ON FUNCTION shreport.unload(bigint) IS
'delete a loaded report with its sections, sentences, highlights and figures; false when there was none';

-- Figures with the report they come from; security_invoker so a role sees
-- through them only what it may read in the tables.
CREATE VIEW shreport.targets WITH (security_invoker = true) AS
SELECT f.report_id, r.title, r.region, r.year AS report_year,
	   f.figure_no, f.year, f.section, f.metric, f.predicate, f.raw,
	   f.qualifiers, f.amount, f.target, f.is_change, f.respectively,
	   f.cumulative, f.sentence_no, s.text AS sentence,
	   f.char_start, f.char_end
FROM shreport.figures f
	JOIN shreport.reports r ON r.report_id OPERATOR(pg_catalog.=) f.report_id
	JOIN shreport.sentences s ON s.report_id OPERATOR(pg_catalog.=) f.report_id
		AND s.sentence_no OPERATOR(pg_catalog.=) f.sentence_no
WHERE f.kind OPERATOR(pg_catalog.=) 'target';

CREATE VIEW shreport.outcomes WITH (security_invoker = true) AS
SELECT f.report_id, r.title, r.region, r.year AS report_year,
	   f.figure_no, f.year, f.section, f.metric, f.predicate, f.raw,
	   f.qualifiers, f.amount, f.target, f.is_change, f.respectively,
	   f.cumulative, f.sentence_no, s.text AS sentence,
	   f.char_start, f.char_end
FROM shreport.figures f
	JOIN shreport.reports r ON r.report_id OPERATOR(pg_catalog.=) f.report_id
	JOIN shreport.sentences s ON s.report_id OPERATOR(pg_catalog.=) f.report_id
		AND s.sentence_no OPERATOR(pg_catalog.=) f.sentence_no
WHERE f.kind OPERATOR(pg_catalog.=) 'outcome';
