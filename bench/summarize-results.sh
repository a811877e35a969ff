#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Summarizes RESULT lines (from run-vs-mosquitto.sh) as a Markdown table: per scenario and broker
# the median over rounds, and the ratio MQTTee/mosquitto checked against the target.
#
#   bench/summarize-results.sh results.txt [more-results.txt ...]
#
# A row is a scenario, its QoS and, for runs with persistent subscribers (persistent=1), the word
# "persistent"; they have no target of their own (mosquitto keeps its sessions in memory). MQTTee is
# every broker label starting with "mqttee": a label such as mqttee-h2 (DB_LABEL of
# run-vs-mosquitto.sh) gets a row of its own, against the same mosquitto runs. Below the table, a
# line per row and broker whose runs lost, duplicated, left unacknowledged or stalled a message.
set -euo pipefail

# the shared helpers (field, median) in front of this script's program
awk "$(cat "$(dirname "$0")/result-fields.awk")"'
function add(key, value) {
  if (value == "") return
  values[key] = (key in values) ? values[key] " " value : value
}
function fmt(v) { return v == "" ? "-" : sprintf("%.1f", v) }
function trouble(s, b,    k, t) {
  k = s SUBSEP b
  t = ""
  if (lost[k] + 0 != 0) t = t ", lost " lost[k]
  if (dups[k] + 0 != 0) t = t ", duplicates " dups[k]
  if (unacked[k] + 0 != 0) t = t ", unacked " unacked[k]
  if (stalls[k] + 0 != 0) t = t ", stalls " stalls[k]
  if (t != "") {
    print "- " s ", " b ": " substr(t, 3) " (" (n[k] + 0) " runs)"
    troubles++
  }
}
/^RESULT/ {
  s = field($0, "scenario") " qos " field($0, "qos") (field($0, "persistent") == "1" ? " persistent" : "")
  b = field($0, "broker")
  if (b !~ /^mqttee/ && b != "mosquitto") next
  if (!(s in seen)) { seen[s] = 1; order[++count] = s }
  if (b ~ /^mqttee/ && !((s SUBSEP b) in variant)) { variant[s SUBSEP b] = 1; variants[s] = variants[s] " " b }
  if (field($0, "error") != "") { errors[s SUBSEP b]++; next }
  metric = (field($0, "scenario") == "latency") ? field($0, "p99_us") : field($0, "rate")
  add(s SUBSEP b SUBSEP "m", metric)
  add(s SUBSEP b SUBSEP "p50", field($0, "p50_us"))
  add(s SUBSEP b SUBSEP "cpu", field($0, "broker_cpu_us_per_msg"))
  lost[s SUBSEP b] += field($0, "lost")
  dups[s SUBSEP b] += field($0, "duplicates")
  unacked[s SUBSEP b] += field($0, "unacked")
  stalls[s SUBSEP b] += field($0, "stalls")
  n[s SUBSEP b]++
}
END {
  print "| scenario | metric | MQTTee | mosquitto | MQTTee/mosquitto | target | met | broker CPU us/msg (MQTTee / mosquitto) | runs |"
  print "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  for (i = 1; i <= count; i++) {
    s = order[i]
    nv = split(variants[s], names, " ")
    if (nv == 0) { nv = 1; names[1] = "mqttee" }
    for (v = 1; v <= nv; v++) row(s, names[v])
  }
  print ""
  for (i = 1; i <= count; i++) {
    s = order[i]
    nv = split(variants[s], names, " ")
    for (v = 1; v <= nv; v++) trouble(s, names[v])
    trouble(s, "mosquitto")
  }
  if (troubles == 0) print "No run lost, duplicated, left unacknowledged or stalled a message."
}
function row(s, b,    latency, persistent, mq, mo, target, limit, metric, ratio, met, cpu, runs, e, label) {
  latency = (s ~ /^latency/)
  persistent = (s ~ / persistent$/)
  mq = median(values[s SUBSEP b SUBSEP "m"])
  mo = median(values[s SUBSEP "mosquitto" SUBSEP "m"])
  if (latency) { target = "<= 2.0"; limit = 2.0; metric = "p99 us" }
  else if (s ~ /qos 1/) { target = ">= 0.8"; limit = 0.8; metric = (s ~ /^fanout/) ? "deliveries/s" : "msgs/s" }
  else { target = ">= 1.0"; limit = 1.0; metric = (s ~ /^fanout/) ? "deliveries/s" : "msgs/s" }
  ratio = (mq != "" && mo != "" && mo > 0) ? mq / mo : ""
  met = (ratio == "") ? "pending" : ((latency ? ratio <= limit : ratio >= limit) ? "yes" : "no")
  if (persistent) { target = "-"; met = (ratio == "") ? "pending" : "-" }
  if (latency) {
    mq = (mq == "") ? "pending" : sprintf("%.0f (p50 %.0f)", mq, median(values[s SUBSEP b SUBSEP "p50"]))
    mo = (mo == "") ? "pending" : sprintf("%.0f (p50 %.0f)", mo, median(values[s SUBSEP "mosquitto" SUBSEP "p50"]))
  } else {
    mq = (mq == "") ? "pending" : sprintf("%.0f", mq)
    mo = (mo == "") ? "pending" : sprintf("%.0f", mo)
  }
  cpu = fmt(median(values[s SUBSEP b SUBSEP "cpu"])) " / " fmt(median(values[s SUBSEP "mosquitto" SUBSEP "cpu"]))
  runs = (n[s SUBSEP b] + 0) "+" (n[s SUBSEP "mosquitto"] + 0)
  e = errors[s SUBSEP b] + errors[s SUBSEP "mosquitto"]
  if (e > 0) runs = runs " (" e " failed)"
  label = (b == "mqttee") ? s : s " (" b ")"
  printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", label, metric, mq, mo, (ratio == "") ? "pending" : sprintf("%.2f", ratio), target, met, cpu, runs
}
' "$@"
