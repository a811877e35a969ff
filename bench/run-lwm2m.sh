#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Measures MQTTee's LWM2M gateway: CLIENTS Eclipse Leshan clients register at once over CoAP
# (registrations per second as the devices see them, and register events per second as an MQTT
# application receives them), then the application keeps WINDOW read commands in flight over all
# devices (round trips per second from the command on lwm2m/{ep}/dn to the answer on
# lwm2m/{ep}/up/resp, with latency). Prints the medians per device count.
#
#   bench/run-lwm2m.sh [MQTTEE_HOST:PORT]        (MQTT at 127.0.0.1:1883 by default)
#
# MQTTee must already be running (./mqttee at the repository root). Settings, as environment
# variables: LWM2M_PORT (5683, the gateway's CoAP port on the same host), CLIENTS ("100 500"),
# ROUNDS (3), WINDOW (64), READ_PATH (/3/0/0), WARMUP (2 s), DURATION (10 s), JAVA_OPTS, RESULTS
# (file for the RESULT lines). The broker's CPU is sampled from the process that listens on the
# MQTT port, which must also own the LWM2M port. Every round registers new endpoints, which
# de-register at its end.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET="${1:-127.0.0.1:1883}"
HOST="${TARGET%:*}"
PORT="${TARGET##*:}"
LWM2M_PORT="${LWM2M_PORT:-5683}"
CLIENTS="${CLIENTS:-100 500}"
ROUNDS="${ROUNDS:-3}"
WINDOW="${WINDOW:-64}"
READ_PATH="${READ_PATH:-/3/0/0}"
WARMUP="${WARMUP:-2}"
DURATION="${DURATION:-10}"
JAVA_OPTS="${JAVA_OPTS:--Xms1g -Xmx1g}"
JAR="$ROOT/bench/target/mqttee-bench.jar"
RESULTS="${RESULTS:-$ROOT/bench/target/lwm2m-results-$(date -u +%Y%m%dT%H%M%SZ).txt}"
# shellcheck source=bench/gateway-common.sh
. "$ROOT/bench/gateway-common.sh"
find_broker "$LWM2M_PORT"
say "MQTTee (pid $PID): MQTT on $HOST:$PORT, LWM2M on UDP $LWM2M_PORT; devices: $CLIENTS"

mkdir -p "$(dirname "$RESULTS")"
: > "$RESULTS"

run_one() { # clients
  local line
  # shellcheck disable=SC2086
  line="$(java $JAVA_OPTS -cp "$JAR" io.mqttee.bench.lwm2m.Lwm2mBench --host "$HOST" \
      --port "$PORT" --lwm2m-port "$LWM2M_PORT" --clients "$1" --window "$WINDOW" \
      --path "$READ_PATH" --warmup "$WARMUP" --duration "$DURATION" --broker-pid "$PID" \
      --clk-tck "$CLK_TCK" --label mqttee 2>&1 | grep '^RESULT' | tail -n 1)" || true
  [ -n "$line" ] || line="RESULT scenario=lwm2m broker=mqttee clients=$1 error=no_result"
  echo "$line" | tee -a "$RESULTS" >&2
}

for round in $(seq "$ROUNDS"); do
  for clients in $CLIENTS; do
    say "round $round/$ROUNDS: $clients devices"
    run_one "$clients"
  done
done

say "raw results in $RESULTS"

# the median of the numbers on stdin, one a line; "-" when there are none
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# the values of key $1 in the RESULT lines on stdin
values() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }

echo "| devices | registrations/s | register events/s | read round trips/s | read p50 / p99 ms | broker CPU us per registration / read | failed runs, lost reads |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for clients in $CLIENTS; do
  ok="$(grep " clients=$clients " "$RESULTS" | grep -v ' error=' || true)"
  failed="$(grep " clients=$clients " "$RESULTS" | grep -c ' error=' || true)"
  lost="$(printf '%s\n' "$ok" | values read_lost | awk '{ s += $1 } END { print s + 0 }')"
  printf '| %s | %s | %s | %s | %s / %s | %s / %s | %s, %s |\n' "$clients" \
    "$(printf '%s\n' "$ok" | values reg_rate | median)" \
    "$(printf '%s\n' "$ok" | values reg_event_rate | median)" \
    "$(printf '%s\n' "$ok" | values read_rate | median)" \
    "$(printf '%s\n' "$ok" | values read_p50_ms | median)" \
    "$(printf '%s\n' "$ok" | values read_p99_ms | median)" \
    "$(printf '%s\n' "$ok" | values broker_cpu_us_per_reg | median)" \
    "$(printf '%s\n' "$ok" | values broker_cpu_us_per_read | median)" \
    "$failed" "$lost"
done
