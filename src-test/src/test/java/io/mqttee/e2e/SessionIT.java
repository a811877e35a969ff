// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.RawMqttClient;
import io.mqttee.e2e.support.Received;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.SubAck;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Clean Session 0 and 1, offline queues and redelivery (MQTT 3.1.1 sections 3.1.2.4, 4.4). */
class SessionIT extends DeployedBroker {

  private static final Duration DELIVERY = Duration.ofSeconds(10);
  private static final Duration QUIET = Duration.ofSeconds(1);

  @Test
  void deliversMessagesQueuedWhileOfflineInOrderWithSessionPresent() throws Exception {
    // MQTT-3.1.2-4/-5: the session outlives the connection and stores QoS 1/2 messages;
    // MQTT-3.2.2-2: CONNACK session present 1 on resumption; MQTT-4.6.0-6: in order
    String clientId = Broker.clientId("persistent");
    String topic = Broker.topicRoot("offline") + "/t";
    try (PahoClient subscriber = PahoClient.connect(clientId, o -> o.setCleanSession(false))) {
      assertEquals(1, subscriber.subscribe(topic, 1));
      subscriber.disconnect();
    }
    try (PahoClient publisher = PahoClient.connect(Broker.clientId("pub"))) {
      for (int i = 0; i < 5; i++) {
        publisher.publish(topic, "m" + i, 1, false);
      }
    }
    try (PahoClient subscriber = PahoClient.connect(clientId, o -> o.setCleanSession(false))) {
      assertTrue(subscriber.sessionPresent(), "CONNACK session present");
      List<String> texts = subscriber.next(5, DELIVERY).stream().map(Received::text).toList();
      assertEquals(IntStream.range(0, 5).mapToObj(i -> "m" + i).toList(), texts);
    }
  }

  @Test
  void startsAnEmptySessionWhenCleanSessionIsSet() throws Exception {
    // MQTT-3.1.2-6: Clean Session 1 discards the previous session; MQTT-3.2.2-1: session present 0
    String clientId = Broker.clientId("cleaned");
    String topic = Broker.topicRoot("clean") + "/t";
    try (PahoClient subscriber = PahoClient.connect(clientId, o -> o.setCleanSession(false))) {
      subscriber.subscribe(topic, 1);
      subscriber.disconnect();
    }
    try (PahoClient subscriber = PahoClient.connect(clientId)) {
      assertFalse(subscriber.sessionPresent(), "CONNACK session present");
      subscriber.subscribe(topic + "/new", 1);
      try (PahoClient publisher = PahoClient.connect(Broker.clientId("pub"))) {
        publisher.publish(topic, "for the old session", 1, false);
      }
      assertEquals(
          List.of(),
          subscriber.drainUntilMarker(QUIET, topic + "/new"),
          "the old subscription is gone");
    }
  }

  @Test
  void reportsNoSessionPresentForANewPersistentSession() throws Exception {
    // MQTT-3.2.2-3: session present 0 when the server has no session for the client
    try (PahoClient client =
        PahoClient.connect(Broker.clientId("fresh"), o -> o.setCleanSession(false))) {
      assertFalse(client.sessionPresent(), "CONNACK session present");
    }
  }

  @Test
  void redeliversAnUnacknowledgedQos1MessageWithDupOnReconnect() throws Exception {
    // MQTT-4.4.0-1: on reconnect with Clean Session 0, resend unacknowledged PUBLISH packets
    // with their original packet identifiers; MQTT-3.3.1-1: DUP 1 on a re-delivery
    String clientId = Broker.clientId("forgetful");
    String topic = Broker.topicRoot("dup") + "/t";
    Publish first;
    try (RawMqttClient raw = RawMqttClient.open()) {
      raw.connect(RawMqttClient.connectPacket(clientId, false, 60));
      raw.send(new Subscribe(1, List.of(new TopicSubscription(topic, QoS.AT_LEAST_ONCE)), none()));
      assertEquals(List.of(1), raw.receive(SubAck.class, DELIVERY).reasonCodes());
      try (PahoClient publisher = PahoClient.connect(Broker.clientId("pub"))) {
        publisher.publish(topic, "ack me", 1, false);
      }
      first = raw.receive(Publish.class, DELIVERY);
      assertFalse(first.dup(), "first delivery has DUP 0");
      // closed without PUBACK
    }
    try (RawMqttClient raw = RawMqttClient.open()) {
      ConnAck connAck = raw.connect(RawMqttClient.connectPacket(clientId, false, 60));
      assertTrue(connAck.sessionPresent(), "CONNACK session present");
      Publish again = raw.receive(Publish.class, DELIVERY);
      assertTrue(again.dup(), "DUP flag of the redelivery");
      assertEquals(first.packetId(), again.packetId(), "same packet identifier");
      assertEquals(QoS.AT_LEAST_ONCE, again.qos());
      assertArrayEquals(first.payload(), again.payload());
      raw.send(new PubAck(again.packetId()));
    }
  }

  private static MqttProperties none() {
    return MqttProperties.EMPTY;
  }
}
