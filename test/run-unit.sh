#!/bin/bash
# Runs the unit-test programs given as arguments and prints one closing line,
# "N passed, N failed", summed over all of them; fails if any program fails.
passed=0 failed=0 status=0
for prog in "$@"; do
	out=$("$prog" 2>&1) || status=1
	printf '%s\n' "$out"
	line=$(printf '%s\n' "$out" | grep -E '^[^ ]+: [0-9]+ passed, [0-9]+ failed$' | tail -n 1)
	if [ -z "$line" ]; then
		echo "$prog: ended without its closing line" >&2
		status=1
		failed=$((failed + 1))
		continue
	fi
	p=${line#*: }; p=${p%% passed*}
	f=${line##*passed, }; f=${f%% failed}
	passed=$((passed + p)); failed=$((failed + f))
done
echo "unit: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && exit $status
exit 1
