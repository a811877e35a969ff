// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.cluster.ClusterNode;
import io.mqttee.broker.cluster.ClusterSettings;
import io.mqttee.protocol.packet.MqttPacket;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Brokers in one JVM, each a member of a real Hazelcast cluster on loopback, for the cluster tests;
 * and the waits such tests need, since routes and forwarded messages travel asynchronously.
 */
final class InJvmCluster {
  static final Duration WAIT = Duration.ofSeconds(20);

  final ScheduledExecutorService threads = Executors.newScheduledThreadPool(4);
  private final List<Node> nodes = new ArrayList<>();
  private final String name;
  private final List<String> members = new ArrayList<>();

  private record Node(Harness broker, ClusterNode cluster) {}

  private InJvmCluster(String name) {
    this.name = name;
  }

  /** Starts {@code size} brokers, one cluster, and waits until each sees every member. */
  static InJvmCluster start(int size) throws IOException {
    List<Integer> ports = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ports.add(freePort());
    }
    InJvmCluster cluster = new InJvmCluster("test-" + ports.get(0));
    ports.forEach(port -> cluster.members.add("127.0.0.1:" + port));
    for (int port : ports) {
      ClusterNode node = cluster.join(port);
      cluster.nodes.add(new Node(cluster.serve(node), node));
    }
    cluster.awaitMembers(size, "every member");
    return cluster;
  }

  /** A further member on {@code port}, not one of the brokers this class keeps. */
  ClusterNode join(int port) {
    ClusterSettings settings =
        new ClusterSettings(true, name, port, members, false, "127.0.0.1", 1, 10, false);
    return ClusterNode.join(settings, threads);
  }

  /** A broker that serves as {@code node} of the cluster. */
  Harness serve(ClusterNode node) {
    Harness broker = new Harness(new TestConfig(), node::routing, node.address());
    node.serve(
        broker.core.publisher(),
        broker.store,
        broker.core.handOver(),
        broker.core.clientAdministration());
    return broker;
  }

  void stop() {
    nodes.forEach(n -> n.cluster().leave());
    threads.shutdownNow();
  }

  Harness broker(int node) {
    return nodes.get(node).broker();
  }

  ClusterNode node(int node) {
    return nodes.get(node).cluster();
  }

  int size() {
    return nodes.size();
  }

  void awaitMembers(int count, String what) {
    waitFor(() -> nodes.stream().allMatch(n -> n.cluster().nodes().size() == count), what);
  }

  /**
   * Route changes travel asynchronously: waits until every other node routes a topic that {@code
   * filter} matches to at least one node.
   */
  void awaitRoute(int node, String filter) {
    String topic = filter.replaceFirst("^\\$share/[^/]+/", "").replace("#", "x").replace("+", "x");
    for (int other = 0; other < nodes.size(); other++) {
      if (other != node) {
        ClusterNode cluster = node(other);
        waitFor(() -> cluster.nodesRoutedTo(topic) > 0, "a route for " + topic + " on every node");
      }
    }
  }

  static void pause() {
    pause(Duration.ofMillis(500));
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static List<String> payloads(TestClient client, int count) {
    List<String> got = new ArrayList<>();
    waitFor(
        () -> {
          got.addAll(client.takePayloads());
          return got.size() >= count;
        },
        () -> count + " messages, got " + got);
    return got;
  }

  static List<MqttPacket> packets(TestClient client, int count) {
    List<MqttPacket> got = new ArrayList<>();
    waitFor(
        () -> {
          got.addAll(client.take());
          return got.size() >= count;
        },
        () -> count + " packets, got " + got);
    return got;
  }

  static void waitFor(BooleanSupplier condition, String what) {
    waitFor(condition, () -> what);
  }

  static void waitFor(BooleanSupplier condition, Supplier<String> what) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what.get());
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
