
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
