#!/bin/bash
# cli.sh: tests of the shreport-load command against a throwaway cluster.
# Run from the repository root as test/with-cluster.sh test/cli.sh, after
# make install (the command is installed into pg_config --bindir).  Prints
# "ok N - ..." or "not ok N - ..." per check and one closing line
# "cli: N passed, N failed"; the status is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

PG_CONFIG=${PG_CONFIG:-pg_config}
cmd=$("$PG_CONFIG" --bindir)/shreport-load
DB=shreport_cli
passed=0 failed=0 n=0
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT

# Record one check: description, then the command that must succeed.
check() {
	local what=$1
	shift
	n=$((n + 1))
	if "$@"; then
		echo "ok $n - $what"
		passed=$((passed + 1))
	else
		echo "not ok $n - $what"
		failed=$((failed + 1))
	fi
}

sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
run() { "$cmd" -d "dbname=$DB" "$@" >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/status"; }
status_is() { [ "$(cat "$tmp/status")" = "$1" ]; }
line_of() { grep -F "$1" "$tmp/out"; }
has() { grep -qE "$1" "$tmp/out"; }

dropdb --if-exists "$DB" >/dev/null 2>&1
createdb "$DB" || exit 1
sql "SET client_min_messages = warning; CREATE EXTENSION shreport CASCADE" || exit 1

mkdir -p "$tmp/dir/sub"
cp data/reports-2025/2025-anhui.md "$tmp/dir/"
cp data/reports-2025/2025-beijing.md "$tmp/dir/sub/"
printf 'hello world\n' >"$tmp/dir/notes.txt"
printf 'ignored\n' >"$tmp/dir/image.png"
printf '\xff\xfe not utf-8\n' >"$tmp/bad.md"
cp data/2024-shandong.md "$tmp/with space.md"
chmod -R a+rX "$tmp"

# what the parser finds in the Shandong report, to compare its line with
nfig=$(printf '%s\n' "\\set body \`cat data/2024-shandong.md\`" \
	"SELECT count(*) FROM shreport.figures(:'body');" | psql -X -A -t -q -d "$DB")

# a file and a folder: one line per file, in order, and a total
run data/2024-shandong.md "$tmp/dir"
check "files and folders load, with exit status 0" status_is 0
check "a line per file: report_id, figures, ms, loaded" \
	has "^data/2024-shandong.md	[0-9]+	$nfig	[0-9]+	loaded$"
check "a folder stands for its .md and .txt files, below it too, in name order" \
	bash -c "cut -f 1 '$tmp/out' | grep -v '^total' | tr '\n' ' ' |
		grep -qx 'data/2024-shandong.md $tmp/dir/2025-anhui.md $tmp/dir/notes.txt $tmp/dir/sub/2025-beijing.md '"
check "the figures of each line are the ones stored" \
	bash -c "[ \"\$(psql -X -A -t -d $DB -c 'SELECT count(*) FROM shreport.figures')\" = \
		\"\$(awk -F'\t' '/loaded/ { s += \$3 } END { print s }' '$tmp/out')\" ]"
check "a text that is no report loads with the server's warning on its line" \
	has "notes.txt	[0-9]+	0	[0-9]+	loaded; warning: report text has no part heading and no figure"
check "the total line counts files, loads and figures" \
	has "^total: 4 files, 4 loaded, 0 duplicates, 0 failed, [0-9]+ figures, [0-9]+ ms$"

# a file loaded before is a duplicate, with its id
id=$(sql "SELECT report_id FROM shreport.reports WHERE title LIKE '2024年山东省%'")
run "$tmp/with space.md"
check "a text loaded before is reported as a duplicate with its report_id" \
	has "with space.md	$id	$nfig	[0-9]+	duplicate$"
check "a duplicate is no failure" status_is 0
check "a duplicate is not stored twice" \
	test "$(sql 'SELECT count(*) FROM shreport.reports')" = 4

# failures: stop at the first, or go on with --keep-going
before=$(sql 'SELECT count(*) FROM shreport.reports')
run "$tmp/bad.md" data/reports-2025/2025-fujian.md
check "a failure ends the run with exit status 1" status_is 1
check "a file that is not UTF-8 fails with a reason" has "bad.md				failed: the file is not valid UTF-8"
check "after a failure the run stops: the next file is not loaded" \
	test "$(sql 'SELECT count(*) FROM shreport.reports')" = "$before"
run --keep-going "$tmp/missing.md" "$tmp/bad.md" data/reports-2025/2025-fujian.md
check "with --keep-going the run goes on and still exits 1" status_is 1
check "a missing file fails with a reason" has "missing.md				failed: cannot read the file"
check "with --keep-going the files after a failure load" has "2025-fujian.md	[0-9]+	[0-9]+	[0-9]+	loaded$"
check "the total counts the failures" has "^total: 3 files, 1 loaded, 0 duplicates, 2 failed"

# overrides, and a load that fails in the server stores nothing
run --title 测试标题 --region 测试省 --year 2030 data/reports-2025/2025-hebei.md
check "--title, --region and --year override what the text says" \
	test "$(sql "SELECT title || '/' || region || '/' || year FROM shreport.reports ORDER BY report_id DESC LIMIT 1")" = "测试标题/测试省/2030"
run --year 0 data/reports-2025/2025-gansu.md
check "an error of the server fails the file with its message" has "failed: ERROR:  report year must be positive"
check "and stores nothing" test "$(sql "SELECT count(*) FROM shreport.reports WHERE region = '甘肃省'")" = 0
run --year soon data/reports-2025/2025-gansu.md
check "a year that is no number is bad usage (exit 2)" status_is 2
run
check "no file is bad usage (exit 2)" status_is 2
run -d "dbname=shreport_cli_missing" data/reports-2025/2025-gansu.md
check "a database that cannot be reached fails with psql's message" \
	bash -c "grep -q 'failed: .*shreport_cli_missing' '$tmp/out' && [ \"\$(cat '$tmp/status')\" = 1 ]"

dropdb "$DB" >/dev/null 2>&1
echo "cli: $passed passed, $failed failed"
[ $failed -eq 0 ]
