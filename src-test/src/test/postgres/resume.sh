#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Starts the end-to-end tests' PostgreSQL cluster again with the data it had, after stop.sh: after
# an immediate stop it first recovers from its write-ahead log. Returns once it accepts connections
# (at once when it already runs).
#
# usage: resume.sh STATE_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

if [[ $# -ne 1 ]]; then
  echo "usage: $0 STATE_DIR" >&2
  exit 2
fi
data=$(recorded_data_dir "$1")
if [[ -z "$data" || ! -d "$data" ]]; then
  echo "no PostgreSQL cluster in $1: run start.sh first" >&2
  exit 1
fi
bin=$(pg_bin)
if as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  exit 0 # already running
fi
if ! as_pg "$bin/pg_ctl" -D "$data" -l "$data/postgres.log" -w -t 120 start >/dev/null; then
  echo "PostgreSQL did not start again; the end of its log:" >&2
  tail -n 50 "$data/postgres.log" >&2 || true
  exit 1
fi
