-- shreport--1.1--1.2.sql: upgrade of the shreport extension from 1.1 to 1.2.

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION shreport UPDATE TO '1.2'" to load this file. \quit

-- 1.2 splits the extension in two places, as PostGIS does with topology:
-- the types quantity and target, their operators, operator classes,
-- aggregates and functions live in the extension's schema, which the user
-- picks (public by default), so that they work from a connection that
-- never heard of shreport; the reports, the metric catalogue and the
-- functions that read or write them stay in schema shreport.
--
-- 1.0 and 1.1 named schema shreport in their control files, so an install
-- of those versions has its extension schema set to shreport.  Updating
-- it moves the type objects to public.  A new 1.2 install runs this same
-- script after the 1.0 and 1.1 ones (see the Makefile) and moves them to
-- the schema it was created in.
--
-- Objects move by OID: tables, views and the SQL functions (BEGIN ATOMIC
-- bodies) that use the types keep working.  Code outside the extension
-- that spells shreport.quantity or shreport.value(...) must drop the
-- schema name.

-- A place in a ranking (第2位) is better the smaller it is: a target of a
-- place without qualifier is met by that place or a better one.  Defined
-- before the move below, while its schema is known.
CREATE OR REPLACE FUNCTION shreport.met(target shreport.target, outcome shreport.quantity)
RETURNS boolean
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT CASE WHEN shreport.hardness(target) OPERATOR(pg_catalog.<>) 'point'
				THEN shreport.target_contains(target, outcome)
				WHEN shreport.dimension(outcome) OPERATOR(pg_catalog.=) 'rank'
				THEN outcome OPERATOR(shreport.<=) shreport.lower(target)
				ELSE outcome OPERATOR(shreport.>=) shreport.lower(target) END;
END;

COMMENT ON FUNCTION shreport.met(shreport.target, shreport.quantity) IS
'did the outcome meet the target: a target without qualifier when the outcome reaches it (a place in a ranking when it is that place or a better one), any other when it holds the outcome';

-- Comments that named the type functions by their old schema.
COMMENT ON CAST (numeric AS shreport.quantity) IS
'explicit cast to a bare, dimensionless quantity, as quantity(numeric)';
COMMENT ON CAST (shreport.quantity AS numeric) IS
'explicit cast to the amount in its own unit with the magnitude word applied, as value(quantity)';
COMMENT ON COLUMN shreport.metrics.dimension IS
'dimension of the metric''s level, as dimension() names it; a growth target of the metric is a percent';
COMMENT ON COLUMN shreport.panel.gap IS
'outcome minus the nearest bound of the target, in the target''s unit (gap()); NULL without both';
COMMENT ON COLUMN shreport.panel.hardness IS
'how binding the target is (hardness()): hard, soft, ceiling, range or point';
COMMENT ON COLUMN shreport.panel.met IS
'did the outcome meet the target (met()); NULL without both';
COMMENT ON COLUMN shreport.targets.hardness IS
'how binding the target is (hardness()): hard, soft, ceiling, range or point';

DO $move$
DECLARE
	-- An install made by 1.0 or 1.1 has shreport as its extension schema;
	-- the data schema cannot hold the types too, so they go to public.
	types_schema name := CASE WHEN '@extschema@' = 'shreport' THEN 'public'
							  ELSE '@extschema@' END;
	types_nsp oid;
	data_nsp oid := 'shreport'::regnamespace;
	ext oid := (SELECT e.oid FROM pg_catalog.pg_extension e
				 WHERE e.extname = 'shreport');
	qty oid := 'shreport.quantity'::regtype;
	tgt oid := 'shreport.target'::regtype;
	obj record;
