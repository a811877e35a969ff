#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Starts a new, empty PostgreSQL cluster for the end-to-end tests, after stopping and removing the
# one a previous (maybe interrupted) run left in the same state directory. It listens on
# 127.0.0.1:PORT only (unix socket in its data directory), commits durably (fsync and
# synchronous_commit on), and holds the database DATABASE owned by USER, who logs in with PASSWORD
# over TCP as the broker does.
#
# usage: start.sh STATE_DIR PORT DATABASE USER PASSWORD
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

if [[ $# -ne 5 ]]; then
  echo "usage: $0 STATE_DIR PORT DATABASE USER PASSWORD" >&2
  exit 2
fi
state=$1 port=$2 database=$3 user=$4 password=$5
bin=$(pg_bin)

"$here/stop.sh" "$state" immediate
old=$(recorded_data_dir "$state")
if [[ "$old" == */mqttee-postgres.* ]]; then
  rm -rf "$old" # a data directory made below outside the state directory
fi
rm -rf "$state"
mkdir -p "$state"
state=$(cd "$state" && pwd)

# The data directory: inside the state directory, unless the postgres user cannot reach it (a
# parent directory closed to other users) or the socket path would be too long for a unix socket.
data="$state/data"
mkdir -m 700 "$data"
if [[ $(id -u) -eq 0 ]]; then
  chown postgres:postgres "$data"
fi
if ! as_pg test -w "$data" || [[ ${#data} -gt 80 ]]; then
  rmdir "$data"
  data=$(mktemp -d "${TMPDIR:-/tmp}/mqttee-postgres.XXXXXX")
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres:postgres "$data"
  fi
fi
printf '%s\n' "$data" >"$state/data-dir"

as_pg "$bin/initdb" -D "$data" -U postgres -E UTF8 --no-locale \
  --auth-local=trust --auth-host=scram-sha-256 >"$state/initdb.log" 2>&1 || {
  cat "$state/initdb.log" >&2
  exit 1
}
cat >>"$data/postgresql.conf" <<CONF

# the end-to-end tests' cluster (src-test/src/test/postgres/start.sh)
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
fsync = on
synchronous_commit = on
full_page_writes = on
max_connections = 150
shared_buffers = 64MB
CONF

if ! as_pg "$bin/pg_ctl" -D "$data" -l "$data/postgres.log" -w -t 60 start >/dev/null; then
  echo "PostgreSQL did not start; its log:" >&2
  cat "$data/postgres.log" >&2 || true
  exit 1
fi

sql_literal() {
  printf "'%s'" "${1//\'/\'\'}"
}
sql_identifier() {
  printf '"%s"' "${1//\"/\"\"}"
}
as_pg "$bin/psql" -X -q -h "$data" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE $(sql_identifier "$user") LOGIN CREATEDB PASSWORD $(sql_literal "$password")" \
  -c "CREATE DATABASE $(sql_identifier "$database") OWNER $(sql_identifier "$user")"

echo "$("$bin/postgres" --version) for the end-to-end tests:" \
  "127.0.0.1:$port, database $database, data in $data"
