// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Set;

/**
 * The command line: {@code --name value} or {@code --name=value} pairs and {@code --flag}s without
 * a value, checked and bounded.
 */
final class BenchOptions {

  static final Set<String> NAMES =
      Set.of(
          "host",
          "port",
          "subscriber-port",
          "mqttsn-port",
          "transport",
          "path",
          "scenario",
          "qos",
          "clients",
          "messages",
          "payload",
          "warmup",
          "duration",
          "rate",
          "window",
          "inflight",
          "mqtt",
          "broker-pid",
          "clk-tck",
          "label");

  /** Options without a value: present or absent. */
  static final Set<String> FLAGS = Set.of("persistent-subscriber");

  private static final double MAX_SECONDS = 300;

  private final CommandLine line;

  private BenchOptions(CommandLine line) {
    this.line = line;
  }

  static BenchOptions parse(String... args) {
    BenchOptions options = new BenchOptions(CommandLine.parse(NAMES, FLAGS, args));
    options.checkBounds();
    return options;
  }

  private void checkBounds() {
    scenario();
    loopbackHost();
    if (qos() < 0 || qos() > 1) {
      throw new IllegalArgumentException("--qos must be 0 or 1");
    }
    if (mqttLevel() != 4 && mqttLevel() != 5) {
      throw new IllegalArgumentException("--mqtt must be 4 (3.1.1) or 5");
    }
    if (seconds("warmup", 0) + seconds("duration", 1) > MAX_SECONDS) {
      throw new IllegalArgumentException("--warmup plus --duration must stay under 300 s");
    }
    port();
    subscriberPort();
    mqttSnPort();
    webSocketPath();
    integer("clients", 1, 1, 10_000);
    integer("payload", 0, 0, 1 << 20);
    integer("inflight", 32, 1, 65535);
  }

  Scenario scenario() {
    String name = line.text("scenario", null);
    if (name == null) {
      throw new IllegalArgumentException(
          "--scenario fanin|fanout|latency|mqttsn-fanin is required");
    }
    return Scenario.named(name);
  }

  /** The target host; only loopback, so the generator cannot be aimed at someone else's broker. */
  InetAddress loopbackHost() {
    return line.loopbackHost();
  }

  /** 1883 for MQTT over TCP; 8083, the adapter WebSocket listener, for WebSocket. */
  int port() {
    return integer("port", webSocket() ? 8083 : 1883, 1, 65535);
  }

  /**
   * Where the subscribers connect: {@link #port()} unless {@code --subscriber-port} names another
   * broker, such as another node of a cluster, to measure messages that cross nodes.
   */
  int subscriberPort() {
    return integer("subscriber-port", port(), 1, 65535);
  }

  /** The MQTT-SN gateway's UDP port (1884), where mqttsn-fanin's publishers send. */
  int mqttSnPort() {
    return integer("mqttsn-port", 1884, 1, 65535);
  }

  private boolean webSocket() {
    String transport = line.text("transport", "tcp");
    if (!transport.equals("tcp") && !transport.equals("ws")) {
      throw new IllegalArgumentException("--transport must be tcp or ws");
    }
    return transport.equals("ws");
  }

  /** The path for the upgrade request (default /mqtt), or null for MQTT over plain TCP. */
  String webSocketPath() {
    String path = line.text("path", "/mqtt");
    if (!webSocket()) {
      if (line.has("path")) {
        throw new IllegalArgumentException("--path needs --transport ws");
      }
      return null;
    }
    if (!path.matches("/[!-~]*")) {
      throw new IllegalArgumentException("--path must start with / and hold no spaces: " + path);
    }
    return path;
  }

  int qos() {
    return integer("qos", 0, 0, 2);
  }

  int mqttLevel() {
    return integer("mqtt", 4, 4, 5);
  }

  int clients(int scenarioDefault) {
    return integer("clients", scenarioDefault, 1, 10_000);
  }

  long messages() {
    return longValue("messages", 50_000_000L);
  }

  int payload(int minimum) {
    return integer("payload", Math.max(64, minimum), minimum, 1 << 20);
  }

  Duration warmup() {
    return Duration.ofMillis((long) (seconds("warmup", 3) * 1000));
  }

  Duration duration() {
    return Duration.ofMillis((long) (seconds("duration", 10) * 1000));
  }

  long rate(long scenarioDefault) {
    return longValue("rate", scenarioDefault);
  }

  long window(long scenarioDefault) {
    return longValue("window", scenarioDefault);
  }

  int inFlight() {
    return integer("inflight", 32, 1, 65535);
  }

  /**
   * Whether the subscribers keep a persistent session: Clean Session 0 (MQTT 3.1.1), or Clean Start
   * 1 with a Session Expiry Interval (MQTT 5).
   */
  boolean persistentSubscribers() {
    return line.has("persistent-subscriber");
  }

  long brokerPid() {
    return longValue("broker-pid", 0);
  }

  int ticksPerSecond() {
    return integer("clk-tck", 100, 1, 1_000_000);
  }

  String label() {
    return line.text("label", line.text("host", "127.0.0.1") + ":" + port());
  }

  private double seconds(String name, double fallback) {
    return line.seconds(name, fallback, MAX_SECONDS);
  }

  private int integer(String name, int fallback, int min, int max) {
    return line.integer(name, fallback, min, max);
  }

  private long longValue(String name, long fallback) {
    return line.longValue(name, fallback);
  }
}
