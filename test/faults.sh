#!/bin/bash
# faults.sh: load and fault tests of shreport.load().
#
#   - race: two sessions load the same text at the same moment; the second
#     blocks on the unique sha256 key until the first commits (or rolls
#     back), and there is one copy in the end;
#   - cancel: a load cancelled midway leaves no row behind;
#   - error: a load that fails on its very last row leaves no row behind,
#     and the same text loads once the fault is gone;
#   - memory: 1,000 loads in one session keep the backend's memory flat;
#   - crash: a backend killed with SIGKILL midway leaves no partial report
#     after crash recovery, and the text loads afterwards.
#
# A load is held or failed at a chosen row by BEFORE INSERT triggers on
# shreport.figures that this script creates; they act only in a session that
# sets faults.hold_at or faults.fail_at, so every other load passes through.
#
# Run from the repository root against a throwaway cluster:
#   test/with-cluster.sh test/faults.sh
# It uses only PGHOST, PGPORT and PGUSER from there, creates its own
# database, prints "ok N - ..." or "not ok N - ..." per check, and ends with
# one line "faults: N passed, N failed"; the status is non-zero on any
# failure.  No check depends on elapsed time: every wait is a bounded number
# of polls.  It kills server processes, so never point it at a cluster that
# matters.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

DB=shreport_faults
POLLS=300			# polls of a wait before it gives up
POLL_SLEEP=0.1		# seconds between two polls
RECOVERY_POLLS=900	# crash recovery may take longer than a lock wait
HOLD_AT=5			# figure_no at which a load is held (cancel, crash)
LOADS=1000			# loads of the memory check
MEMORY_FROM=100		# ... whose memory is compared after this load
# Allowed growth of the backend's memory from load 100 to load 1,000.  The
# bytes in use grow by a leak's exact size: 64 KiB is 73 bytes a load over
# 900 loads (a flat loader stays within a few KiB either way).  The bytes
# held grow in blocks that double in size, so they get more room; a leak of
# a few hundred bytes a load still exceeds it.
USED_SLACK=$((64 * 1024))
TOTAL_SLACK=$((256 * 1024))

tmp=$(mktemp -d "${TMPDIR:-/tmp}/shreport-faults.XXXXXX") || exit 1
declare -A pid=()	# background psql per name
declare -A fd=()	# write end of the fifo of a held session, per name
declare -A status=()	# exit status of a finished background psql, per name

cleanup() {
	local p
	for p in "${pid[@]}"; do
		kill -9 "$p" 2>/dev/null
	done
	rm -rf "$tmp"
}
trap cleanup EXIT

# ---------------------------------------------------------------------
# TAP output

n=0 passed=0 failed=0
diag=()		# what went wrong in the check being run

# fail MESSAGE...: note a failure of the current check
fail() {
	diag+=("$*")
}

# expect WHAT ACTUAL EXPECTED: note a failure unless ACTUAL is EXPECTED
expect() {
	[ "$2" = "$3" ] || fail "$1: got '$2', expected '$3'"
}

# show NAME: the output of background psql NAME, as diagnostics
show() {
	local f
	for f in "$tmp/$1.out" "$tmp/$1.err"; do
		[ -s "$f" ] && fail "${f##*/}: $(head -c 600 "$f" | tr '\n' '|')"
	done
}

