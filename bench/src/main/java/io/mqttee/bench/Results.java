// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench;

import io.mqttee.bench.load.Measurement;
import io.mqttee.bench.load.RunPlan;
import io.mqttee.bench.stats.LatencyRecorder;
import io.mqttee.bench.stats.ResultLine;

/**
 * Builds the {@code RESULT} line of a run; {@code rate} is deliveries per second. {@code
 * persistent=1} follows {@code qos} when the subscribers kept a persistent session; {@code
 * duplicates} is left out when the payload is too short to tell messages apart.
 */
final class Results {

  private Results() {}

  static ResultLine line(String scenario, String broker, RunPlan plan, Measurement m) {
    ResultLine line =
        new ResultLine()
            .put("scenario", scenario)
            .put("broker", broker)
            .put("transport", plan.transport());
    if (plan.mqttSnGateway() != null) {
      line.put("publishers_over", "mqtt-sn");
    }
    line.put("mqtt", plan.version().isMqtt5() ? "5" : "3.1.1").put("qos", plan.qos().value());
    if (plan.persistentSubscribers()) {
      line.put("persistent", 1);
    }
    line.put("publishers", plan.publishers())
        .put("subscribers", plan.subscribers())
        .put("payload", plan.payloadBytes())
        .put("flow_window", plan.window())
        .put("inflight", plan.qos().value() == 0 ? 0 : plan.inFlightPerPublisher())
        .put("paced_rate", plan.ratePerSecond())
        .put("window_s", m.windowNanos() / 1e9)
        .put("published", m.published())
        .put("delivered", m.delivered())
        .put("rate", m.deliveredPerSecond())
        .put("publish_rate", m.publishedPerSecond())
        .put("lost", m.lost());
    if (m.duplicates() >= 0) {
      line.put("duplicates", m.duplicates());
    }
    line.put("unacked", m.unacked()).put("stalls", m.stalls());
    if (m.delivered() > 0) {
      if (m.brokerCpuNanos() >= 0) {
        line.put("broker_cpu_us_per_msg", m.brokerCpuNanos() / 1e3 / m.delivered());
      }
      line.put("gen_cpu_us_per_msg", m.generatorCpuNanos() / 1e3 / m.delivered());
    }
    long[] lat = m.latencyNanos();
    if (lat.length > 0) {
      line.put("samples", lat.length)
          .put("p50_us", LatencyRecorder.percentile(lat, 0.50) / 1e3)
          .put("p99_us", LatencyRecorder.percentile(lat, 0.99) / 1e3)
          .put("p999_us", LatencyRecorder.percentile(lat, 0.999) / 1e3)
          .put("max_us", lat[lat.length - 1] / 1e3);
    }
    return line;
  }
}
