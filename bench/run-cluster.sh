#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Cross-node against same-node, in one run: the publishers always connect to one node of a running
# cluster (./mqttee --cluster), the subscribers in alternating rounds to the same node and to
# another node, so every message of a cross-node round travels between the two. Prints per
# scenario the median of each placement and the ratio cross/same (throughput for fan-in and
# fan-out, p50 and p99 latency for latency).
#
#   bench/run-cluster.sh [PUBLISHER_PORT [OTHER_NODE_PORT]]    (default 11883 21883)
#
# Then session take-over, same node against another node (io.mqttee.bench.cluster.TakeoverTimer):
# a persistent client reconnects with TAKEOVER_QUEUED messages queued for it, and a client connects
# while its old connection is still open; TAKEOVER_ROUNDS rounds each (0 leaves it out).
#
# Settings as environment variables: ROUNDS (3), WARMUP (3 s), DURATION (10 s), SCENARIOS
# (fanin:0 fanin:1 fanout:0 latency:0 latency:1), MQTT (4 or 5), TAKEOVER_ROUNDS (30),
# TAKEOVER_QUEUED (100), JAVA_OPTS, RESULTS.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SAME="${1:-11883}"
OTHER="${2:-21883}"
ROUNDS="${ROUNDS:-3}"
WARMUP="${WARMUP:-3}"
DURATION="${DURATION:-10}"
MQTT="${MQTT:-4}"
SCENARIOS="${SCENARIOS:-fanin:0 fanin:1 fanout:0 latency:0 latency:1}"
JAVA_OPTS="${JAVA_OPTS:--Xms512m -Xmx512m}"
TAKEOVER_ROUNDS="${TAKEOVER_ROUNDS:-30}"
TAKEOVER_QUEUED="${TAKEOVER_QUEUED:-100}"
JAR="$ROOT/bench/target/mqttee-bench.jar"
RESULTS="${RESULTS:-$ROOT/bench/target/cluster-results-$(date -u +%Y%m%dT%H%M%SZ).txt}"

say() { printf 'bench: %s\n' "$*" >&2; }

if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/bench/src/main" "$ROOT/bench/pom.xml" -newer "$JAR" | head -n 1)" ]; then
  say "building $JAR"
  (cd "$ROOT" && mvn -B -q -am package -pl bench -DskipTests)
fi
for port in "$SAME" "$OTHER"; do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    say "nothing listens on 127.0.0.1:$port; start the cluster with ./mqttee --cluster"
    exit 2
  fi
done
mkdir -p "$(dirname "$RESULTS")"
: > "$RESULTS"

run_one() { # placement scenario qos
  local placement="$1" scenario="$2" qos="$3" subscriber_port line
  subscriber_port="$SAME"
  [ "$placement" = cross-node ] && subscriber_port="$OTHER"
  # shellcheck disable=SC2086
  line="$(java $JAVA_OPTS -cp "$JAR" io.mqttee.bench.LoadGenerator --host 127.0.0.1 \
      --port "$SAME" --subscriber-port "$subscriber_port" --scenario "$scenario" --qos "$qos" \
      --mqtt "$MQTT" --warmup "$WARMUP" --duration "$DURATION" --label "$placement" 2>&1 \
      | grep '^RESULT' | tail -n 1)" || true
  [ -n "$line" ] || line="RESULT scenario=$scenario broker=$placement qos=$qos error=no_result"
  echo "$line" | tee -a "$RESULTS" >&2
}

for pair in $SCENARIOS; do
  scenario="${pair%:*}" qos="${pair#*:}"
  for round in $(seq "$ROUNDS"); do
    order="same-node cross-node"
    [ $((round % 2)) -eq 0 ] && order="cross-node same-node"
    for placement in $order; do
      say "round $round/$ROUNDS $scenario qos=$qos $placement"
      run_one "$placement" "$scenario" "$qos"
    done
  done
done

