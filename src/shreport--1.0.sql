-- shreport--1.0.sql: install script of the shreport extension, version 1.0.
-- Frozen: later changes ship as upgrade scripts (shreport--1.0--1.1.sql).
-- Every object lives in schema shreport and is referred to schema-qualified,
-- so that neither the script nor the functions depend on the caller's
-- search_path.

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION shreport" to load this file. \quit

-- ---------------------------------------------------------------------
-- quantity: an exact amount with a unit (9.2万亿元, 5%, 2000斤)
-- ---------------------------------------------------------------------

CREATE TYPE shreport.quantity;

CREATE FUNCTION shreport.quantity_in(cstring)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'quantity_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.quantity_out(shreport.quantity)
RETURNS cstring
AS 'MODULE_PATHNAME', 'quantity_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.quantity_recv(internal)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'quantity_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.quantity_send(shreport.quantity)
RETURNS bytea
AS 'MODULE_PATHNAME', 'quantity_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE shreport.quantity (
	INTERNALLENGTH = 16,
	INPUT = shreport.quantity_in,
	OUTPUT = shreport.quantity_out,
	RECEIVE = shreport.quantity_recv,
	SEND = shreport.quantity_send,
	ALIGNMENT = double,
	STORAGE = plain
);

COMMENT ON TYPE shreport.quantity IS
'exact amount with a unit as Chinese official texts write it: 9.2万亿元, 三千五百万元, 5%, 0.5个百分点';

-- comparison: a total order, by dimension first, then by value in the
-- dimension's base unit, so that '1吨' = '2000斤' and mixed columns sort

CREATE FUNCTION shreport.quantity_cmp(shreport.quantity, shreport.quantity)
RETURNS integer
AS 'MODULE_PATHNAME', 'quantity_cmp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.quantity_eq(shreport.quantity, shreport.quantity)
RETURNS boolean
AS 'MODULE_PATHNAME', 'quantity_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION shreport.quantity_ne(shreport.quantity, shreport.quantity)
RETURNS boolean
AS 'MODULE_PATHNAME', 'quantity_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION shreport.quantity_lt(shreport.quantity, shreport.quantity)
RETURNS boolean
AS 'MODULE_PATHNAME', 'quantity_lt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION shreport.quantity_le(shreport.quantity, shreport.quantity)
RETURNS boolean
AS 'MODULE_PATHNAME', 'quantity_le'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION shreport.quantity_gt(shreport.quantity, shreport.quantity)
RETURNS boolean
AS 'MODULE_PATHNAME', 'quantity_gt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION shreport.quantity_ge(shreport.quantity, shreport.quantity)
RETURNS boolean
AS 'MODULE_PATHNAME', 'quantity_ge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION shreport.quantity_hash(shreport.quantity)
RETURNS integer
AS 'MODULE_PATHNAME', 'quantity_hash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.quantity_hash_extended(shreport.quantity, bigint)
RETURNS bigint
AS 'MODULE_PATHNAME', 'quantity_hash_extended'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR shreport.= (
	LEFTARG = shreport.quantity,
	RIGHTARG = shreport.quantity,
	FUNCTION = shreport.quantity_eq,
	COMMUTATOR = OPERATOR(shreport.=),
	NEGATOR = OPERATOR(shreport.<>),
	RESTRICT = pg_catalog.eqsel,
	JOIN = pg_catalog.eqjoinsel,
	HASHES,
	MERGES
);

CREATE OPERATOR shreport.<> (
	LEFTARG = shreport.quantity,
	RIGHTARG = shreport.quantity,
	FUNCTION = shreport.quantity_ne,
	COMMUTATOR = OPERATOR(shreport.<>),
	NEGATOR = OPERATOR(shreport.=),
	RESTRICT = pg_catalog.neqsel,
	JOIN = pg_catalog.neqjoinsel
);

CREATE OPERATOR shreport.< (
	LEFTARG = shreport.quantity,
	RIGHTARG = shreport.quantity,
	FUNCTION = shreport.quantity_lt,
	COMMUTATOR = OPERATOR(shreport.>),
	NEGATOR = OPERATOR(shreport.>=),
	RESTRICT = pg_catalog.scalarltsel,
	JOIN = pg_catalog.scalarltjoinsel
);

