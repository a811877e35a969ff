#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the bench scenarios against MQTTee and a local mosquitto in alternating rounds and prints,
# per scenario, the median of each broker and the ratio MQTTee/mosquitto.
#
#   bench/run-vs-mosquitto.sh [MQTTEE_HOST:PORT]        (default 127.0.0.1:1883)
#   TRANSPORT=ws bench/run-vs-mosquitto.sh               (MQTT over WebSocket, see below)
#   PERSISTENT=1 DB_LABEL=h2 SCENARIOS="fanin:1" bench/run-vs-mosquitto.sh   (durable fan-in)
#
# MQTTee must already be running (./mqttee at the repository root). When nothing listens on its
# port the script measures mosquitto alone and marks MQTTee "pending". Settings, as environment
# variables: ROUNDS (3), WARMUP (3 s), DURATION (10 s), SCENARIOS (see below), MQTT (4 for
# 3.1.1, or 5), MOSQUITTO (/usr/sbin/mosquitto), JAVA_OPTS, RESULTS (file for the RESULT lines).
# PERSISTENT=1 gives the subscribers of both brokers a persistent session (--persistent-subscriber:
# Clean Session 0, over MQTT 5 a Session Expiry Interval), discarded again at the end of each run;
# mosquitto keeps it in memory (persistence false), MQTTee in its database. DB_LABEL (e.g. h2,
# postgresql) names that database: MQTTee's RESULT lines then say broker=mqttee-DB_LABEL, so the
# results of runs against differently configured MQTTees can be told apart.
# TRANSPORT=ws measures MQTT over WebSocket instead: MQTTee at MQTTEE_WS (127.0.0.1:8083, the
# resource adapter's WebSocket listener; 127.0.0.1:8080 is the application's endpoint on the
# HTTP listener) and path WS_PATH (/mqtt), mosquitto on its websockets listener.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TRANSPORT="${TRANSPORT:-tcp}"
WS_PATH="${WS_PATH:-/mqtt}"
case "$TRANSPORT" in
  tcp) TARGET="${1:-127.0.0.1:1883}" ;;
  ws) TARGET="${MQTTEE_WS:-127.0.0.1:8083}" ;;
  *) printf 'bench: TRANSPORT must be tcp or ws, not %s\n' "$TRANSPORT" >&2; exit 2 ;;
esac
MQTTEE_HOST="${TARGET%:*}"
MQTTEE_PORT="${TARGET##*:}"
ROUNDS="${ROUNDS:-3}"
WARMUP="${WARMUP:-3}"
DURATION="${DURATION:-10}"
MQTT="${MQTT:-4}"
PERSISTENT="${PERSISTENT:-0}"
DB_LABEL="${DB_LABEL:-}"
# scenario:qos pairs; targets per scenario are in docs/benchmarks.md
SCENARIOS="${SCENARIOS:-fanin:0 fanin:1 fanout:0 latency:0 latency:1}"
MOSQUITTO="${MOSQUITTO:-/usr/sbin/mosquitto}"
JAVA_OPTS="${JAVA_OPTS:--Xms512m -Xmx512m}"
JAR="$ROOT/bench/target/mqttee-bench.jar"
WORK="$(mktemp -d /tmp/mqttee-bench.XXXXXX)"
RESULTS="${RESULTS:-$ROOT/bench/target/results-$(date -u +%Y%m%dT%H%M%SZ).txt}"
CLK_TCK="$(getconf CLK_TCK)"

say() { printf 'bench: %s\n' "$*" >&2; }

case "$MQTTEE_HOST" in
  127.*|localhost|::1) ;;
  *) say "only loopback targets are allowed, not $MQTTEE_HOST"; exit 2 ;;
esac
case "$PERSISTENT" in
  0|1) ;;
  *) say "PERSISTENT must be 0 or 1, not $PERSISTENT"; exit 2 ;;
esac
if [[ ! "$DB_LABEL" =~ ^[A-Za-z0-9._]*$ ]]; then
  say "DB_LABEL may hold letters, digits, dots and underscores only, not $DB_LABEL"
  exit 2
fi
MQTTEE_LABEL="mqttee${DB_LABEL:+-$DB_LABEL}"
PERSISTENT_ARGS=()
PERSISTENT_WORD=""
if [ "$PERSISTENT" = 1 ]; then
  PERSISTENT_ARGS=(--persistent-subscriber)
  PERSISTENT_WORD=" persistent=1"
fi

