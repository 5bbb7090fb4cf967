-- shreport--1.0.sql: install script of the shreport extension, assembled
-- from the fragments in src/sql in name order.  Every object lives in
-- schema shreport and is referred to schema-qualified, so that neither the
-- script nor the functions depend on the caller's search_path.

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION shreport" to load this file. \quit
