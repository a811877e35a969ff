// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mqttee.broker.assembly.BrokerCore;
import io.mqttee.broker.auth.AccessControl;
import io.mqttee.broker.auth.InMemoryAccessStore;
import io.mqttee.broker.management.BrokerDescription;
import io.mqttee.broker.retained.RetainedMessageTree;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.routing.TopicTreeRouter;
import io.mqttee.broker.sys.BrokerMetrics;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import io.mqttee.protocol.packet.Will;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;

/** A broker core with the real router and retained tree, a recording store and writer. */
final class Harness {
  static final ConnectionInfo INFO =
      new ConnectionInfo("tcp", new InetSocketAddress("127.0.0.1", 40000), null);

  final TestConfig config;
  final BrokerMetrics metrics = new BrokerMetrics();
  final RecordingStore store = new RecordingStore();
  final RecordingWriter writer = new RecordingWriter();
  final AtomicLong now = new AtomicLong(1_000_000);
  final TopicTreeRouter router = new TopicTreeRouter();
  final RetainedMessageTree retained;
  final InMemoryAccessStore accessStore = new InMemoryAccessStore();
  final AccessControl access = new AccessControl(accessStore, now::get);
  final BrokerCore core;

  Harness(TestConfig config) {
    this(config, UnaryOperator.identity());
  }

  /** A broker whose router is {@code routing} applied to the topic tree (a cluster's, say). */
  Harness(TestConfig config, UnaryOperator<Router> routing) {
    this(config, routing, BrokerDescription.nodeName());
  }

  /** As {@link #Harness(TestConfig, UnaryOperator)}, shown as {@code nodeName}. */
  Harness(TestConfig config, UnaryOperator<Router> routing, String nodeName) {
    this.config = config;
    this.retained = new RetainedMessageTree(store, 0, Clock.systemUTC());
    access.start(config);
    this.core =
        new BrokerCore(
            config,
            metrics,
            routing.apply(router),
            retained,
            store,
            access.gate(),
            now::get,
            nodeName);
  }

  Harness() {
    this(new TestConfig());
  }

  SessionService sessions() {
    return core.sessions();
  }

  /** A transport-level connection that has sent nothing yet. */
  TestClient open() {
    return open(INFO);
  }

  /** As {@link #open()}, with what the transport tells of the connection. */
  TestClient open(ConnectionInfo info) {
    ConnectionId id = ConnectionId.next();
    sessions().opened(id, info, writer);
    return new TestClient(this, id);
  }

  /** A connected client; its CONNACK is checked and consumed. */
  TestClient connect(String clientId, boolean cleanSession) {
    return connect(connectPacket(clientId, cleanSession, 0, null));
  }

  TestClient connect(Connect connect) {
    TestClient client = open();
    client.send(connect);
    store.commit(); // a persistent session's CONNACK waits for its commit
    List<MqttPacket> answer = client.take();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (answer.isEmpty() && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5)); // in a cluster: after the claim
      store.commit();
      answer = client.take();
    }
    assertFalse(answer.isEmpty(), "no CONNACK");
    ConnAck ack = (ConnAck) answer.get(0);
    assertEquals(0, ack.reasonCode(), "CONNACK return code");
    return client;
  }

  /** The longest linger after a broker DISCONNECT passes: the connections waiting close. */
  void lingerPassed() {
    advanceMillis(LingeringCloses.MAX_MILLIS);
    core.lingeringCloses().run();
  }

  void advanceMillis(long millis) {
    now.addAndGet(millis);
  }

  static Connect connectPacket(String clientId, boolean cleanSession, int keepAlive, Will will) {
    return new Connect(
        ProtocolVersion.MQTT_3_1_1,
        clientId,
        cleanSession,
        keepAlive,
        null,
        null,
        will,
        MqttProperties.EMPTY);
  }

  static Publish publish(String topic, QoS qos, int packetId, String payload) {
    return new Publish(topic, qos, false, false, packetId, bytes(payload), MqttProperties.EMPTY);
  }

  static Publish retainedPublish(String topic, QoS qos, int packetId, String payload) {
    return new Publish(topic, qos, true, false, packetId, bytes(payload), MqttProperties.EMPTY);
  }

  static Subscribe subscribe(int packetId, String filter, QoS qos) {
    return new Subscribe(
        packetId, List.of(new TopicSubscription(filter, qos)), MqttProperties.EMPTY);
  }

  static Will will(String topic, QoS qos, boolean retain, String payload) {
    return new Will(topic, bytes(payload), qos, retain, MqttProperties.EMPTY);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String text(Publish p) {
    return new String(p.payload(), StandardCharsets.UTF_8);
  }
}
