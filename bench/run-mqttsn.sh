#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Measures MQTTee's MQTT-SN gateway: CLIENTS MQTT-SN clients over UDP publish at QoS 0 and QoS 1
# through the gateway to one MQTT subscriber (scenario mqttsn-fanin). For comparison, in the same
# run and in alternating rounds, MQTTee's MQTT fan-in with as many MQTT publishers: no MQTT-SN peer
# broker runs here (mosquitto has no MQTT-SN). Prints the medians per scenario and QoS.
#
#   bench/run-mqttsn.sh [MQTTEE_HOST:PORT]        (MQTT at 127.0.0.1:1883 by default)
#
# MQTTee must already be running (./mqttee at the repository root). Settings, as environment
# variables: MQTTSN_PORT (1884, the gateway's UDP port on the same host), CLIENTS (100), QOS
# ("0 1"), ROUNDS (3), WARMUP (3 s), DURATION (10 s), JAVA_OPTS, RESULTS (file for the RESULT
# lines). The broker's CPU is sampled from the process that listens on the MQTT port, which is
# also the gateway's.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET="${1:-127.0.0.1:1883}"
HOST="${TARGET%:*}"
PORT="${TARGET##*:}"
MQTTSN_PORT="${MQTTSN_PORT:-1884}"
CLIENTS="${CLIENTS:-100}"
QOS="${QOS:-0 1}"
ROUNDS="${ROUNDS:-3}"
WARMUP="${WARMUP:-3}"
DURATION="${DURATION:-10}"
JAVA_OPTS="${JAVA_OPTS:--Xms512m -Xmx512m}"
JAR="$ROOT/bench/target/mqttee-bench.jar"
RESULTS="${RESULTS:-$ROOT/bench/target/mqttsn-results-$(date -u +%Y%m%dT%H%M%SZ).txt}"
# shellcheck source=bench/gateway-common.sh
. "$ROOT/bench/gateway-common.sh"
find_broker "$MQTTSN_PORT"
say "MQTTee (pid $PID): MQTT on $HOST:$PORT, MQTT-SN on UDP $MQTTSN_PORT; $CLIENTS publishers"

mkdir -p "$(dirname "$RESULTS")"
: > "$RESULTS"

run_one() { # scenario qos
  local line
  # shellcheck disable=SC2086
  line="$(java $JAVA_OPTS -cp "$JAR" io.mqttee.bench.LoadGenerator --host "$HOST" --port "$PORT" \
      --mqttsn-port "$MQTTSN_PORT" --scenario "$1" --qos "$2" --clients "$CLIENTS" \
      --warmup "$WARMUP" --duration "$DURATION" --broker-pid "$PID" --clk-tck "$CLK_TCK" \
      --label mqttee 2>&1 | grep '^RESULT' | tail -n 1)" || true
  [ -n "$line" ] || line="RESULT scenario=$1 broker=mqttee qos=$2 error=no_result"
  echo "$line" | tee -a "$RESULTS" >&2
}

for qos in $QOS; do
  for round in $(seq "$ROUNDS"); do
    order="mqttsn-fanin fanin"
    # alternate who goes first, so a drift in machine load does not favour one scenario
    [ $((round % 2)) -eq 0 ] && order="fanin mqttsn-fanin"
    for scenario in $order; do
      say "round $round/$ROUNDS $scenario qos=$qos"
      run_one "$scenario" "$qos"
    done
  done
done

say "raw results in $RESULTS"
# the shared helpers (field, median) in front of this script's program
awk "$(cat "$ROOT/bench/result-fields.awk")"'
/^RESULT/ {
  k = field($0, "scenario") " qos " field($0, "qos")
  if (!(k in seen)) { seen[k] = 1; order[++count] = k }
  if (field($0, "error") != "") { errors[k]++; next }
  rates[k] = rates[k] " " sprintf("%.0f", field($0, "rate"))
  cpu[k] = cpu[k] " " field($0, "broker_cpu_us_per_msg")
  gen[k] = gen[k] " " field($0, "gen_cpu_us_per_msg")
  lost[k] += field($0, "lost"); unacked[k] += field($0, "unacked"); runs[k]++
}
END {
  print "| scenario | msgs/s received, median (rounds) | broker CPU us/msg | generator CPU us/msg | lost | unacked | runs |"
  print "| --- | --- | --- | --- | --- | --- | --- |"
  for (i = 1; i <= count; i++) {
    k = order[i]
    printf "| %s | %.0f (%s) | %.1f | %.1f | %d | %d | %d%s |\n", k, median(rates[k]), substr(rates[k], 2), median(cpu[k]), median(gen[k]), lost[k], unacked[k], runs[k] + 0, errors[k] ? " (" errors[k] " failed)" : ""
  }
}
' "$RESULTS"
