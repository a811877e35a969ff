// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.lwm2m;

import io.mqttee.bench.CommandLine;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Set;

/** The LWM2M benchmark's command line, checked and bounded. */
final class Lwm2mBenchOptions {

  static final String USAGE =
      "usage: Lwm2mBench [--host 127.0.0.1] [--port 1883] [--lwm2m-port 5683] [--clients N]"
          + " [--register-timeout S] [--warmup S] [--duration S] [--window N] [--path /3/0/0]"
          + " [--broker-pid PID] [--clk-tck HZ] [--label NAME]";

  private static final Set<String> NAMES =
      Set.of(
          "host",
          "port",
          "lwm2m-port",
          "clients",
          "register-timeout",
          "warmup",
          "duration",
          "window",
          "path",
          "broker-pid",
          "clk-tck",
          "label");

  private static final double MAX_SECONDS = 300;

  private final CommandLine line;

  private Lwm2mBenchOptions(CommandLine line) {
    this.line = line;
  }

  static Lwm2mBenchOptions parse(String... args) {
    Lwm2mBenchOptions options = new Lwm2mBenchOptions(CommandLine.parse(NAMES, Set.of(), args));
    options.host();
    options.port();
    options.lwm2mPort();
    options.clients();
    options.registerTimeout();
    options.window();
    options.readPath();
    options.brokerPid();
    options.ticksPerSecond();
    if (options.warmup().plus(options.duration()).toSeconds() > MAX_SECONDS) {
      throw new IllegalArgumentException("--warmup plus --duration must stay under 300 s");
    }
    return options;
  }

  /** Loopback only: the benchmark cannot be aimed at someone else's server. */
  InetAddress host() {
    return line.loopbackHost();
  }

  /** MQTTee's MQTT port, where the application connects. */
  int port() {
    return line.integer("port", 1883, 1, 65535);
  }

  /** The LWM2M gateway's CoAP port, where the devices register. */
  int lwm2mPort() {
    return line.integer("lwm2m-port", 5683, 1, 65535);
  }

  int clients() {
    return line.integer("clients", 100, 1, 2000);
  }

  /** How long all the devices may take to register. */
  Duration registerTimeout() {
    return seconds("register-timeout", 60);
  }

  Duration warmup() {
    return seconds("warmup", 2);
  }

  Duration duration() {
    return seconds("duration", 10);
  }

  /** Read commands in flight at once, over all devices. */
  int window() {
    return line.integer("window", 64, 1, 10_000);
  }

  /** What each read command reads. */
  String readPath() {
    String path = line.text("path", "/3/0/0");
    if (!path.matches("(/\\d+){1,4}")) {
      throw new IllegalArgumentException("--path must be an LWM2M path such as /3/0/0");
    }
    return path;
  }

  long brokerPid() {
    return line.longValue("broker-pid", 0);
  }

  int ticksPerSecond() {
    return line.integer("clk-tck", 100, 1, 1_000_000);
  }

  String label() {
    return line.text("label", "mqttee");
  }

  private Duration seconds(String name, double fallback) {
    return Duration.ofMillis((long) (line.seconds(name, fallback, MAX_SECONDS) * 1000));
  }
}
