# SPDX-License-Identifier: Apache-2.0
# Sourced by the scripts beside it, which run the end-to-end tests' throwaway PostgreSQL cluster.
# The cluster lives in a state directory (src-test/target/postgres); the file data-dir in it names
# the cluster's data directory, which holds the server's unix socket and log (postgres.log) too.

# Prints the bin directory of the newest PostgreSQL installed from Debian's packages.
pg_bin() {
  local bin
  bin=$(
    for candidate in /usr/lib/postgresql/*/bin; do
      if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
        printf '%s\n' "$candidate"
      fi
    done | sort -V | tail -n 1
  )
  if [[ -z "$bin" ]]; then
    cat >&2 <<'MSG'
PostgreSQL is not installed: there is no /usr/lib/postgresql/<version>/bin/initdb.
The end-to-end tests also run the broker on a throwaway PostgreSQL cluster. Install Debian's
postgresql package (apt-get install postgresql, as .ci/run does), or skip the end-to-end tests
with -DskipITs.
MSG
    return 1
  fi
  printf '%s\n' "$bin"
}

# initdb and postgres refuse to run as root: as root, run PostgreSQL's programs as the postgres
# user (which Debian's package creates), from a directory that user may enter.
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then
    if ! id postgres >/dev/null 2>&1; then
      echo "running as root, but there is no postgres user to run PostgreSQL as" >&2
      return 1
    fi
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# Prints the data directory recorded in state directory $1, or nothing when there is none.
recorded_data_dir() {
  if [[ -f "$1/data-dir" ]]; then
    cat "$1/data-dir"
  fi
}
