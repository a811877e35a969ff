// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench;

import io.mqttee.bench.load.RunPlan;
import io.mqttee.bench.wire.PublishTemplate;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.QoS;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The load shapes and their defaults. */
enum Scenario {
  /** N publishers, one subscriber on {@code bench/in/#}; reports messages received per second. */
  FANIN(10, 0, 500),
  /** One publisher, N subscribers on one topic; reports deliveries per second. */
  FANOUT(1_000, 0, 20),
  /** One paced publisher, one subscriber; reports latency percentiles from payload timestamps. */
  LATENCY(1, 1_000, 1_000),
  /**
   * Fan-in through the MQTT-SN gateway: N MQTT-SN clients over UDP, each publishing on a topic it
   * registered ({@code bench/sn/i}), one MQTT subscriber on {@code bench/sn/#}.
   */
  MQTTSN_FANIN(100, 0, 500);

  private final int defaultClients;
  private final long defaultRate;
  private final long defaultWindow;

  Scenario(int defaultClients, long defaultRate, long defaultWindow) {
    this.defaultClients = defaultClients;
    this.defaultRate = defaultRate;
    this.defaultWindow = defaultWindow;
  }

  static Scenario named(String name) {
    for (Scenario s : values()) {
      if (s.label().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown scenario " + name + " (fanin, fanout, latency, mqttsn-fanin)");
  }

  String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  RunPlan plan(BenchOptions options) {
    int clients = options.clients(defaultClients);
    List<String> topics = new ArrayList<>();
    int subscribers = 1;
    String filter;
    switch (this) {
      case FANIN -> {
        filter = "bench/in/#";
        for (int i = 0; i < clients; i++) {
          topics.add("bench/in/" + i);
        }
      }
      case MQTTSN_FANIN -> {
        filter = "bench/sn/#";
        for (int i = 0; i < clients; i++) {
          topics.add("bench/sn/" + i);
        }
      }
      case FANOUT -> {
        filter = "bench/out/all";
        topics.add(filter);
        subscribers = clients;
      }
      default -> {
        filter = "bench/latency";
        topics.add(filter);
      }
    }
    long rate = options.rate(defaultRate);
    long measureMillis = options.duration().toMillis();
    int latencySamples =
        this == LATENCY ? (int) Math.min(50_000_000L, rate * (measureMillis + 1000) / 1000) : 0;
    return new RunPlan(
        new InetSocketAddress(options.loopbackHost(), options.port()),
        new InetSocketAddress(options.loopbackHost(), options.subscriberPort()),
        options.webSocketPath(),
        this == MQTTSN_FANIN
            ? new InetSocketAddress(options.loopbackHost(), options.mqttSnPort())
            : null,
        options.mqttLevel() == 5 ? ProtocolVersion.MQTT_5 : ProtocolVersion.MQTT_3_1_1,
        QoS.of(options.qos()),
        topics,
        subscribers,
        filter,
        options.persistentSubscribers(),
        options.payload(this == LATENCY ? PublishTemplate.TIMESTAMP_BYTES : 0),
        options.messages(),
        options.window(defaultWindow),
        options.inFlight(),
        rate,
        options.warmup(),
        options.duration(),
        latencySamples,
        options.brokerPid(),
        options.ticksPerSecond());
  }
}
