// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.metrics;

import io.mqttee.broker.admin.MetricsSample;
import java.util.Map;
import java.util.TreeMap;

/**
 * A metrics sample in the Prometheus text exposition format 0.0.4: counters as {@code
 * mqttee_<name>_total}, gauges as {@code mqttee_<name>}, each with HELP and TYPE lines. Rates are
 * left out: Prometheus computes them from the counters.
 */
public final class PrometheusText {
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private static final String PREFIX = "mqttee_";

  private PrometheusText() {}

  public static String of(MetricsSample sample) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Long> counter : new TreeMap<>(sample.counters()).entrySet()) {
      String name = PREFIX + metricName(counter.getKey());
      if (!name.endsWith("_total")) {
        name += "_total";
      }
      family(out, name, "counter", counter.getKey(), counter.getValue());
    }
    for (Map.Entry<String, Long> gauge : new TreeMap<>(sample.gauges()).entrySet()) {
      family(out, PREFIX + metricName(gauge.getKey()), "gauge", gauge.getKey(), gauge.getValue());
    }
    return out.toString();
  }

  private static void family(StringBuilder out, String name, String type, String key, long value) {
    out.append("# HELP ").append(name).append(" MQTTee ").append(type).append(' ');
    out.append(key.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    out.append(name).append(' ').append(value).append('\n');
  }

  /** {@code messages.received} becomes {@code messages_received}: [a-zA-Z0-9_] only. */
  static String metricName(String key) {
    StringBuilder name = new StringBuilder(key.length());
    for (char c : key.toCharArray()) {
      boolean allowed =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      name.append(allowed ? c : '_');
    }
    return name.toString();
  }
}
