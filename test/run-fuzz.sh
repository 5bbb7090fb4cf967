#!/bin/bash
# run-fuzz.sh SECONDS PROG...: what 'make fuzz' does.  Runs each libFuzzer
# target for SECONDS from its kept corpus (test/corpus/<target>/), then
# merges what it found back into that corpus, minimised: the fewest inputs
# that together reach every branch the old corpus and the new finds reach
# (how often they take it aside, or the corpus grows by thousands of
# inputs a round).  Any crash input is kept as
# well (test/corpus/<target>/crash-*), so that 'make test' replays it from
# then on; fix the bug, and the input stays as its test.  An input that
# takes over ten seconds counts as a crash: none of 4 KB should take a
# fraction of that, and libFuzzer's own limit is twenty minutes.  Prints the
# executions of each target and their total.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=$1
shift
total=0 status=0
for prog in "$@"; do
	name=$(basename "$prog")
	corpus=test/corpus/$name
	work=$(mktemp -d)
	mkdir -p "$corpus"
	log=$work/log
	"$prog" -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 \
		-artifact_prefix="$work/" "$work" "$corpus" >"$log" 2>&1 || status=1
	execs=$(grep -E '^stat::number_of_executed_units:' "$log" | awk '{print $2}')
	for crash in "$work"/crash-* "$work"/timeout-* "$work"/oom-* "$work"/leak-*; do
		[ -e "$crash" ] || continue
		cp "$crash" "$corpus/"
		echo "$name: kept $(basename "$crash")"
		grep -E 'ERROR|SUMMARY' "$log" | head -n 5
	done
	# minimise: merge the old corpus and the new finds into a fresh one
	mkdir -p "$work/min"
	"$prog" -set_cover_merge=1 -use_counters=0 -max_len=4096 \
		"$work/min" "$corpus" "$work" >/dev/null 2>&1
	if [ -n "$(ls -A "$work/min")" ]; then
		find "$corpus" -maxdepth 1 -type f ! -name 'crash-*' ! -name 'timeout-*' \
			! -name 'oom-*' ! -name 'leak-*' -delete
		cp "$work"/min/* "$corpus/"
	fi
	echo "$name: ${execs:-0} executions, $(ls "$corpus" | wc -l) inputs kept"
	total=$((total + ${execs:-0}))
	rm -rf "$work"
done
echo "fuzz: $total executions in all"
exit $status