# finish DESCRIPTION: print the result line of the current check
finish() {
	n=$((n + 1))
	if [ ${#diag[@]} -eq 0 ]; then
		echo "ok $n - $1"
		passed=$((passed + 1))
	else
		echo "not ok $n - $1"
		printf '#   %s\n' "${diag[@]}"
		failed=$((failed + 1))
	fi
	diag=()
}

# ---------------------------------------------------------------------
# Sessions

# sql SQL...: run statements (each argument becomes a -c) in the test
# database; prints the rows, one per line, fields separated by spaces
sql() {
	psql -X -q -At -F ' ' -v ON_ERROR_STOP=1 -d "$DB" "${@/#/-c}"
}

# poll CMD...: run CMD until it succeeds, at most $POLLS times; false if it
# never does, or as soon as it returns 2 (no use waiting any more)
poll() {
	local i rc
	for ((i = 0; i < POLLS; i++)); do
		"$@"
		rc=$?
		[ $rc -eq 0 ] && return 0
		[ $rc -eq 2 ] && return 1
		sleep "$POLL_SLEEP"
	done
	return 1
}

# bg NAME: run the SQL on stdin in a background psql whose application_name
# is faults_NAME; its output goes to $tmp/NAME.out and .err.  The SQL goes
# through a file: a background command's stdin is /dev/null.
bg() {
	cat >"$tmp/$1.sql"
	PGAPPNAME=faults_$1 psql -X -q -At -v ON_ERROR_STOP=1 -v VERBOSITY=verbose \
		-d "$DB" -f "$tmp/$1.sql" >"$tmp/$1.out" 2>"$tmp/$1.err" &
	pid[$1]=$!
}

# hold NAME: a background psql (as bg) that reads its input from a fifo,
# so that a transaction can stay open while the test does other things;
# send statements with send NAME SQL
hold() {
	local f
	mkfifo "$tmp/$1.fifo" || return 1
	PGAPPNAME=faults_$1 psql -X -q -At -v ON_ERROR_STOP=1 -v VERBOSITY=verbose \
		-d "$DB" -f - <"$tmp/$1.fifo" >"$tmp/$1.out" 2>"$tmp/$1.err" &
	pid[$1]=$!
	exec {f}>"$tmp/$1.fifo"
	fd[$1]=$f
}

# send NAME SQL: send a line to held session NAME; in vain if its psql has
# ended (finished NAME then tells), and in a subshell that ignores SIGPIPE,
# so that writing to the fifo no one reads cannot kill the script
send() {
	(
		trap '' PIPE
		printf '%s\n' "$2" >&"${fd[$1]}"
	) 2>/dev/null
}

# gone PID: true when the process has exited (bash reaps its children)
gone() {
	! kill -0 "$1" 2>/dev/null
}

# finished NAME: wait for background psql NAME to exit and keep its status
# in status[NAME].  A psql still running after $POLLS polls is killed, its
# status is "stuck", and its backend is terminated too: a load held in the
# hold trigger would otherwise sleep on, holding its locks.
finished() {
	local p=${pid[$1]}
	if [ -n "${fd[$1]:-}" ]; then
		# \q rather than end of input: later children inherit the fifo's
		# write end, so closing ours need not end the input
		local f=${fd[$1]}
		send "$1" '\q'
		exec {f}>&-
		unset "fd[$1]"
	fi
	if poll gone "$p"; then
		wait "$p"
		status[$1]=$?
	else
		kill -9 "$p" 2>/dev/null
		wait "$p"
		status[$1]=stuck
		sql "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
			 WHERE application_name = 'faults_$1'" >/dev/null 2>&1
	fi
	unset "pid[$1]"
}

# backend NAME CONDITION: the pid of the backend of faults_NAME, printed
# and true only while CONDITION (SQL on pg_stat_activity) holds for it
backend() {
	local p
	p=$(sql "SELECT pid FROM pg_stat_activity
			 WHERE application_name = 'faults_$1' AND ($2)" 2>/dev/null)
	[ -n "$p" ] && echo "$p"
}

# wait_backend NAME CONDITION: poll until backend NAME CONDITION holds, and
# print the pid; false if it never does, or once background psql NAME has
# ended (a load that finished or failed before it got there)
wait_backend() {
	poll backend_or_gone "$@"
}

backend_or_gone() {
	backend "$@" && return 0
	gone "${pid[$1]}" && return 2
	return 1
}

# ---------------------------------------------------------------------
# What is stored

# totals: the number of rows in each table of loaded reports
totals() {
	sql "SELECT (SELECT count(*) FROM shreport.reports),
				(SELECT count(*) FROM shreport.sections),
				(SELECT count(*) FROM shreport.sentences),
				(SELECT count(*) FROM shreport.highlights),
				(SELECT count(*) FROM shreport.figures)"
}

# stored ID: the rows of report ID in reports, sections, sentences,
# highlights and figures
stored() {
	local id=${1:-NULL}
	sql "SELECT (SELECT count(*) FROM shreport.reports WHERE report_id = $id),
				(SELECT count(*) FROM shreport.sections WHERE report_id = $id),
				(SELECT count(*) FROM shreport.sentences WHERE report_id = $id),
				(SELECT count(*) FROM shreport.highlights WHERE report_id = $id),
				(SELECT count(*) FROM shreport.figures WHERE report_id = $id)"
}

# expected NAME: the rows one load of text NAME must store, as stored prints
# them, counted from what parse() and figures() find in it
expected() {
	sql "SELECT 1,
				(SELECT count(*) FROM shreport.parse(body)
				  WHERE kind IN ('title', 'part', 'section', 'item', 'paragraph')),
				(SELECT count(*) FROM shreport.parse(body) WHERE kind = 'sentence'),
				(SELECT count(*) FROM shreport.parse(body) WHERE kind = 'highlight'),
				(SELECT count(*) FROM shreport.figures(body))
		   FROM faults_body WHERE name = '$1'"
}

# copies NAME: how many reports hold text NAME, by its sha256
copies() {
	sql "SELECT count(*) FROM shreport.reports r JOIN faults_body b
			 ON r.sha256 = sha256(convert_to(b.body, 'UTF8'))
		  WHERE b.name = '$1'"
}

# report_of NAME: the report_id text NAME is stored under, if any
report_of() {
	sql "SELECT report_id FROM shreport.reports r JOIN faults_body b
			 ON r.sha256 = sha256(convert_to(b.body, 'UTF8'))
		  WHERE b.name = '$1'"
}

# minus A B: A - B, column by column, of two lines of numbers
minus() {
	local -a a=($1) b=($2) d=()
	local i
	for i in "${!a[@]}"; do
		d+=($((a[i] - b[i])))
	done
	echo "${d[*]}"
}

# orphans: rows of a report that does not exist (the foreign keys forbid
# them; a loader that wrote around them would leave some)
orphans() {
	sql "SELECT sum(n) FROM (
		SELECT count(*) AS n FROM shreport.sections t
		 WHERE NOT EXISTS (SELECT FROM shreport.reports r WHERE r.report_id = t.report_id)
		UNION ALL SELECT count(*) FROM shreport.sentences t
		 WHERE NOT EXISTS (SELECT FROM shreport.reports r WHERE r.report_id = t.report_id)
		UNION ALL SELECT count(*) FROM shreport.highlights t
		 WHERE NOT EXISTS (SELECT FROM shreport.reports r WHERE r.report_id = t.report_id)
		UNION ALL SELECT count(*) FROM shreport.figures t
		 WHERE NOT EXISTS (SELECT FROM shreport.reports r WHERE r.report_id = t.report_id)) s"
}

# expect_nothing_left NAME ID BEFORE: after a failed load of text NAME as
# report ID, nothing of it is stored and the tables hold what they held
# before it (BEFORE, from totals)
expect_nothing_left() {
	expect "copies of the text" "$(copies "$1")" 0
	expect "rows of report $2 (reports sections sentences highlights figures)" \
		"$(stored "$2")" "0 0 0 0 0"
	expect "rows in the tables (reports sections sentences highlights figures)" \
		"$(totals)" "$3"
	expect "rows without their report" "$(orphans)" 0
}

# expect_loaded NAME ID: text NAME is stored once, as report ID, complete
expect_loaded() {
	expect "copies of the text" "$(copies "$1")" 1
	expect "report_id of the text" "$(report_of "$1")" "$2"
	expect "rows of report $2 (reports sections sentences highlights figures)" \
		"$(stored "$2")" "$(expected "$1")"
}

# caught NAME: read what the hold or fail trigger said in the output of
# background psql NAME (a NOTICE or an ERROR): the report_id being loaded
# into fault_id, and how many rows of it were stored by then, besides its
# row in shreport.reports, into fault_rows; both empty when it said nothing
caught() {
	local r
	r=$(sed -n 's/.*faults: [a-z]* report \([0-9]*\) at figure [0-9]*: \([0-9]*\) sections, \([0-9]*\) sentences, \([0-9]*\) highlights, \([0-9]*\) figures.*/\1 \2 \3 \4 \5/p' \
		"$tmp/$1.err" | awk 'NR == 1 { print $1, $2 + $3 + $4 + $5 }')
	fault_id=${r% *} fault_rows=${r#* }
}

# ---------------------------------------------------------------------
# Set-up

setup() {
	dropdb --if-exists "$DB" 2>"$tmp/setup.err" &&
		createdb "$DB" 2>>"$tmp/setup.err" &&
		psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -f - >>"$tmp/setup.err" 2>&1 <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION shreport CASCADE;

-- the texts the checks load, one per check so that none is loaded before
CREATE TABLE faults_body (name text PRIMARY KEY, body text NOT NULL);
\set b `cat data/2024-shandong.md`
INSERT INTO faults_body VALUES ('race', :'b');
\set b `cat data/reports-2025/2025-anhui.md`
INSERT INTO faults_body VALUES ('race_rollback', :'b');
\set b `cat data/reports-2025/2025-beijing.md`
INSERT INTO faults_body VALUES ('cancel', :'b');
\set b `cat data/reports-2025/2025-chongqing.md`
INSERT INTO faults_body VALUES ('error', :'b');
\set b `cat data/reports-2025/2025-fujian.md`
INSERT INTO faults_body VALUES ('crash', :'b');

-- What the loading transaction has stored of report id so far.  VOLATILE,
-- so that called from a trigger it sees the rows the INSERT firing it has
-- written before.
CREATE FUNCTION faults_progress(id bigint) RETURNS text
LANGUAGE sql VOLATILE AS $$
	SELECT format('%s sections, %s sentences, %s highlights, %s figures',
		(SELECT count(*) FROM shreport.sections t WHERE t.report_id = id),
		(SELECT count(*) FROM shreport.sentences t WHERE t.report_id = id),
		(SELECT count(*) FROM shreport.highlights t WHERE t.report_id = id),
		(SELECT count(*) FROM shreport.figures t WHERE t.report_id = id))
$$;

-- Holds a load at figure faults.hold_at until the backend is cancelled or
-- killed.  pg_sleep in a loop, so that the hold lasts however fast the
-- clock runs; the test sees it as wait_event PgSleep.
CREATE FUNCTION faults_hold() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.figure_no = nullif(current_setting('faults.hold_at', true), '')::integer THEN
		RAISE NOTICE 'faults: holding report % at figure %: %',
			NEW.report_id, NEW.figure_no, faults_progress(NEW.report_id);
		LOOP
			PERFORM pg_sleep(60);
		END LOOP;
	END IF;
	RETURN NEW;
END
$$;

-- Fails a load at figure faults.fail_at.
CREATE FUNCTION faults_fail() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.figure_no = nullif(current_setting('faults.fail_at', true), '')::integer THEN
		RAISE EXCEPTION 'faults: failing report % at figure %: %',
			NEW.report_id, NEW.figure_no, faults_progress(NEW.report_id);
	END IF;
	RETURN NEW;
END
$$;

-- The small texts of the memory check: each i gives a distinct text with
-- the same structure and a few figures (four as the parser stands).
CREATE FUNCTION faults_small_text(i integer) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
	SELECT format(E'2024年测试%s市政府工作报告\n'
				  '一、2023年工作回顾\n'
				  '全市地区生产总值达到%s亿元，增长5.%s%%。`重点`工作取得成效。\n'
				  '二、2024年工作安排\n'
				  '城镇新增就业%s万人以上，居民消费价格涨幅3%%左右。\n',
				  i, 1000 + i, i % 10, 10 + i % 7)
$$;

-- Loads faults_small_text(1 .. loads) in this backend and samples its
-- memory, by one and the same statement, after load `sample_at` and after
-- the last: the bytes the backend holds (total) and the bytes in use in them
-- (used; a leak into a context with room to spare shows only there).
-- new_ids counts the loads that returned an id above every id before it:
-- report_id is an identity, so a new report has a greater one, and loads =
-- new_ids means every load returned a new id.
CREATE FUNCTION faults_load_many(loads integer, sample_at integer,
	OUT first_id bigint, OUT last_id bigint, OUT new_ids integer,
	OUT total_at_sample bigint, OUT total_at_end bigint,
	OUT used_at_sample bigint, OUT used_at_end bigint)
LANGUAGE plpgsql AS $$
DECLARE
	id bigint;
	top bigint := 0;
	total bigint;
	used bigint;
BEGIN
	new_ids := 0;
	FOR i IN 1 .. loads LOOP
		id := shreport.load(faults_small_text(i));
		IF id > top THEN
			new_ids := new_ids + 1;
			top := id;
		END IF;
		IF i = 1 THEN
			first_id := id;
		END IF;
		IF i = sample_at OR i = loads THEN
			SELECT sum(total_bytes), sum(used_bytes) INTO total, used
			  FROM pg_backend_memory_contexts;
			IF i = sample_at THEN
				total_at_sample := total;
				used_at_sample := used;
			ELSE
				total_at_end := total;
				used_at_end := used;
			END IF;
		END IF;
	END LOOP;
	last_id := id;
END
$$;
SQL
}

# ---------------------------------------------------------------------
# Checks

# Two loads of one text at the same moment.  Session a loads it inside an
# open transaction; session b then loads it too and must block on a's
# uncommitted sha256 key (its lookup cannot see a's row, so only the unique
# key stops it).  Then a ends with END_A (COMMIT or ROLLBACK).
# race NAME END_A: runs the race; leaves a's id in race_a and b's in race_b.
race() {
	local name=$1 end_a=$2 a=$1_a b=$1_b apid bpid
	race_a= race_b=
	hold "$a"
	send "$a" 'BEGIN;'
	send "$a" "SELECT shreport.load(body) FROM faults_body WHERE name = '$name';"
	# idle in the transaction, with the load as its last statement: done
	if ! apid=$(wait_backend "$a" "state = 'idle in transaction' AND query ~ 'shreport.load'"); then
		fail "session a never finished its load in the open transaction"
		finished "$a"
		return
	fi
	expect "copies visible while a's transaction is open" "$(copies "$name")" 0

	bg "$b" <<SQL
SELECT shreport.load(body) FROM faults_body WHERE name = '$name';
SQL
	if bpid=$(wait_backend "$b" "wait_event_type = 'Lock'"); then
		expect "sessions blocking b" \
			"$(sql "SELECT pg_blocking_pids($bpid)::text")" "{$apid}"
	else
		fail "session b never waited on a lock (did it block on the unique key?)"
	fi

	send "$a" "$end_a;"
	finished "$a"
	finished "$b"
	expect "exit status of session a" "${status[$a]}" 0
	expect "exit status of session b" "${status[$b]}" 0
	race_a=$(cat "$tmp/$a.out")
	race_b=$(cat "$tmp/$b.out")
	[ -n "$race_a" ] || fail "session a returned no report_id"
	[ -n "$race_b" ] || fail "session b returned no report_id"
}

check_race_commit() {
	local before
	before=$(totals)
	race race COMMIT
	expect "report_id returned to b" "$race_b" "$race_a"
	grep -qs "already loaded as report_id $race_a" "$tmp/race_b.err" ||
		fail "no NOTICE that the text was loaded already in b's output"
	expect_loaded race "$race_a"
	# one copy more in every table, not two
	expect "rows added (reports sections sentences highlights figures)" \
		"$(minus "$(totals)" "$before")" "$(expected race)"
	[ ${#diag[@]} -eq 0 ] || { show race_a; show race_b; }
	finish "race: two concurrent loads of one text return the same report_id and store one copy"
}

check_race_rollback() {
	race race_rollback ROLLBACK
	[ -n "$race_b" ] && [ "$race_b" = "$race_a" ] &&
		fail "b returned the id of a's rolled back load"
	[ -n "$race_a" ] && expect "rows of a's rolled back report $race_a" \
		"$(stored "$race_a")" "0 0 0 0 0"
	[ -n "$race_b" ] && expect_loaded race_rollback "$race_b"
	[ ${#diag[@]} -eq 0 ] || { show race_rollback_a; show race_rollback_b; }
	finish "race: when the first load rolls back, the blocked one loads the text itself"
}

# hold_load NAME: start a load of text NAME in background psql NAME, to be
# held at figure $HOLD_AT; then wait_backend NAME "$HELD" gives its pid.
# (Not in one function: its caller needs the pid, and a command
# substitution would start the psql in a subshell, out of its reach.)
hold_load() {
	bg "$1" <<SQL
SET faults.hold_at = $HOLD_AT;
SELECT shreport.load(body) FROM faults_body WHERE name = '$1';
SQL
}
HELD="wait_event = 'PgSleep'"

# expect_held NAME: the load of NAME was held by the hold trigger, after it
# had stored rows; sets fault_id to its report_id
expect_held() {
	caught "$1"
	if [ -z "$fault_id" ]; then
		fail "no NOTICE from the hold trigger"
	elif [ "$fault_rows" -eq 0 ]; then
		fail "the load was held before it had stored any row"
	fi
}

check_cancel() {
	local before bpid
	sql "CREATE TRIGGER faults_hold BEFORE INSERT ON shreport.figures
		 FOR EACH ROW EXECUTE FUNCTION faults_hold()"
	before=$(totals)
	hold_load cancel
	if bpid=$(wait_backend cancel "$HELD"); then
		expect "pg_cancel_backend($bpid)" "$(sql "SELECT pg_cancel_backend($bpid)")" t
	else
		fail "the load never reached figure $HOLD_AT"
	fi
	finished cancel
	expect "exit status of the cancelled psql (3: an error)" "${status[cancel]}" 3
	grep -q 'ERROR:  57014' "$tmp/cancel.err" ||
		fail "the load did not end with 57014 (query_canceled)"
	[ -s "$tmp/cancel.out" ] && fail "the cancelled load returned a report_id"
	expect_held cancel
	expect_nothing_left cancel "$fault_id" "$before"
	[ ${#diag[@]} -eq 0 ] || show cancel
	finish "cancel: a load cancelled midway leaves no row"
}

# reload_after TRIGGER NAME DESCRIPTION: drop the fault's trigger, then the
# text of check NAME must load whole
reload_after() {
	local id
	sql "DROP TRIGGER $1 ON shreport.figures"
	if id=$(sql "SELECT shreport.load(body) FROM faults_body WHERE name = '$2'" \
			2>"$tmp/$2_again.err"); then
		expect_loaded "$2" "$id"
	else
		fail "the load failed: $(head -c 400 "$tmp/$2_again.err")"
	fi
	finish "$3"
}

check_error() {
	local before last
	last=$(sql "SELECT count(*) FROM faults_body, shreport.figures(body)
				WHERE name = 'error'")
	sql "CREATE TRIGGER faults_fail BEFORE INSERT ON shreport.figures
		 FOR EACH ROW EXECUTE FUNCTION faults_fail()"
	before=$(totals)
	bg error <<SQL
SET faults.fail_at = $last;
SELECT shreport.load(body) FROM faults_body WHERE name = 'error';
SQL
	finished error
	expect "exit status of the failed psql (3: an error)" "${status[error]}" 3
	[ -s "$tmp/error.out" ] && fail "the failed load returned a report_id"
	# the error names the report and what was stored: every row but the last
	caught error
	if ! grep -q "faults: failing report [0-9]* at figure $last: " "$tmp/error.err"; then
		fail "the load did not fail at its last figure ($last)"
	else
		expect "rows stored when the last one failed" "$fault_rows" \
			"$(expected error | awk '{ print $2 + $3 + $4 + $5 - 1 }')"
	fi
	expect_nothing_left error "$fault_id" "$before"
	[ ${#diag[@]} -eq 0 ] || show error
	finish "error: a load failing on its last row leaves no row"

	reload_after faults_fail error "error: the same text loads once the failing trigger is dropped"
}

check_memory() {
	local r first last new total0 total1 used0 used1 what figures
	r=$(sql "SELECT * FROM faults_load_many($LOADS, $MEMORY_FROM)" 2>"$tmp/memory.err")
	if [ -z "$r" ]; then
		fail "the loads failed: $(head -c 400 "$tmp/memory.err")"
		finish "memory: $LOADS loads in one session return $LOADS new ids"
		fail "no memory sampled"
		finish "memory: the backend's memory stays flat over $LOADS loads"
		return
	fi
	read -r first last new total0 total1 used0 used1 <<<"$r"
	expect "loads that returned a new report_id" "$new" "$LOADS"
	# and each stored whole: as many figures as figures() finds in the texts
	figures=$(sql "SELECT count(*) FROM generate_series(1, $LOADS) i,
						  shreport.figures(faults_small_text(i))")
	[ "$figures" -gt 0 ] 2>/dev/null || fail "the small texts have no figures"
	expect "reports, distinct texts and figures stored by the loads" \
		"$(sql "SELECT count(*), count(DISTINCT sha256),
					   sum((SELECT count(*) FROM shreport.figures f
							 WHERE f.report_id = r.report_id))
				  FROM shreport.reports r
				 WHERE report_id BETWEEN $first AND $last")" \
		"$LOADS $LOADS $figures"
	finish "memory: $LOADS loads in one session return $LOADS new ids"

	what="from load $MEMORY_FROM to load $LOADS"
	echo "# backend memory $what: in use $used0 to $used1 bytes, held $total0 to $total1 bytes"
	[ $((used1 - used0)) -le $USED_SLACK ] ||
		fail "bytes in use grew by $((used1 - used0)) $what, more than $USED_SLACK"
	[ $((total1 - total0)) -le $TOTAL_SLACK ] ||
		fail "bytes held grew by $((total1 - total0)) $what, more than $TOTAL_SLACK"
	finish "memory: the backend's memory stays flat over $LOADS loads"
}

# recovered: true once the server accepts connections after crash recovery,
# which emptied the unlogged table faults_witness (a query that still finds
# its row ran before the server noticed the crash)
recovered() {
	[ "$(sql "SELECT count(*) FROM faults_witness" 2>/dev/null)" = 0 ]
}

check_crash() {
	local before bpid killed=
	sql "CREATE UNLOGGED TABLE faults_witness AS SELECT 1 AS x"
	before=$(totals)
	hold_load crash
	if ! bpid=$(wait_backend crash "$HELD"); then
		fail "the load never reached figure $HOLD_AT"
	elif kill -9 "$bpid"; then
		killed=1
	else
		fail "could not kill backend $bpid"
	fi
	finished crash
	# psql's status 2: the connection to the server went bad
	expect "exit status of the killed load's psql (2: connection lost)" "${status[crash]}" 2
	[ -s "$tmp/crash.out" ] && fail "the killed load returned a report_id"
	expect_held crash
	if [ -n "$killed" ]; then
		if POLLS=$RECOVERY_POLLS poll recovered; then
			expect_nothing_left crash "$fault_id" "$before"
		else
			fail "the server did not come back from crash recovery after $RECOVERY_POLLS polls"
		fi
	fi
	[ ${#diag[@]} -eq 0 ] || show crash
	finish "crash: a backend killed midway leaves no partial report after recovery"

	reload_after faults_hold crash "crash: the same text loads after recovery"
}

# ---------------------------------------------------------------------

if ! setup; then
	fail "$(head -c 600 "$tmp/setup.err")"
	finish "set-up: database $DB with extension shreport"
	echo "faults: $passed passed, $failed failed"
	exit 1
fi

check_race_commit
check_race_rollback
check_cancel
check_error
check_memory
check_crash		# last: crash recovery ends every other session

dropdb --if-exists "$DB" 2>/dev/null
echo "faults: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
