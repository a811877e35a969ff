// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench;

import io.mqttee.bench.load.LoadRun;
import io.mqttee.bench.load.Measurement;
import io.mqttee.bench.load.RunPlan;
import io.mqttee.bench.stats.LatencyRecorder;
import io.mqttee.bench.stats.ResultLine;
import java.util.Locale;

/**
 * Runs one scenario against an MQTT broker on this machine and prints a human summary and one
 * {@code RESULT} line. Exit status 0 on success, 1 when the run failed, 2 for a bad command line.
 */
public final class LoadGenerator {

  private static final String USAGE =
      "usage: LoadGenerator --scenario fanin|fanout|latency|mqttsn-fanin [--host 127.0.0.1]"
          + " [--port 1883] [--transport tcp|ws] [--path /mqtt] [--mqttsn-port 1884]"
          + " [--qos 0|1] [--clients N] [--messages N] [--payload BYTES] [--warmup S]"
          + " [--duration S] [--rate MSGS_PER_S] [--window N] [--inflight N] [--mqtt 4|5]"
          + " [--persistent-subscriber] [--broker-pid PID] [--clk-tck HZ] [--label NAME]";

  private LoadGenerator() {}

  public static void main(String[] args) {
    Scenario scenario;
    BenchOptions options;
    RunPlan plan;
    try {
      options = BenchOptions.parse(args);
      scenario = options.scenario();
      plan = scenario.plan(options);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    System.out.println(describe(scenario, plan, options.label()));
    try {
      Measurement m = new LoadRun(plan).execute();
      ResultLine result = Results.line(scenario.label(), options.label(), plan, m);
      printSummary(scenario, m);
      System.out.println(result);
    } catch (Exception e) {
      ResultLine failed =
          new ResultLine()
              .put("scenario", scenario.label())
              .put("broker", options.label())
              .put("transport", plan.transport())
              .put("qos", plan.qos().value());
      if (plan.persistentSubscribers()) {
        failed.put("persistent", 1);
      }
      System.err.println(failed.put("error", oneWord(e)));
      System.exit(1);
    }
  }

  private static String describe(Scenario scenario, RunPlan plan, String label) {
    return String.format(
        Locale.ROOT,
        "%s against %s (%s%s%s): %d publisher(s)%s -> %d %ssubscriber(s), QoS %d, %d-byte payload,"
            + " MQTT %s, %s warm-up, %s measured%s",
        scenario.label(),
        label,
        plan.address(),
        plan.subscriberAddress().equals(plan.address())
            ? ""
            : ", subscribers at " + plan.subscriberAddress(),
        plan.webSocketPath() == null ? "" : ", WebSocket " + plan.webSocketPath(),
        plan.publishers(),
        plan.mqttSnGateway() == null ? "" : " over MQTT-SN to " + plan.mqttSnGateway(),
        plan.subscribers(),
        plan.persistentSubscribers() ? "persistent-session " : "",
        plan.qos().value(),
        plan.payloadBytes(),
        plan.version().isMqtt5() ? "5" : "3.1.1",
        plan.warmup(),
        plan.measure(),
        plan.ratePerSecond() > 0 ? ", paced at " + plan.ratePerSecond() + " msg/s" : "");
  }

  private static void printSummary(Scenario scenario, Measurement m) {
    System.out.printf(
        Locale.ROOT,
        "  %.1f s window: %,.0f %s/s received, %,.0f msgs/s published; lost %d, duplicates %s,"
            + " unacked %d, stalls %d%n",
        m.windowNanos() / 1e9,
        m.deliveredPerSecond(),
        scenario == Scenario.FANOUT ? "deliveries" : "msgs",
        m.publishedPerSecond(),
        m.lost(),
        m.duplicates() < 0 ? "not counted" : Long.toString(m.duplicates()),
        m.unacked(),
        m.stalls());
    if (m.delivered() > 0) {
      System.out.printf(
          Locale.ROOT,
          "  CPU per received message: broker %s, generator %.2f us%n",
          m.brokerCpuNanos() < 0
              ? "not sampled"
              : String.format(Locale.ROOT, "%.2f us", m.brokerCpuNanos() / 1e3 / m.delivered()),
          m.generatorCpuNanos() / 1e3 / m.delivered());
    }
    long[] lat = m.latencyNanos();
    if (lat.length > 0) {
      System.out.printf(
          Locale.ROOT,
          "  latency us: p50 %.1f  p99 %.1f  p99.9 %.1f  max %.1f  (%d samples)%n",
          LatencyRecorder.percentile(lat, 0.50) / 1e3,
          LatencyRecorder.percentile(lat, 0.99) / 1e3,
          LatencyRecorder.percentile(lat, 0.999) / 1e3,
          lat[lat.length - 1] / 1e3,
          lat.length);
    }
  }

  private static String oneWord(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
      message += ": " + cause.getMessage();
    }
    return message.replace(' ', '_');
  }
}
