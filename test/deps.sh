#!/bin/bash
# deps.sh: make sure the build and test dependencies are on this machine.
# As root on Debian it installs what is missing (PostgreSQL 15 server and
# headers, a C compiler, make); otherwise it only says what to install.
set -euo pipefail

pgbin=/usr/lib/postgresql/15/bin
need=()
command -v make >/dev/null 2>&1 || need+=(make)
command -v gcc >/dev/null 2>&1 || need+=(gcc libc6-dev)
[ -x "$pgbin/postgres" ] || need+=(postgresql-15)
[ -x "$pgbin/pg_config" ] && [ -f /usr/include/postgresql/15/server/postgres.h ] ||
	need+=(postgresql-server-dev-15)
command -v runuser >/dev/null 2>&1 || need+=(util-linux)

[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
	echo "missing packages: ${need[*]}" >&2
	echo "install them (Debian: sudo apt-get install ${need[*]}) and run again" >&2
	exit 1
fi
echo "installing: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
