#!/bin/bash
# layers.sh BUILDDIR
# Checks the shape of the core: its layers only call down, and no two of
# its files call each other, however indirectly.
#  - includes: a file of src/core/<layer>/ includes headers of its own layer
#    or of the layers below it (text < vocab < types < reader), and
#    shr_common.h;
#  - calls: from the symbols each object file of BUILDDIR/src/core defines
#    and uses (nm), the graph of which file calls which has no cycle, and
#    no edge from a lower layer to a higher one.
# Prints one line per violation and closes with "layers: N passed, N failed".
set -u
build=${1:?usage: layers.sh BUILDDIR}
layers=(text vocab types reader)
rank() {
	local i
	for i in "${!layers[@]}"; do
		[ "${layers[$i]}" = "$1" ] && { echo "$i"; return; }
	done
	echo -1
}
passed=0 failed=0
fail() { echo "not ok - $*"; failed=$((failed + 1)); }

# includes
for f in src/core/*/*.[ch]; do
	layer=$(basename "$(dirname "$f")")
	r=$(rank "$layer")
	ok=1
	while read -r inc; do
		case "$inc" in
			shr_common.h) ;;
			*/*)
				il=${inc%%/*}
				[ "$(rank "$il")" -le "$r" ] || { fail "$f includes $inc, a layer above $layer"; ok=0; }
				;;
			*) fail "$f includes \"$inc\" without naming its layer"; ok=0 ;;
		esac
	done < <(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f")
	[ $ok -eq 1 ] && passed=$((passed + 1))
done

# calls, from the object files
edges=$(mktemp)
trap 'rm -f "$edges"' EXIT
objs=$(cd "$build" && ls src/core/*/*.o 2>/dev/null)
if [ -z "$objs" ]; then
	fail "no object files under $build/src/core"
else
	(cd "$build" && nm -A $objs) | awk '
		{ split($1, p, ":"); file = p[1]; sub(/\.o$/, "", file) }
		$2 ~ /^[TDRB]$/ { def[$3] = file }
		$2 == "U" { use[file, $3] = 1 }
		END { for (k in use) { split(k, q, SUBSEP); if (q[2] in def && def[q[2]] != q[1]) print q[1], def[q[2]] } }' |
		sort -u >"$edges"
	# a call from a lower layer up
	while read -r from to; do
		fl=$(rank "$(basename "$(dirname "$from")")")
		tl=$(rank "$(basename "$(dirname "$to")")")
		[ "$tl" -le "$fl" ] || fail "$from calls up into $to"
	done <"$edges"
	# a cycle: a file that reaches itself
	cycles=$(awk '
		{ adj[$1] = adj[$1] " " $2; nodes[$1]; nodes[$2] }
		function reach(start, n,    i, k, list) {
			if (n in seen) return
			seen[n] = 1
			k = split(adj[n], list, " ")
			for (i = 1; i <= k; i++) {
				if (list[i] == start) found = 1
				reach(start, list[i])
			}
		}
		END {
			for (s in nodes) { delete seen; found = 0; reach(s, s); if (found) print s }
		}' "$edges" | sort)
	if [ -n "$cycles" ]; then
		fail "files in a circle of calls: $(echo $cycles)"
	else
		passed=$((passed + 1))
	fi
fi
echo "layers: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