if [ "$TAKEOVER_ROUNDS" -gt 0 ]; then
  for placement in same-node cross-node; do
    to_port="$SAME"
    [ "$placement" = cross-node ] && to_port="$OTHER"
    say "take-over, $placement"
    # shellcheck disable=SC2086
    line="$(java $JAVA_OPTS -cp "$JAR" io.mqttee.bench.cluster.TakeoverTimer --host 127.0.0.1 \
        --port "$SAME" --to-port "$to_port" --rounds "$TAKEOVER_ROUNDS" \
        --queued "$TAKEOVER_QUEUED" --label "$placement" 2>&1 | grep '^RESULT' | tail -n 1)" || true
    [ -n "$line" ] || line="RESULT scenario=takeover broker=$placement error=no_result"
    echo "$line" | tee -a "$RESULTS" >&2
  done
fi

say "raw results in $RESULTS"
# the shared helpers (field, median) in front of this script's program
awk "$(cat "$ROOT/bench/result-fields.awk")"'
function add(key, value) { if (value != "") values[key] = (key in values) ? values[key] " " value : value }
/^RESULT/ && field($0, "scenario") == "takeover" {
  p = field($0, "broker")
  if (field($0, "error") != "") { errors++; next }
  for (k = 1; k <= 6; k++) {
    split("connack_p50_ms connack_p99_ms queue_p50_ms queue_p99_ms live_p50_ms live_p99_ms", keys, " ")
    takeover[p SUBSEP keys[k]] = field($0, keys[k])
  }
  queued = field($0, "queued"); next
}
/^RESULT/ {
  s = field($0, "scenario") " qos " field($0, "qos")
  p = field($0, "broker")
  if (!(s in seen)) { seen[s] = 1; order[++count] = s }
  if (field($0, "error") != "") { errors++; next }
  add(s SUBSEP p SUBSEP "rate", field($0, "rate"))
  add(s SUBSEP p SUBSEP "p50", field($0, "p50_us"))
  add(s SUBSEP p SUBSEP "p99", field($0, "p99_us"))
  lost += field($0, "lost"); dups += field($0, "duplicates")
}
END {
  print "| scenario | same node | cross node | cross / same |"
  print "| --- | --- | --- | --- |"
  for (i = 1; i <= count; i++) {
    s = order[i]
    if (s ~ /^latency/) {
      for (q = 1; q <= 2; q++) {
        m = (q == 1) ? "p50" : "p99"
        a = median(values[s SUBSEP "same-node" SUBSEP m]); b = median(values[s SUBSEP "cross-node" SUBSEP m])
        printf "| %s %s (µs) | %s | %s | %s |\n", s, m, a, b, (a > 0 && b != "") ? sprintf("%.2f", b / a) : "-"
      }
    } else {
      a = median(values[s SUBSEP "same-node" SUBSEP "rate"]); b = median(values[s SUBSEP "cross-node" SUBSEP "rate"])
      printf "| %s (msgs/s) | %.0f | %.0f | %s |\n", s, a, b, (a > 0 && b != "") ? sprintf("%.2f", b / a) : "-"
    }
  }
  if (queued != "") {
    print ""
    print "| take-over (ms) | same node | cross node | cross / same |"
    print "| --- | --- | --- | --- |"
    split("connack_p50_ms connack_p99_ms queue_p50_ms queue_p99_ms live_p50_ms live_p99_ms", keys, " ")
    split("offline, CONNACK p50|offline, CONNACK p99|offline, " queued " queued received p50|offline, " queued " queued received p99|old connection open, CONNACK p50|old connection open, CONNACK p99", names, "|")
    for (k = 1; k <= 6; k++) {
      a = takeover["same-node" SUBSEP keys[k]]; b = takeover["cross-node" SUBSEP keys[k]]
      printf "| %s | %s | %s | %s |\n", names[k], a, b, (a > 0 && b != "") ? sprintf("%.2f", b / a) : "-"
    }
  }
  printf "\nlost %d, duplicates %d, runs without a result %d\n", lost, dups, errors
}' "$RESULTS"
