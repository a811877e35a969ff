#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# ./mqttee --cluster: three MQTTee nodes on this machine, one cluster, each a Payara Server domain
# of its own under runtime/cluster (node1..node3, port blocks 11800, 21800, 31800: MQTT on 11883,
# 21883 and 31883, the data grid on 11802, 21802 and 31802, the console on 11880, 21880, 31880).
# Follows the three server logs until Ctrl-C, then stops the three domains.
set -euo pipefail

ASADMIN="$1"
API_JAR="$2"
EAR="$3"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DOMAINS="$ROOT/runtime/cluster"
JTA_PLATFORM=org.hibernate.engine.transaction.jta.platform.internal.SunOneJtaPlatform
NODES=(1 2 3)

say() { printf 'mqttee cluster: %s\n' "$*"; }
base() { echo $(( $1 * 10000 + 1800 )); }
admin() { "$ASADMIN" --host localhost --port $(( $(base "$1") + 48 )) --interactive=false "${@:2}"; }

# asadmin separates properties with ':' and name from value with '='; escape both in values
escape() { printf '%s' "$1" | sed 's/\([\\:="'"'"']\)/\\\1/g'; }

MEMBERS="127.0.0.1:$(( $(base 1) + 2 )),127.0.0.1:$(( $(base 2) + 2 )),127.0.0.1:$(( $(base 3) + 2 ))"

stop_all() {
  trap - INT TERM EXIT
  for n in "${NODES[@]}"; do
    say "stopping node$n"
    admin "$n" undeploy mqttee >/dev/null 2>&1 || true
    "$ASADMIN" stop-domain --domaindir "$DOMAINS" "node$n" >/dev/null 2>&1 || true
  done
}
trap stop_all EXIT
trap 'stop_all; exit 130' INT TERM

mkdir -p "$DOMAINS"
for n in "${NODES[@]}"; do
  name="node$n"
  if [ ! -d "$DOMAINS/$name" ]; then
    say "creating domain $name (port block $(base "$n"))"
    "$ASADMIN" create-domain --nopassword=true --checkports=false --portbase "$(base "$n")" \
      --domaindir "$DOMAINS" "$name" >/dev/null
  fi
  cp "$API_JAR" "$DOMAINS/$name/lib/mqttee-api.jar"
  if ! "$ASADMIN" list-domains --domaindir "$DOMAINS" | grep -q "^$name running"; then
    say "starting $name"
    "$ASADMIN" start-domain --domaindir "$DOMAINS" "$name" >/dev/null
  fi
  properties=(
    "hibernate.transaction.jta.platform=$JTA_PLATFORM"
    "mqttee.tcp.port=$(( $(base "$n") + 83 ))"
    "mqttee.tls.port=-1" "mqttee.ws.port=-1" "mqttee.mqttsn.port=-1"
    "mqttee.lwm2m.port=-1" "mqttee.lwm2m.dtls-port=-1"
    "mqttee.acl.file=$(escape "$ROOT/config/mqttee.acl")"
    "mqttee.cluster.enabled=true" "mqttee.cluster.bind=127.0.0.1"
    "mqttee.cluster.port=$(( $(base "$n") + 2 ))"
    "mqttee.cluster.members=$(escape "$MEMBERS")"
  )
  admin "$n" create-system-properties --target server "$(IFS=:; echo "${properties[*]}")" >/dev/null
  # Payara's own data grid serves Payara's clustering, not MQTTee's
  admin "$n" set-hazelcast-configuration --enabled=false --dynamic=true >/dev/null
  say "deploying on $name"
  admin "$n" deploy --force --name mqttee "$EAR" >/dev/null
done

cat <<INFO
mqttee cluster: three nodes are running, one cluster
  node1  MQTT 127.0.0.1:11883   console http://localhost:11880/console/   grid 11802
  node2  MQTT 127.0.0.1:21883   console http://localhost:21880/console/   grid 21802
  node3  MQTT 127.0.0.1:31883   console http://localhost:31880/console/   grid 31802
  e.g. mosquitto_sub -p 11883 -t 'demo/#' and mosquitto_pub -p 31883 -t demo/1 -m hello
  logs   $DOMAINS/node*/logs/server.log
  Ctrl-C stops the three nodes.
INFO

tail -n 0 -F "$DOMAINS"/node*/logs/server.log
