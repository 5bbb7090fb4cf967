#!/bin/bash
# run-unit.sh [--word WORD] PROG[=ARG]...
# Runs the test programs given (each with its one argument ARG, if any) and
# prints one closing line, "WORD: N passed, N failed" (WORD is "unit"
# unless given), summed over all of them; fails if any program fails or
# ends without its own closing line.
word=unit
if [ "${1:-}" = --word ]; then
	word=$2
	shift 2
fi
passed=0 failed=0 status=0
for spec in "$@"; do
	prog=${spec%%=*}
	args=()
	[ "$spec" != "$prog" ] && args=("${spec#*=}")
	out=$("$prog" "${args[@]}" 2>&1) || status=1
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
echo "$word: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && exit $status
exit 1