if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/bench/src/main" "$ROOT/bench/pom.xml" -newer "$JAR" | head -n 1)" ]; then
  say "building $JAR"
  # -am: the protocol module comes from the reactor, not from a local repository
  (cd "$ROOT" && mvn -B -q -am package -pl bench -DskipTests)
fi

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

listener_pid() {
  ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1
}

MOSQ_PORT="$(free_port)"
MOSQ_WS_PORT="$(free_port)"
# without socket_domain the websockets listener of mosquitto 2.0.11 ignores its bind address
cat > "$WORK/mosquitto.conf" <<EOF
listener $MOSQ_PORT 127.0.0.1
listener $MOSQ_WS_PORT 127.0.0.1
socket_domain ipv4
protocol websockets
allow_anonymous true
persistence false
max_queued_messages 1000000
max_inflight_messages 32
log_dest none
EOF
"$MOSQUITTO" -c "$WORK/mosquitto.conf" > "$WORK/mosquitto.log" 2>&1 &
MOSQ_PID=$!
cleanup() {
  kill "$MOSQ_PID" 2>/dev/null || true
  wait "$MOSQ_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
for _ in $(seq 50); do
  [ -n "$(listener_pid "$MOSQ_PORT")" ] && [ -n "$(listener_pid "$MOSQ_WS_PORT")" ] && break
  sleep 0.1
done
say "mosquitto $("$MOSQUITTO" -h 2>/dev/null | sed -n 's/^mosquitto version //p' | head -n 1) on 127.0.0.1:$MOSQ_PORT, websockets on 127.0.0.1:$MOSQ_WS_PORT (pid $MOSQ_PID)"

MQTTEE_PID="$(listener_pid "$MQTTEE_PORT")"
if [ -z "$MQTTEE_PID" ]; then
  say "nothing listens on $MQTTEE_HOST:$MQTTEE_PORT: measuring mosquitto only, MQTTee pending"
  BROKERS="mosquitto"
else
  say "MQTTee ($MQTTEE_LABEL) on $MQTTEE_HOST:$MQTTEE_PORT over $TRANSPORT (pid $MQTTEE_PID)"
  BROKERS="mqttee mosquitto"
fi

mkdir -p "$(dirname "$RESULTS")"
: > "$RESULTS"

run_one() { # broker scenario qos
  local broker="$1" scenario="$2" qos="$3" host port pid line label="$1" transport=()
  if [ "$broker" = mqttee ]; then
    host="$MQTTEE_HOST" port="$MQTTEE_PORT" pid="$MQTTEE_PID" label="$MQTTEE_LABEL"
  elif [ "$TRANSPORT" = ws ]; then
    host=127.0.0.1 port="$MOSQ_WS_PORT" pid="$MOSQ_PID"
  else
    host=127.0.0.1 port="$MOSQ_PORT" pid="$MOSQ_PID"
  fi
  [ "$TRANSPORT" = ws ] && transport=(--transport ws --path "$WS_PATH")
  # shellcheck disable=SC2086
  line="$(java $JAVA_OPTS -cp "$JAR" io.mqttee.bench.LoadGenerator "${transport[@]}" \
      "${PERSISTENT_ARGS[@]}" --host "$host" --port "$port" --scenario "$scenario" --qos "$qos" \
      --mqtt "$MQTT" --warmup "$WARMUP" --duration "$DURATION" --broker-pid "$pid" \
      --clk-tck "$CLK_TCK" --label "$label" 2>&1 | grep '^RESULT' | tail -n 1)" || true
  [ -n "$line" ] || line="RESULT scenario=$scenario broker=$label qos=$qos$PERSISTENT_WORD error=no_result"
  echo "$line" | tee -a "$RESULTS" >&2
}

for pair in $SCENARIOS; do
  scenario="${pair%:*}" qos="${pair#*:}"
  for round in $(seq "$ROUNDS"); do
    order="$BROKERS"
    # alternate who goes first, so a drift in machine load does not favour one broker
    if [ $((round % 2)) -eq 0 ] && [ "$BROKERS" = "mqttee mosquitto" ]; then
      order="mosquitto mqttee"
    fi
    for broker in $order; do
      say "round $round/$ROUNDS $scenario qos=$qos$PERSISTENT_WORD $broker"
      run_one "$broker" "$scenario" "$qos"
    done
  done
done

say "raw results in $RESULTS"
"$ROOT/bench/summarize-results.sh" "$RESULTS"
