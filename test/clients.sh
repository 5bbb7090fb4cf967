#!/bin/bash
# clients.sh: shreport as real clients see it, against a throwaway cluster:
# pgJDBC (what Metabase, DBeaver and Tableau are built on), psycopg 3 with
# binary cursors and binary COPY, SQLAlchemy reflection (Superset), and
# psqlODBC (Excel, Power BI's ODBC path) through pyodbc.  Run from the
# repository root as SHRP_LISTEN=127.0.0.1 test/with-cluster.sh
# test/clients.sh after make install (JDBC speaks TCP only).  As root on Debian it installs the client packages it lacks;
# otherwise a client whose packages are missing is skipped, and said so.
# Ends with one line "clients: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

DB=shreport_clients
python=/usr/bin/python3			# Debian's, where its python3-* packages are
jar=/usr/share/java/postgresql.jar
passed=0 failed=0 skipped=0

# Install Debian packages for a client when root; false when they are missing.
have_or_install() {
	local missing=()
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
			missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "# installing: ${missing[*]}"
		export DEBIAN_FRONTEND=noninteractive
		apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
			{ apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
		return
	fi
	echo "# skipped: install ${missing[*]} to run these client tests"
	return 1
}

# Add the closing line "WORD: N passed, N failed" of a client's output.
count() {
	local line
	line=$(grep -E '^[a-z]+: [0-9]+ passed, [0-9]+ failed$' "$1" | tail -n 1)
	if [ -z "$line" ]; then
		failed=$((failed + 1))
		return
	fi
	line=${line#*: }
	passed=$((passed + ${line%% passed*}))
	line=${line##*passed, }
	failed=$((failed + ${line%% failed}))
}

dropdb --if-exists "$DB" >/dev/null 2>&1
createdb "$DB" || exit 1
psql -X -q -v ON_ERROR_STOP=1 -d "$DB" >/dev/null <<'SQL' || exit 1
SET client_min_messages = warning;
CREATE EXTENSION shreport CASCADE;
\set b `cat data/2024-shandong.md`
SELECT shreport.load(:'b');
\set b `cat data/reports-2025/2025-shandong.md`
SELECT shreport.load(:'b');
\set b `cat data/2025-national.md`
SELECT shreport.load(:'b');
SQL

log=$(mktemp)
trap 'rm -f "$log"' EXIT

if have_or_install default-jdk-headless libpostgresql-jdbc-java; then
	java -cp "$jar" test/clients/BiJdbc.java \
		"jdbc:postgresql://127.0.0.1:$PGPORT/$DB" \
		"$PGUSER" >"$log" 2>&1
	cat "$log"
	count "$log"
else
	skipped=$((skipped + 1))
fi

if have_or_install python3-psycopg python3-psycopg2 python3-sqlalchemy python3-pyodbc \
	odbc-postgresql unixodbc; then
	"$python" test/clients/bi_python.py "$DB" >"$log" 2>&1
	cat "$log"
	count "$log"
else
	skipped=$((skipped + 1))
fi

dropdb "$DB" >/dev/null 2>&1
echo "clients: $passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
