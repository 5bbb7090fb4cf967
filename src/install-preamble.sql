-- install-preamble.sql: the head of shreport--1.2.sql, the install script of
-- a new install.  The Makefile appends the 1.0 install script and every
-- upgrade script after it, so a new install runs the SQL an upgraded one
-- ran; this head does what the control files of 1.0 and 1.1 did (they named
-- schema shreport) and checks the schema the user picked.

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION shreport" to load this file. \quit

-- The types go to the extension's schema, the data to schema shreport: the
-- two cannot be one.
DO $check$
BEGIN
	IF '@extschema@' IN ('shreport', 'shreport_bi') THEN
		RAISE EXCEPTION 'shreport cannot be created in schema "%"', '@extschema@'
			USING ERRCODE = 'invalid_schema_name',
				  DETAIL = 'shreport keeps its reports in schema shreport and its BI views in schema shreport_bi; the schema of CREATE EXTENSION holds its types.',
				  HINT = 'Create it in another schema, such as public.';
	END IF;
END
$check$;

CREATE SCHEMA shreport;
