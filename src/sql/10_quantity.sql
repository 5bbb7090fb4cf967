
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
