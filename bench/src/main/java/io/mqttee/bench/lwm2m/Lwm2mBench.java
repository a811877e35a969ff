// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.lwm2m;

import io.mqttee.bench.stats.LatencyRecorder;
import io.mqttee.bench.stats.ProcessCpu;
import io.mqttee.bench.stats.ResultLine;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.UUID;

/**
 * Measures MQTTee's LWM2M gateway on this machine: N Eclipse Leshan clients register at once
 * (registrations per second, as the devices see them and as register events reach MQTT), then an
 * MQTT application keeps a window of read commands in flight (round trips per second from the
 * command on {@code dn} to the answer on {@code up/resp}, and their latency). Prints a summary and
 * one {@code RESULT} line. Exit status 0 on success, 1 when the run failed, 2 for a bad command
 * line.
 */
public final class Lwm2mBench {

  private static final long EVENT_GRACE_MILLIS = 10_000;

  private Lwm2mBench() {}

  public static void main(String[] args) {
    Lwm2mBenchOptions options;
    try {
      options = Lwm2mBenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Lwm2mBenchOptions.USAGE);
      System.exit(2);
      return;
    }
    ResultLine line =
        new ResultLine()
            .put("scenario", "lwm2m")
            .put("broker", options.label())
            .put("clients", options.clients())
            .put("window", options.window());
    try {
      run(options, line);
      System.out.println(line);
    } catch (Exception e) {
      System.err.println(line.put("error", e.toString()));
      System.exit(1);
    }
  }

  private static void run(Lwm2mBenchOptions options, ResultLine line) throws Exception {
    ProcessCpu broker =
        options.brokerPid() > 0
            ? new ProcessCpu(options.brokerPid(), options.ticksPerSecond())
            : null;
    InetSocketAddress mqtt = new InetSocketAddress(options.host(), options.port());
    InetSocketAddress gateway = new InetSocketAddress(options.host(), options.lwm2mPort());
    String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 6) + "-";
    System.out.printf(
        Locale.ROOT,
        "lwm2m against %s: %d devices registering with %s, reads of %s from %s, window %d,"
            + " %s warm-up, %s measured%n",
        options.label(),
        options.clients(),
        gateway,
        options.readPath(),
        mqtt,
        options.window(),
        options.warmup(),
        options.duration());
    try (MqttApplication app = MqttApplication.connect(mqtt)) {
      DeviceFleet fleet = new DeviceFleet(gateway, prefix, options.clients());
      try {
        register(fleet, app, options, broker, line);
        ReadLoop reads = new ReadLoop(app, fleet.endpoints(), options.readPath(), options.window());
        report(reads.run(options.warmup(), options.duration(), broker), line);
      } finally {
        fleet.stop();
      }
    }
  }

  private static void register(
      DeviceFleet fleet,
      MqttApplication app,
      Lwm2mBenchOptions options,
      ProcessCpu broker,
      ResultLine line)
      throws InterruptedException {
    long cpuBefore = broker == null ? -1 : broker.cpuNanos();
    long started = System.nanoTime();
    fleet.start();
    DeviceFleet.Registrations done = fleet.awaitRegistered(options.registerTimeout().toMillis());
    long deadline = System.currentTimeMillis() + EVENT_GRACE_MILLIS;
    while (app.registerEvents() < done.registered() && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    long cpu = cpuBefore < 0 ? -1 : broker.cpuNanos() - cpuBefore;
    int events = app.registerEvents();
    double eventRate = events == 0 ? 0 : events * 1e9 / (app.lastRegisterEventNanos() - started);
    System.out.printf(
        Locale.ROOT,
        "  registrations: %d of %d in %.2f s, %.0f/s; %d failed; %d register events on MQTT, %.0f/s%n",
        done.registered(),
        options.clients(),
        done.elapsedNanos() / 1e9,
        done.perSecond(),
        done.failed(),
        events,
        eventRate);
    line.put("registered", done.registered())
        .put("reg_failed", done.failed())
        .put("reg_s", done.elapsedNanos() / 1e9)
        .put("reg_rate", done.perSecond())
        .put("reg_events", events)
        .put("reg_event_rate", eventRate);
    if (cpu >= 0 && done.registered() > 0) {
      line.put("broker_cpu_us_per_reg", cpu / 1e3 / done.registered());
    }
    if (done.registered() < options.clients()) {
      throw new IllegalStateException(
          (options.clients() - done.registered()) + " devices did not register");
    }
  }

  private static void report(ReadLoop.Result result, ResultLine line) {
    long[] lat = result.latencyNanos();
    System.out.printf(
        Locale.ROOT,
        "  reads: %d answered in %.1f s, %.0f round trips/s; %d errors, %d lost;"
            + " latency ms p50 %.2f p99 %.2f max %.2f%n",
        result.answered(),
        result.windowNanos() / 1e9,
        result.perSecond(),
        result.errors(),
        result.lost(),
        LatencyRecorder.percentile(lat, 0.50) / 1e6,
        LatencyRecorder.percentile(lat, 0.99) / 1e6,
        lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6);
    line.put("reads", result.answered())
        .put("read_rate", result.perSecond())
        .put("read_errors", result.errors())
        .put("read_lost", result.lost())
        .put("read_p50_ms", LatencyRecorder.percentile(lat, 0.50) / 1e6)
        .put("read_p99_ms", LatencyRecorder.percentile(lat, 0.99) / 1e6);
    if (result.brokerCpuNanos() >= 0 && result.answered() > 0) {
      line.put("broker_cpu_us_per_read", result.brokerCpuNanos() / 1e3 / result.answered());
    }
  }
}
