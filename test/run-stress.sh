#!/bin/bash
# run-stress.sh: what 'make test-stress' does, a check of the tests
# themselves.  Runs the C unit tests (plain and under the sanitizers) and
# the fuzz replay twice: once with the clock running 50 times fast
# (libfaketime), once with every core kept busy by other processes.  No
# test may depend on how fast it runs, so both must pass.
set -uo pipefail
cd "$(dirname "$0")/.."

test/deps.sh || exit 1
if ! command -v faketime >/dev/null 2>&1; then
	if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "installing: faketime"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			faketime >/dev/null || { apt-get update -qq &&
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends faketime >/dev/null; }
	else
		echo "missing package: faketime (Debian: sudo apt-get install faketime)" >&2
		exit 1
	fi
fi
. test/pg-env.sh

jobs=$(nproc 2>/dev/null || echo 2)
make -s -j"$jobs" test-programs || exit 1

status=0
run_all() {
	"$@" make -s unit || status=1
	"$@" make -s unit-asan || status=1
	"$@" make -s fuzz-replay || status=1
}

echo "== with the clock 50 times fast"
# check that the speed-up takes: five faked seconds of sleep pass in a tenth
t0=$(date +%s%N)
faketime -f "+0 x50" sleep 5
if [ $(($(date +%s%N) - t0)) -ge 2000000000 ]; then
	echo "faketime does not speed up the clock here" >&2
	exit 1
fi
run_all faketime -f "+0 x50"

echo "== with all $jobs cores busy"
busy=()
for _ in $(seq 1 "$jobs"); do
	(while :; do :; done) &
	busy+=($!)
done
trap 'kill "${busy[@]}" 2>/dev/null' EXIT
run_all env
kill "${busy[@]}" 2>/dev/null
wait 2>/dev/null

[ $status -eq 0 ] && echo "test-stress: passed" || echo "test-stress: FAILED"
exit $status
