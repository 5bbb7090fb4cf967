#!/bin/bash
# run-tests.sh: what 'make test' does.  Installs missing dependencies, builds
# the extension (warnings are errors) and the test programs (each object
# once per flavour, in parallel), runs the C unit tests of the core twice
# (plain, then under AddressSanitizer and UBSan), replays the kept fuzz
# inputs under the sanitizers, installs the extension, runs the whole
# pg_regress suite, the tests of the shreport-load command, the BI client
# tests (installing the client packages they lack when root) and the load
# and fault tests against throwaway clusters.
# Ends with the time it took and one line "test: N passed, N failed", and a
# non-zero status on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

test/deps.sh || exit 1
. test/pg-env.sh

started=$(date +%s)
jobs=$(nproc 2>/dev/null || echo 2)
unit_passed=0 unit_failed=0 status=0
# add the closing line "WORD: N passed, N failed" of a log to the counts
count_unit() {
	local line
	line=$(grep -E '^(unit|replay|layers|reader|coverage|faults|cli|clients|reference): [0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' "$1" |
		tail -n 1 | sed -E 's/, [0-9]+ skipped$//')
	if [ -n "$line" ]; then
		line=${line#*: }
		unit_passed=$((unit_passed + ${line%% passed*}))
		line=${line##*passed, }
		unit_failed=$((unit_failed + ${line%% failed}))
	else
		unit_failed=$((unit_failed + 1))
	fi
}

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Run one stage of tests, show its output and add its closing line to the counts.
stage() {
	echo "== $1"
	shift
	"$@" 2>&1 | tee "$log"
	[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
	count_unit "$log"
}

echo "== build"
if ! make -s -j"$jobs" PG_CONFIG="$PG_CONFIG" COPT="-Werror" all test-programs >"$log" 2>&1; then
	cat "$log"; echo "build failed"; echo "test: 0 passed, 1 failed"; exit 1
fi
cat "$log"

stage "unit tests" make -s unit PG_CONFIG="$PG_CONFIG"

stage "unit tests under AddressSanitizer and UBSan" make -s unit-asan PG_CONFIG="$PG_CONFIG"

stage "kept fuzz inputs under AddressSanitizer and UBSan" make -s fuzz-replay PG_CONFIG="$PG_CONFIG"

stage "the core's layers call only down, with no circle" make -s layers PG_CONFIG="$PG_CONFIG"

stage "what the reader finds in every bundled report" make -s reader PG_CONFIG="$PG_CONFIG"

stage "figure-like numbers the reader finds, per bundled report" make -s coverage PG_CONFIG="$PG_CONFIG"

echo "== regression tests"
install_extension || { echo "test: $unit_passed passed, $((unit_failed + 1)) failed"; exit 1; }
rm -f regression.diffs
test/with-cluster.sh make -s installcheck PG_CONFIG="$PG_CONFIG" 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
reg_passed=$(grep -cE '^(ok|test) .* ok( |$)|\.\.\. ok' "$log")
reg_failed=$(grep -cE 'FAILED|failed \(ignored\)' "$log")
if [ -s regression.diffs ]; then
	echo "== regression.diffs (first 200 lines)"
	head -n 200 regression.diffs
fi

stage "the SQL reference is up to date" test/with-cluster.sh test/reference.sh check

stage "the shreport-load command" test/with-cluster.sh test/cli.sh

stage "BI clients: pgJDBC, psycopg, SQLAlchemy, psqlODBC" env SHRP_LISTEN=127.0.0.1 test/with-cluster.sh test/clients.sh

stage "load and fault tests" test/with-cluster.sh test/faults.sh

passed=$((unit_passed + reg_passed))
failed=$((unit_failed + reg_failed))
[ $status -ne 0 ] && [ $failed -eq 0 ] && failed=1
echo "make test took $(($(date +%s) - started)) s"
echo "test: $passed passed, $failed failed"
exit $status
