#!/bin/bash
# run-demo.sh: what 'make demo' does.  Installs missing dependencies, builds
# and installs the extension, then runs test/demo.sql in a scratch database
# of a throwaway cluster and prints the queries with their results.
set -euo pipefail
cd "$(dirname "$0")/.."

test/deps.sh
. test/pg-env.sh
make -s PG_CONFIG="$PG_CONFIG"
install_extension
test/with-cluster.sh sh -c 'createdb shreport_demo &&
	psql -d shreport_demo -X -q -v ON_ERROR_STOP=1 -e -f test/demo.sql'
