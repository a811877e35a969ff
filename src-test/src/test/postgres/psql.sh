#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs SQL on the end-to-end tests' cluster as the broker's user, over TCP as the broker connects,
# and prints the rows unaligned without headers (the tests check what the broker stored).
#
# usage: psql.sh PORT DATABASE USER PASSWORD SQL
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

if [[ $# -ne 5 ]]; then
  echo "usage: $0 PORT DATABASE USER PASSWORD SQL" >&2
  exit 2
fi
bin=$(pg_bin)
PGPASSWORD=$4 PGCONNECT_TIMEOUT=10 exec "$bin/psql" -X -At -v ON_ERROR_STOP=1 \
  -h 127.0.0.1 -p "$1" -d "$2" -U "$3" -c "$5"
