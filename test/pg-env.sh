# pg-env.sh: sourced by the test scripts; picks the pg_config to build with.
# PostgreSQL 15 from Debian unless PG_CONFIG says otherwise.
if [ -z "${PG_CONFIG:-}" ]; then
	if [ -x /usr/lib/postgresql/15/bin/pg_config ]; then
		PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config
	else
		PG_CONFIG=pg_config
	fi
fi
export PG_CONFIG

# Install the extension into the server's directories, as root or with sudo.
install_extension() {
	if [ -w "$("$PG_CONFIG" --pkglibdir)" ] && [ -w "$("$PG_CONFIG" --sharedir)/extension" ]; then
		make -s install PG_CONFIG="$PG_CONFIG" >/dev/null
	elif command -v sudo >/dev/null 2>&1; then
		sudo make -s install PG_CONFIG="$PG_CONFIG" >/dev/null
	else
		echo "cannot write to the server's directories; run 'sudo make install' first" >&2
		return 1
	fi
}
