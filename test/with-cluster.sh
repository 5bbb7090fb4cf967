#!/bin/bash
# with-cluster.sh CMD [ARG...]
# Runs CMD against a throwaway PostgreSQL cluster: a fresh data directory, a
# private port and a private socket directory, owned by the unprivileged
# "postgres" user when run as root (the server refuses to run as root) and by
# the current user otherwise.  The cluster is stopped and removed afterwards,
# also when CMD fails or the script is interrupted.
set -euo pipefail

PG_CONFIG=${PG_CONFIG:-pg_config}
bindir=$("$PG_CONFIG" --bindir)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/shreport-cluster.XXXXXX")
chmod 755 "$tmp"

if [ "$(id -u)" -eq 0 ]; then
	owner=postgres
	chown "$owner" "$tmp"
	as_owner() { runuser -u "$owner" -- "$@"; }
else
	owner=$(id -un)
	as_owner() { "$@"; }
fi

# A port nobody listens on, from a range clear of the default 5432.
port=${SHRP_PORT:-}
if [ -z "$port" ]; then
	for _ in $(seq 1 50); do
		candidate=$((20000 + RANDOM % 20000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
			port=$candidate
			break
		fi
	done
fi

stop_cluster() {
	if [ -f "$tmp/data/postmaster.pid" ]; then
		as_owner "$bindir/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$tmp"
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM

as_owner "$bindir/initdb" -D "$tmp/data" -U "$owner" -A trust -E UTF8 \
	--locale=C.UTF-8 --no-sync >"$tmp/initdb.log" 2>&1 ||
	{ cat "$tmp/initdb.log" >&2; exit 1; }
# Sockets only, unless a client that speaks TCP alone (JDBC) needs the
# loopback address: SHRP_LISTEN=127.0.0.1.
listen=${SHRP_LISTEN:-}
as_owner "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w \
	-o "-p $port -k $tmp -c listen_addresses='$listen' -c fsync=off" start >/dev/null ||
	{ cat "$tmp/server.log" >&2; exit 1; }

export PGHOST=$tmp PGPORT=$port PGUSER=$owner PGDATABASE=postgres
unset PGSERVICE PGPASSWORD
set +e
"$@"
status=$?
set -e
if [ $status -ne 0 ] && [ -n "${SHRP_SHOW_LOG:-}" ]; then
	tail -n 50 "$tmp/server.log" >&2
fi
exit $status
