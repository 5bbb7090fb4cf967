#!/bin/bash
# reader.sh DUMP [update]
# Parses every bundled report with DUMP (the readerdump program) and
# compares what the reader found (structure and figures) with the dump kept
# in test/reader/, one file per report; a report whose dump differs fails
# and its diff is shown.  With "update" it rewrites the kept dumps instead:
# do that only for a change meant to alter what the reader finds, and read
# the diff before committing it.
set -u
dump=$1
mode=${2:-check}
reports=(data/*.md data/reports-2025/*.md)
if [ "$mode" = update ]; then
	mkdir -p test/reader
	rm -f test/reader/*.txt
	"$dump" test/reader "${reports[@]}" || exit 1
	echo "reader: wrote ${#reports[@]} dumps to test/reader/"
	exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$dump" "$out" "${reports[@]}" || { echo "reader: 0 passed, 1 failed"; exit 1; }
passed=0 failed=0
for r in "${reports[@]}"; do
	name=$(basename "$r" .md).txt
	if diff -u "test/reader/$name" "$out/$name" >"$out/diff" 2>&1; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "not ok - $r: the reader finds something else"
		head -n 40 "$out/diff"
	fi
done
# a kept dump of a report no longer bundled is a mistake too
for k in test/reader/*.txt; do
	[ -e "$out/$(basename "$k")" ] || { echo "not ok - $k: no such report"; failed=$((failed + 1)); }
done
echo "reader: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