CREATE OPERATOR shreport.<= (
	LEFTARG = shreport.quantity,
	RIGHTARG = shreport.quantity,
	FUNCTION = shreport.quantity_le,
	COMMUTATOR = OPERATOR(shreport.>=),
	NEGATOR = OPERATOR(shreport.>),
	RESTRICT = pg_catalog.scalarlesel,
	JOIN = pg_catalog.scalarlejoinsel
);

CREATE OPERATOR shreport.> (
	LEFTARG = shreport.quantity,
	RIGHTARG = shreport.quantity,
	FUNCTION = shreport.quantity_gt,
	COMMUTATOR = OPERATOR(shreport.<),
	NEGATOR = OPERATOR(shreport.<=),
	RESTRICT = pg_catalog.scalargtsel,
	JOIN = pg_catalog.scalargtjoinsel
);

CREATE OPERATOR shreport.>= (
	LEFTARG = shreport.quantity,
	RIGHTARG = shreport.quantity,
	FUNCTION = shreport.quantity_ge,
	COMMUTATOR = OPERATOR(shreport.<=),
	NEGATOR = OPERATOR(shreport.<),
	RESTRICT = pg_catalog.scalargesel,
	JOIN = pg_catalog.scalargejoinsel
);

CREATE OPERATOR CLASS shreport.quantity_ops
DEFAULT FOR TYPE shreport.quantity USING btree AS
	OPERATOR 1 shreport.< ,
	OPERATOR 2 shreport.<= ,
	OPERATOR 3 shreport.= ,
	OPERATOR 4 shreport.>= ,
	OPERATOR 5 shreport.> ,
	FUNCTION 1 shreport.quantity_cmp(shreport.quantity, shreport.quantity);

CREATE OPERATOR CLASS shreport.quantity_ops
DEFAULT FOR TYPE shreport.quantity USING hash AS
	OPERATOR 1 shreport.= ,
	FUNCTION 1 shreport.quantity_hash(shreport.quantity),
	FUNCTION 2 shreport.quantity_hash_extended(shreport.quantity, bigint);

-- arithmetic: + and - within a dimension, in the left operand's unit;
-- * and / by a number; quantity / quantity is their ratio

CREATE FUNCTION shreport.quantity_pl(shreport.quantity, shreport.quantity)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'quantity_pl'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.quantity_mi(shreport.quantity, shreport.quantity)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'quantity_mi'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.quantity_um(shreport.quantity)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'quantity_um'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.quantity_mul_numeric(shreport.quantity, numeric)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'quantity_mul_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.numeric_mul_quantity(numeric, shreport.quantity)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'numeric_mul_quantity'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.quantity_div_numeric(shreport.quantity, numeric)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'quantity_div_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.quantity_div(shreport.quantity, shreport.quantity)
RETURNS numeric
AS 'MODULE_PATHNAME', 'quantity_div'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR shreport.+ (
	LEFTARG = shreport.quantity,
	RIGHTARG = shreport.quantity,
	FUNCTION = shreport.quantity_pl
);

CREATE OPERATOR shreport.- (
	LEFTARG = shreport.quantity,
	RIGHTARG = shreport.quantity,
	FUNCTION = shreport.quantity_mi
);

CREATE OPERATOR shreport.- (
	RIGHTARG = shreport.quantity,
	FUNCTION = shreport.quantity_um
);

CREATE OPERATOR shreport.* (
	LEFTARG = shreport.quantity,
	RIGHTARG = numeric,
	FUNCTION = shreport.quantity_mul_numeric,
	COMMUTATOR = OPERATOR(shreport.*)
);

CREATE OPERATOR shreport.* (
	LEFTARG = numeric,
	RIGHTARG = shreport.quantity,
	FUNCTION = shreport.numeric_mul_quantity,
	COMMUTATOR = OPERATOR(shreport.*)
);

CREATE OPERATOR shreport./ (
	LEFTARG = shreport.quantity,
	RIGHTARG = numeric,
	FUNCTION = shreport.quantity_div_numeric
);

CREATE OPERATOR shreport./ (
	LEFTARG = shreport.quantity,
	RIGHTARG = shreport.quantity,
	FUNCTION = shreport.quantity_div
);

COMMENT ON FUNCTION shreport.quantity_div(shreport.quantity, shreport.quantity) IS
'ratio of two quantities of one dimension';

