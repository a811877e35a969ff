# SPDX-License-Identifier: Apache-2.0
# Sourced by the benchmarks that run against a running server (run-mqttsn.sh, run-lwm2m.sh,
# run-enterprise.sh): the steps they share before their rounds. Expects ROOT, HOST, PORT and JAR to be set.

CLK_TCK="$(getconf CLK_TCK)"

say() { printf 'bench: %s\n' "$*" >&2; }

case "$HOST" in
  127.*|localhost|::1) ;;
  *) say "only loopback targets are allowed, not $HOST"; exit 2 ;;
esac

if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/bench/src/main" "$ROOT/bench/pom.xml" -newer "$JAR" | head -n 1)" ]; then
  say "building $JAR"
  (cd "$ROOT" && mvn -B -q -am package -pl bench -DskipTests)
fi

# Sets PID to the broker's process: the one listening on $HOST:$PORT (MQTT), which must also own
# the gateway's UDP port $1.
find_broker() {
  local udp_pid
  PID="$(ss -ltnpH "sport = :$PORT" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)"
  if [ -z "$PID" ]; then
    say "nothing listens on $HOST:$PORT: start MQTTee first (./mqttee)"
    exit 1
  fi
  udp_pid="$(ss -lunpH "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)"
  if [ "$udp_pid" != "$PID" ]; then
    say "UDP port $1 belongs to pid ${udp_pid:-none}, not to MQTTee's pid $PID"
    exit 1
  fi
}
