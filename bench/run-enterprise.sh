#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Measures MQTTee's enterprise integration on the running ./mqttee server: deploys the bench
# application (bench/app) beside the broker, then per round MQTT publishers send MESSAGES messages
# into its plain bean and into its transacted bean (messages per second until the bean counted the
# last), and the application publishes MESSAGES messages through its connection factory to one MQTT
# subscriber (messages per second until the subscriber got the last). Prints the medians.
#
#   bench/run-enterprise.sh [MQTTEE_HOST:PORT]        (MQTT at 127.0.0.1:1883 by default)
#
# Settings, as environment variables: HTTP_PORT (8080), MESSAGES (20000), PUBLISHERS (4), QOS (1),
# ROUNDS (3), JAVA_OPTS, RESULTS (file for the RESULT lines). mosquitto has no counterpart to
# application beans, so there is no side-by-side run here; run-vs-mosquitto.sh covers MQTT.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET="${1:-127.0.0.1:1883}"
HOST="${TARGET%:*}"
PORT="${TARGET##*:}"
HTTP_PORT="${HTTP_PORT:-8080}"
MESSAGES="${MESSAGES:-20000}"
PUBLISHERS="${PUBLISHERS:-4}"
QOS="${QOS:-1}"
ROUNDS="${ROUNDS:-3}"
JAVA_OPTS="${JAVA_OPTS:--Xms512m -Xmx512m}"
JAR="$ROOT/bench/target/mqttee-bench.jar"
WAR="$ROOT/bench/app/target/bench-app.war"
ASADMIN="$ROOT/runtime/payara/payara6/bin/asadmin"
RESULTS="${RESULTS:-$ROOT/bench/target/enterprise-results-$(date -u +%Y%m%dT%H%M%SZ).txt}"
# shellcheck source=bench/gateway-common.sh
. "$ROOT/bench/gateway-common.sh"
if [ ! -f "$WAR" ] || [ -n "$(find "$ROOT/bench/app/src" -newer "$WAR" | head -n 1)" ]; then
  say "building $WAR"
  (cd "$ROOT" && mvn -B -q -am package -pl bench/app -DskipTests)
fi
if ! ss -ltnH "sport = :$PORT" | grep -q .; then
  say "nothing listens on $HOST:$PORT: start MQTTee first (./mqttee)"
  exit 1
fi

say "deploying the bench application"
"$ASADMIN" deploy --force --name bench-app "$WAR" >&2
trap '"$ASADMIN" undeploy bench-app >/dev/null 2>&1 || true' EXIT

mkdir -p "$(dirname "$RESULTS")"
: > "$RESULTS"
for round in $(seq "$ROUNDS"); do
  say "round $round/$ROUNDS: $MESSAGES messages, $PUBLISHERS publishers, QoS $QOS"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -cp "$JAR" io.mqttee.bench.enterprise.EnterpriseBench --host "$HOST" \
      --port "$PORT" --http-port "$HTTP_PORT" --messages "$MESSAGES" --publishers "$PUBLISHERS" \
      --qos "$QOS" 2>&1 | grep '^RESULT' | tee -a "$RESULTS" >&2 || true
done
say "raw results in $RESULTS"

median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
echo "| path (QoS $QOS, $PUBLISHERS publishers or threads, $MESSAGES messages of 64 B) | messages/s (median of $ROUNDS) | failed runs | delivered to the QoS 0 subscriber (median) |"
echo "| --- | --- | --- | --- |"
for scenario in mdb-plain mdb-tx factory; do
  lines="$(grep " scenario=$scenario " "$RESULTS" || true)"
  printf '| %s | %s | %s | %s |\n' "$scenario" \
    "$(printf '%s\n' "$lines" | grep -v ' error=' | sed -n 's/.* rate=\([^ ]*\).*/\1/p' | median)" \
    "$(printf '%s\n' "$lines" | grep -c ' error=' || true)" \
    "$(printf '%s\n' "$lines" | sed -n 's/.* delivered=\([^ ]*\).*/\1/p' | median)"
done