-- accessors, conversion and casts

CREATE FUNCTION shreport.value(shreport.quantity)
RETURNS numeric
AS 'MODULE_PATHNAME', 'quantity_value'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.value(shreport.quantity) IS
'amount in its own unit with the magnitude word applied: value(''9.2万亿元'') = 9200000000000';

CREATE FUNCTION shreport.value(shreport.quantity, text)
RETURNS numeric
AS 'MODULE_PATHNAME', 'quantity_value_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.value(shreport.quantity, text) IS
'amount converted to another unit of the same dimension';

CREATE FUNCTION shreport.unit(shreport.quantity)
RETURNS text
AS 'MODULE_PATHNAME', 'quantity_unit'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.unit(shreport.quantity) IS
'unit as written (元, 吨, %); empty for a bare number';

CREATE FUNCTION shreport.dimension(shreport.quantity)
RETURNS text
AS 'MODULE_PATHNAME', 'quantity_dimension'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.dimension(shreport.quantity) IS
'dimension of the unit (mass, currency_cny, ...)';

CREATE FUNCTION shreport.convert(shreport.quantity, text)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'quantity_convert'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.convert(shreport.quantity, text) IS
'the quantity expressed in another unit of the same dimension';

CREATE FUNCTION shreport.quantity(numeric)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'quantity_from_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.quantity(numeric) IS
'a bare, dimensionless quantity';

CREATE CAST (numeric AS shreport.quantity)
	WITH FUNCTION shreport.quantity(numeric);

CREATE CAST (shreport.quantity AS numeric)
	WITH FUNCTION shreport.value(shreport.quantity);

-- aggregates

