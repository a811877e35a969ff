#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Usage: follow-server.sh PID LOG
# Shows LOG as it grows while the server JVM PID lives. Returns when it ends on its own (the OOM
# killer, a crash): says so, prints the end of LOG to stderr and exits 1. ./mqttee runs it in the
# foreground; Ctrl-C there stops the server instead.
set -uo pipefail

SERVER_PID="$1"
LOG="$2"

tail -n 0 -F "$LOG" 2>/dev/null &
TAIL_PID=$!
trap 'kill "$TAIL_PID" 2>/dev/null' EXIT
while kill -0 "$SERVER_PID" 2>/dev/null; do
  sleep 1
done
kill "$TAIL_PID" 2>/dev/null || true
printf 'mqttee: the server JVM (pid %s) ended unexpectedly; the last lines of %s:\n' "$SERVER_PID" "$LOG"
tail -n 40 "$LOG" >&2
exit 1
