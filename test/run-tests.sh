#!/bin/bash
# run-tests.sh: what 'make test' does.  Installs missing dependencies, builds
# the extension (warnings are errors), runs the C unit tests of the core twice
# (plain, then under AddressSanitizer and UBSan), installs the extension and
# runs the whole pg_regress suite against a throwaway cluster.  Ends with one
# line "test: N passed, N failed" and a non-zero status on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

test/deps.sh || exit 1
. test/pg-env.sh

unit_passed=0 unit_failed=0 status=0
count_unit() {
	local line
	line=$(grep -E '^unit: [0-9]+ passed, [0-9]+ failed$' "$1" | tail -n 1)
	if [ -n "$line" ]; then
		line=${line#unit: }
		unit_passed=$((unit_passed + ${line%% passed*}))
		line=${line##*passed, }
		unit_failed=$((unit_failed + ${line%% failed}))
	else
		unit_failed=$((unit_failed + 1))
	fi
}

log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== build"
if ! make -s PG_CONFIG="$PG_CONFIG" COPT="-Werror" >"$log" 2>&1; then
	cat "$log"; echo "build failed"; echo "test: 0 passed, 1 failed"; exit 1
fi
cat "$log"

echo "== unit tests"
make -s unit PG_CONFIG="$PG_CONFIG" 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
count_unit "$log"

echo "== unit tests under AddressSanitizer and UBSan"
make -s unit-asan PG_CONFIG="$PG_CONFIG" 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
count_unit "$log"

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

passed=$((unit_passed + reg_passed))
failed=$((unit_failed + reg_failed))
[ $status -ne 0 ] && [ $failed -eq 0 ] && failed=1
echo "test: $passed passed, $failed failed"
exit $status