CREATE FUNCTION shreport.quantity_smaller(shreport.quantity, shreport.quantity)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'quantity_smaller'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.quantity_larger(shreport.quantity, shreport.quantity)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'quantity_larger'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.quantity_avg_accum(internal, shreport.quantity)
RETURNS internal
AS 'MODULE_PATHNAME', 'quantity_avg_accum'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION shreport.quantity_avg_combine(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'quantity_avg_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION shreport.quantity_avg_serialize(internal)
RETURNS bytea
AS 'MODULE_PATHNAME', 'quantity_avg_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.quantity_avg_deserialize(bytea, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'quantity_avg_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.quantity_avg_final(internal)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'quantity_avg_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE shreport.sum(shreport.quantity) (
	SFUNC = shreport.quantity_pl,
	STYPE = shreport.quantity,
	COMBINEFUNC = shreport.quantity_pl,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE shreport.sum(shreport.quantity) IS
'sum of quantities of one dimension, in the unit of the first one added';

CREATE AGGREGATE shreport.avg(shreport.quantity) (
	SFUNC = shreport.quantity_avg_accum,
	STYPE = internal,
	FINALFUNC = shreport.quantity_avg_final,
	COMBINEFUNC = shreport.quantity_avg_combine,
	SERIALFUNC = shreport.quantity_avg_serialize,
	DESERIALFUNC = shreport.quantity_avg_deserialize,
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE shreport.avg(shreport.quantity) IS
'average of quantities of one dimension, in the unit of the first one added';

CREATE AGGREGATE shreport.min(shreport.quantity) (
	SFUNC = shreport.quantity_smaller,
	STYPE = shreport.quantity,
	COMBINEFUNC = shreport.quantity_smaller,
	SORTOP = OPERATOR(shreport.<),
	PARALLEL = SAFE
);

CREATE AGGREGATE shreport.max(shreport.quantity) (
	SFUNC = shreport.quantity_larger,
	STYPE = shreport.quantity,
	COMBINEFUNC = shreport.quantity_larger,
	SORTOP = OPERATOR(shreport.>),
	PARALLEL = SAFE
);

-- ---------------------------------------------------------------------
-- target: a value as a report qualifies it (5%以上, 3%左右, 5%-5.5%,
-- 力争20亿吨以上)
-- ---------------------------------------------------------------------

CREATE TYPE shreport.target;

CREATE FUNCTION shreport.target_in(cstring)
RETURNS shreport.target
AS 'MODULE_PATHNAME', 'target_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.target_out(shreport.target)
RETURNS cstring
AS 'MODULE_PATHNAME', 'target_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.target_recv(internal)
RETURNS shreport.target
AS 'MODULE_PATHNAME', 'target_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.target_send(shreport.target)
RETURNS bytea
AS 'MODULE_PATHNAME', 'target_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE shreport.target (
	INTERNALLENGTH = 40,
	INPUT = shreport.target_in,
	OUTPUT = shreport.target_out,
	RECEIVE = shreport.target_recv,
	SEND = shreport.target_send,
	ALIGNMENT = double,
	STORAGE = plain
);

COMMENT ON TYPE shreport.target IS
'qualified value: floor, ceiling, about, range or exact, with an optional commitment: 5%以上, 3%左右, 5%-5.5%, 力争20亿吨以上';

-- comparison: a total order by dimension, lower end, upper end, bound
-- and commitment, for indexes, sorting and grouping

CREATE FUNCTION shreport.target_cmp(shreport.target, shreport.target)
RETURNS integer
AS 'MODULE_PATHNAME', 'target_cmp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.target_eq(shreport.target, shreport.target)
RETURNS boolean
AS 'MODULE_PATHNAME', 'target_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION shreport.target_ne(shreport.target, shreport.target)
RETURNS boolean
AS 'MODULE_PATHNAME', 'target_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION shreport.target_lt(shreport.target, shreport.target)
RETURNS boolean
AS 'MODULE_PATHNAME', 'target_lt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION shreport.target_le(shreport.target, shreport.target)
RETURNS boolean
AS 'MODULE_PATHNAME', 'target_le'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION shreport.target_gt(shreport.target, shreport.target)
RETURNS boolean
AS 'MODULE_PATHNAME', 'target_gt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION shreport.target_ge(shreport.target, shreport.target)
RETURNS boolean
AS 'MODULE_PATHNAME', 'target_ge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION shreport.target_hash(shreport.target)
RETURNS integer
AS 'MODULE_PATHNAME', 'target_hash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION shreport.target_hash_extended(shreport.target, bigint)
RETURNS bigint
AS 'MODULE_PATHNAME', 'target_hash_extended'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR shreport.= (
	LEFTARG = shreport.target,
	RIGHTARG = shreport.target,
	FUNCTION = shreport.target_eq,
	COMMUTATOR = OPERATOR(shreport.=),
	NEGATOR = OPERATOR(shreport.<>),
	RESTRICT = pg_catalog.eqsel,
	JOIN = pg_catalog.eqjoinsel,
	HASHES,
	MERGES
);

CREATE OPERATOR shreport.<> (
	LEFTARG = shreport.target,
	RIGHTARG = shreport.target,
	FUNCTION = shreport.target_ne,
	COMMUTATOR = OPERATOR(shreport.<>),
	NEGATOR = OPERATOR(shreport.=),
	RESTRICT = pg_catalog.neqsel,
	JOIN = pg_catalog.neqjoinsel
);

CREATE OPERATOR shreport.< (
	LEFTARG = shreport.target,
	RIGHTARG = shreport.target,
	FUNCTION = shreport.target_lt,
	COMMUTATOR = OPERATOR(shreport.>),
	NEGATOR = OPERATOR(shreport.>=),
	RESTRICT = pg_catalog.scalarltsel,
	JOIN = pg_catalog.scalarltjoinsel
);

CREATE OPERATOR shreport.<= (
	LEFTARG = shreport.target,
	RIGHTARG = shreport.target,
	FUNCTION = shreport.target_le,
	COMMUTATOR = OPERATOR(shreport.>=),
	NEGATOR = OPERATOR(shreport.>),
	RESTRICT = pg_catalog.scalarlesel,
	JOIN = pg_catalog.scalarlejoinsel
);

CREATE OPERATOR shreport.> (
	LEFTARG = shreport.target,
	RIGHTARG = shreport.target,
	FUNCTION = shreport.target_gt,
	COMMUTATOR = OPERATOR(shreport.<),
	NEGATOR = OPERATOR(shreport.<=),
	RESTRICT = pg_catalog.scalargtsel,
	JOIN = pg_catalog.scalargtjoinsel
);

CREATE OPERATOR shreport.>= (
	LEFTARG = shreport.target,
	RIGHTARG = shreport.target,
	FUNCTION = shreport.target_ge,
	COMMUTATOR = OPERATOR(shreport.<=),
	NEGATOR = OPERATOR(shreport.<),
	RESTRICT = pg_catalog.scalargesel,
	JOIN = pg_catalog.scalargejoinsel
);

CREATE OPERATOR CLASS shreport.target_ops
DEFAULT FOR TYPE shreport.target USING btree AS
	OPERATOR 1 shreport.< ,
	OPERATOR 2 shreport.<= ,
	OPERATOR 3 shreport.= ,
	OPERATOR 4 shreport.>= ,
	OPERATOR 5 shreport.> ,
	FUNCTION 1 shreport.target_cmp(shreport.target, shreport.target);

CREATE OPERATOR CLASS shreport.target_ops
DEFAULT FOR TYPE shreport.target USING hash AS
	OPERATOR 1 shreport.= ,
	FUNCTION 1 shreport.target_hash(shreport.target),
	FUNCTION 2 shreport.target_hash_extended(shreport.target, bigint);

-- accessors

CREATE FUNCTION shreport.bound(shreport.target)
RETURNS text
AS 'MODULE_PATHNAME', 'target_bound'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.bound(shreport.target) IS
'kind of bound: eq, ge, gt, le, lt, approx or range';

CREATE FUNCTION shreport.lower(shreport.target)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'target_lower'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.lower(shreport.target) IS
'lower end of the target, NULL when it has no floor';

CREATE FUNCTION shreport.upper(shreport.target)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'target_upper'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.upper(shreport.target) IS
'upper end of the target, NULL when it has no ceiling';

CREATE FUNCTION shreport.commitment(shreport.target)
RETURNS text
AS 'MODULE_PATHNAME', 'target_commitment'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.commitment(shreport.target) IS
'commitment word (力争, 确保, 争取), NULL when there is none';

-- does a quantity meet a target?  approx targets read the setting
-- shreport.approx_tolerance, so these are STABLE, not IMMUTABLE

CREATE FUNCTION shreport.target_contains(shreport.target, shreport.quantity)
RETURNS boolean
AS 'MODULE_PATHNAME', 'target_contains'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.target_contains(shreport.target, shreport.quantity) IS
'does the quantity meet the target';

CREATE FUNCTION shreport.quantity_contained(shreport.quantity, shreport.target)
RETURNS boolean
AS 'MODULE_PATHNAME', 'quantity_contained'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.quantity_contained(shreport.quantity, shreport.target) IS
'does the quantity meet the target';

CREATE OPERATOR shreport.@> (
	LEFTARG = shreport.target,
	RIGHTARG = shreport.quantity,
	FUNCTION = shreport.target_contains,
	COMMUTATOR = OPERATOR(shreport.<@),
	RESTRICT = pg_catalog.contsel,
	JOIN = pg_catalog.contjoinsel
);

CREATE OPERATOR shreport.<@ (
	LEFTARG = shreport.quantity,
	RIGHTARG = shreport.target,
	FUNCTION = shreport.quantity_contained,
	COMMUTATOR = OPERATOR(shreport.@>),
	RESTRICT = pg_catalog.contsel,
	JOIN = pg_catalog.contjoinsel
);

CREATE FUNCTION shreport.gap(shreport.target, shreport.quantity)
RETURNS shreport.quantity
AS 'MODULE_PATHNAME', 'target_gap'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION shreport.gap(shreport.target, shreport.quantity) IS
'actual minus the nearest bound of the target, in the target''s unit: positive when above it, zero inside a range';

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
	sentence text NOT NULL,
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
	   f.cumulative, f.sentence_no, f.sentence,
	   f.char_start, f.char_end
FROM shreport.figures f
	JOIN shreport.reports r ON r.report_id OPERATOR(pg_catalog.=) f.report_id
WHERE f.kind OPERATOR(pg_catalog.=) 'target';

CREATE VIEW shreport.outcomes WITH (security_invoker = true) AS
SELECT f.report_id, r.title, r.region, r.year AS report_year,
	   f.figure_no, f.year, f.section, f.metric, f.predicate, f.raw,
	   f.qualifiers, f.amount, f.target, f.is_change, f.respectively,
	   f.cumulative, f.sentence_no, f.sentence,
	   f.char_start, f.char_end
FROM shreport.figures f
	JOIN shreport.reports r ON r.report_id OPERATOR(pg_catalog.=) f.report_id
WHERE f.kind OPERATOR(pg_catalog.=) 'outcome';