BEGIN
	types_nsp := pg_catalog.to_regnamespace(types_schema);
	IF types_nsp IS NULL THEN
		RAISE EXCEPTION 'schema "%" does not exist', types_schema
			USING ERRCODE = 'invalid_schema_name',
				  HINT = 'The types of shreport 1.2 move to schema public; create it first.';
	END IF;

	-- Operator families and classes, then operators.
	FOR obj IN
		SELECT 'FAMILY' AS what, f.opfname AS name, a.amname
		  FROM pg_catalog.pg_opfamily f
			   JOIN pg_catalog.pg_am a ON a.oid = f.opfmethod
		 WHERE f.opfnamespace = data_nsp
		UNION ALL
		SELECT 'CLASS', c.opcname, a.amname
		  FROM pg_catalog.pg_opclass c
			   JOIN pg_catalog.pg_am a ON a.oid = c.opcmethod
		 WHERE c.opcnamespace = data_nsp
		 ORDER BY 1 DESC, 2, 3
	LOOP
		EXECUTE pg_catalog.format('ALTER OPERATOR %s shreport.%I USING %I SET SCHEMA %I',
								  obj.what, obj.name, obj.amname, types_schema);
	END LOOP;
	FOR obj IN
		SELECT o.oid FROM pg_catalog.pg_operator o
		 WHERE o.oprnamespace = data_nsp
		 ORDER BY o.oid
	LOOP
		EXECUTE pg_catalog.format('ALTER OPERATOR %s SET SCHEMA %I',
								  obj.oid::pg_catalog.regoperator, types_schema);
	END LOOP;

	-- Functions and aggregates of the types: their I/O and support
	-- functions, and every one that takes or returns a quantity or target.
	-- The report functions (parse, figures, load, unload, rekey, scorecard,
	-- outcome_for, metric_key, metric_normalize) take text, ids or rows of
	-- the tables, and stay.
	FOR obj IN
		SELECT p.oid, p.prokind FROM pg_catalog.pg_proc p
		 WHERE p.pronamespace = data_nsp
		   AND (p.proname ~ '^(quantity|target)(_|$)'
				OR p.prorettype IN (qty, tgt)
				OR qty = ANY (p.proargtypes) OR tgt = ANY (p.proargtypes))
		 ORDER BY p.oid
	LOOP
		EXECUTE pg_catalog.format('ALTER %s %s SET SCHEMA %I',
								  CASE obj.prokind WHEN 'a' THEN 'AGGREGATE'
												   ELSE 'FUNCTION' END,
								  obj.oid::pg_catalog.regprocedure, types_schema);
	END LOOP;

	-- The types last: the signatures above were spelled with them.
	EXECUTE pg_catalog.format('ALTER TYPE shreport.quantity SET SCHEMA %I', types_schema);
	EXECUTE pg_catalog.format('ALTER TYPE shreport.target SET SCHEMA %I', types_schema);

	-- Extension schema: where the types now are.  ALTER EXTENSION SET
	-- SCHEMA works on relocatable extensions only, so the catalogue rows
	-- are changed as it would change them: pg_dump then writes CREATE
	-- EXTENSION shreport WITH SCHEMA public, and a restore builds the same
	-- layout as this update.
	IF (SELECT e.extnamespace FROM pg_catalog.pg_extension e WHERE e.oid = ext)
	   <> types_nsp THEN
		UPDATE pg_catalog.pg_extension SET extnamespace = types_nsp WHERE oid = ext;
		UPDATE pg_catalog.pg_depend SET refobjid = types_nsp
		 WHERE classid = 'pg_catalog.pg_extension'::regclass AND objid = ext
		   AND refclassid = 'pg_catalog.pg_namespace'::regclass AND refobjid = data_nsp;
	END IF;

	-- Data schema: part of the extension, as in a new install (dropped with
	-- it, and created by the install script when a dump is restored).  It
	-- can join only once it no longer holds the extension.
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
				    WHERE d.classid = 'pg_catalog.pg_namespace'::regclass
					  AND d.objid = data_nsp
					  AND d.refclassid = 'pg_catalog.pg_extension'::regclass
					  AND d.refobjid = ext AND d.deptype = 'e') THEN
		ALTER EXTENSION shreport ADD SCHEMA shreport;
	END IF;
END
$move$;

COMMENT ON SCHEMA shreport IS
'shreport: loaded government work reports (reports, sections, sentences, figures), the metric catalogue and the functions that parse, load and compare them; the quantity and target types live in the schema the extension was created in';

-- A report's text is stored once and read rarely; compressing it with pglz
-- was a sixth of a load.  lz4 is many times faster at a little less
-- compression; servers built without it keep the default.
DO $lz4$
BEGIN
	IF EXISTS (SELECT 1 FROM pg_catalog.pg_settings
				WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
		ALTER TABLE shreport.reports ALTER COLUMN body SET COMPRESSION lz4;
	END IF;
END
$lz4$;

-- The catalogue now has the dimensions these metrics are stated in.
UPDATE shreport.metrics SET dimension = 'age'
 WHERE metric_key = 'life_expectancy' AND shipped;
UPDATE shreport.metrics SET dimension = 'mass_concentration'
 WHERE metric_key = 'pm25' AND shipped;
