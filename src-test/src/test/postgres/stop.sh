#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Stops the end-to-end tests' PostgreSQL cluster if it runs; keeps its data. MODE is pg_ctl's
# shutdown mode: fast (the default) or immediate, which stops the server the way a crash would
# (it recovers from its write-ahead log at the next start).
#
# usage: stop.sh STATE_DIR [fast|immediate]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 STATE_DIR [fast|immediate]" >&2
  exit 2
fi
mode=${2:-fast}
data=$(recorded_data_dir "$1")
if [[ -z "$data" || ! -d "$data" ]]; then
  exit 0 # no cluster was made here
fi
bin=$(pg_bin)
if as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  as_pg "$bin/pg_ctl" -D "$data" -m "$mode" -w -t 60 stop >/dev/null
fi
