#!/bin/bash
# run-bench-load.sh: load speed, measured inside the server.  For each report
# it times shreport.load() against two baselines taken in the same session:
# storing the same text in a plain table (with its sha256), and parsing it
# with shreport.figures() without storing anything.
set -euo pipefail
cd "$(dirname "$0")/.."
. test/pg-env.sh
install_extension

sql=$(mktemp)
trap 'rm -f "$sql"' EXIT
{
	echo "CREATE EXTENSION shreport CASCADE;"
	echo "CREATE TABLE bench_body (name text, body text);"
	for f in data/2024-shandong.md data/reports-2025/*.md; do
		echo "\\set b \`cat $f\`"
		echo "INSERT INTO bench_body VALUES ('$(basename "$f" .md)', :'b');"
	done
	cat test/bench_load.sql
} >"$sql"
test/with-cluster.sh sh -c "createdb shreport_bench && psql -X -q -v ON_ERROR_STOP=1 -d shreport_bench -f '$sql'"
