// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.cluster;

import io.mqttee.bench.CommandLine;
import io.mqttee.bench.stats.LatencyRecorder;
import io.mqttee.bench.stats.ResultLine;
import java.util.Set;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * How long a session takes to follow its client to another node, against a reconnect to the same
 * node. Each round a persistent client (clean session 0) subscribes on the first node and goes
 * offline, {@code --queued} QoS 1 messages are published to it, and it connects again on {@code
 * --to-port}: measured are the time to its CONNACK (session present) and to the last queued
 * message. A second measure keeps the first connection open, so the node that held it closes it (a
 * live take-over), and times the CONNACK.
 *
 * <pre>
 * java -cp mqttee-bench.jar io.mqttee.bench.cluster.TakeoverTimer --port 11883 --to-port 21883
 *     [--rounds 50] [--queued 100] [--label cross-node]
 * </pre>
 */
public final class TakeoverTimer {
  private static final long WAIT_SECONDS = 30;

  private final String host;
  private final int fromPort;
  private final int toPort;
  private final int queued;

  private TakeoverTimer(String host, int fromPort, int toPort, int queued) {
    this.host = host;
    this.fromPort = fromPort;
    this.toPort = toPort;
    this.queued = queued;
  }

  public static void main(String[] args) throws Exception {
    CommandLine line =
        CommandLine.parse(
            Set.of("host", "port", "to-port", "rounds", "queued", "label"), Set.of(), args);
    int fromPort = line.integer("port", 1883, 1, 65535);
    TakeoverTimer timer =
        new TakeoverTimer(
            line.text("host", "127.0.0.1"),
            fromPort,
            line.integer("to-port", fromPort, 1, 65535),
            line.integer("queued", 100, 0, 10_000));
    int rounds = line.integer("rounds", 50, 1, 10_000);
    LatencyRecorder connAck = new LatencyRecorder(rounds);
    LatencyRecorder drained = new LatencyRecorder(rounds);
    LatencyRecorder live = new LatencyRecorder(rounds);
    for (int round = 0; round < rounds; round++) {
      String clientId = "takeover-" + ProcessHandle.current().pid() + "-" + round;
      timer.offlineTakeover(clientId, connAck, drained);
      live.record(timer.liveTakeover(clientId + "-live"));
    }
    System.out.println(
        new ResultLine()
            .put("scenario", "takeover")
            .put(
                "broker", line.text("label", fromPort == timer.toPort ? "same-node" : "cross-node"))
            .put("rounds", rounds)
            .put("queued", timer.queued)
            .put("connack_p50_ms", millis(connAck, 0.50))
            .put("connack_p99_ms", millis(connAck, 0.99))
            .put("queue_p50_ms", millis(drained, 0.50))
            .put("queue_p99_ms", millis(drained, 0.99))
            .put("live_p50_ms", millis(live, 0.50))
            .put("live_p99_ms", millis(live, 0.99)));
  }

  private static double millis(LatencyRecorder recorder, double fraction) {
    return LatencyRecorder.percentile(recorder.sorted(), fraction) / 1e6;
  }

  private void offlineTakeover(String clientId, LatencyRecorder connAck, LatencyRecorder drained)
      throws Exception {
    String topic = "takeover/" + clientId;
    MqttClient first = client(fromPort, clientId);
    first.connect(persistent());
    first.subscribe(topic, 1);
    first.disconnect();
    first.close();
    MqttClient publisher = client(fromPort, clientId + "-pub");
    publisher.connect(persistent());
    for (int i = 0; i < queued; i++) {
      publisher.publish(topic, new byte[] {(byte) i}, 1, false);
    }
    publisher.disconnect();
    publisher.close();

    try (RawClient second = new RawClient(host, toPort)) {
      long start = System.nanoTime();
      if (!second.connect(clientId)) {
        throw new IllegalStateException("no session present for " + clientId);
      }
      connAck.record(System.nanoTime() - start);
      second.receiveAcknowledging(queued);
      drained.record(System.nanoTime() - start);
    }
  }

  private long liveTakeover(String clientId) throws Exception {
    try (RawClient first = new RawClient(host, fromPort);
        RawClient second = new RawClient(host, toPort)) {
      first.connect(clientId);
      long start = System.nanoTime();
      second.connect(clientId);
      return System.nanoTime() - start;
    }
  }

  private MqttClient client(int port, String clientId) throws MqttException {
    return new MqttClient("tcp://" + host + ":" + port, clientId, new MemoryPersistence());
  }

  private static MqttConnectOptions persistent() {
    MqttConnectOptions options = new MqttConnectOptions();
    options.setCleanSession(false);
    options.setAutomaticReconnect(false);
    options.setConnectionTimeout((int) WAIT_SECONDS);
    options.setMaxInflight(1000);
    return options;
  }
}
