#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Summarizes RESULT lines (from run-vs-mosquitto.sh) as a Markdown table: per scenario and broker
# the median over rounds, and the ratio MQTTee/mosquitto checked against the target.
#
#   bench/summarize-results.sh results.txt
set -euo pipefail

awk '
function field(line, key,    n, i, parts, kv) {
  n = split(line, parts, " ")
  for (i = 2; i <= n; i++) {
    split(parts[i], kv, "=")
    if (kv[1] == key) return kv[2]
  }
  return ""
}
function median(list,    n, i, j, v, t) {
  n = split(list, v, " ")
  if (n == 0) return ""
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
  return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
}
function add(key, value) {
  if (value == "") return
  values[key] = (key in values) ? values[key] " " value : value
}
function fmt(v) { return v == "" ? "-" : sprintf("%.1f", v) }
/^RESULT/ {
  s = field($0, "scenario") " qos " field($0, "qos")
  b = field($0, "broker")
  if (!(s in seen)) { seen[s] = 1; order[++count] = s }
  if (field($0, "error") != "") { errors[s SUBSEP b]++; next }
  metric = (field($0, "scenario") == "latency") ? field($0, "p99_us") : field($0, "rate")
  add(s SUBSEP b SUBSEP "m", metric)
  add(s SUBSEP b SUBSEP "p50", field($0, "p50_us"))
  add(s SUBSEP b SUBSEP "cpu", field($0, "broker_cpu_us_per_msg"))
  n[s SUBSEP b]++
}
END {
  print "| scenario | metric | MQTTee | mosquitto | MQTTee/mosquitto | target | met | broker CPU us/msg (MQTTee / mosquitto) | runs |"
  print "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  for (i = 1; i <= count; i++) {
    s = order[i]
    latency = (s ~ /^latency/)
    mq = median(values[s SUBSEP "mqttee" SUBSEP "m"])
    mo = median(values[s SUBSEP "mosquitto" SUBSEP "m"])
    if (latency) { target = "<= 2.0"; limit = 2.0; metric = "p99 us" }
    else if (s ~ /qos 1/) { target = ">= 0.8"; limit = 0.8; metric = (s ~ /^fanout/) ? "deliveries/s" : "msgs/s" }
    else { target = ">= 1.0"; limit = 1.0; metric = (s ~ /^fanout/) ? "deliveries/s" : "msgs/s" }
    ratio = (mq != "" && mo != "" && mo > 0) ? mq / mo : ""
    met = (ratio == "") ? "pending" : ((latency ? ratio <= limit : ratio >= limit) ? "yes" : "no")
    if (latency) {
      mq = (mq == "") ? "pending" : sprintf("%.0f (p50 %.0f)", mq, median(values[s SUBSEP "mqttee" SUBSEP "p50"]))
      mo = (mo == "") ? "pending" : sprintf("%.0f (p50 %.0f)", mo, median(values[s SUBSEP "mosquitto" SUBSEP "p50"]))
    } else {
      mq = (mq == "") ? "pending" : sprintf("%.0f", mq)
      mo = (mo == "") ? "pending" : sprintf("%.0f", mo)
    }
    cpu = fmt(median(values[s SUBSEP "mqttee" SUBSEP "cpu"])) " / " fmt(median(values[s SUBSEP "mosquitto" SUBSEP "cpu"]))
    runs = (n[s SUBSEP "mqttee"] + 0) "+" (n[s SUBSEP "mosquitto"] + 0)
    e = errors[s SUBSEP "mqttee"] + errors[s SUBSEP "mosquitto"]
    if (e > 0) runs = runs " (" e " failed)"
    printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", s, metric, mq, mo, (ratio == "") ? "pending" : sprintf("%.2f", ratio), target, met, cpu, runs
  }
}
' "$1"
