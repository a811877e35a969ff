// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.RawMqttClient;
import io.mqttee.e2e.support.Received;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.SubAck;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** PUBLISH and SUBSCRIBE at each QoS, and the delivered QoS (MQTT 3.1.1 sections 3.3, 3.8, 4.3). */
class PublishSubscribeIT extends DeployedBroker {

  private static final Duration DELIVERY = Duration.ofSeconds(10);
  private static final Duration QUIET = Duration.ofSeconds(1);

  @Test
  void deliversQos0PublishToQos0Subscriber() throws Exception {
    assertRoundTrip("qos0", 0, 0);
  }

  @Test
  void deliversQos1PublishAtQos1() throws Exception {
    // MQTT-4.3.2: PUBACK to the publisher, PUBLISH QoS 1 to the subscriber (Paho acknowledges it)
    assertRoundTrip("qos1", 1, 1);
  }

  @Test
  void deliversQos2PublishAtQos2() throws Exception {
    // MQTT-4.3.3: PUBREC/PUBREL/PUBCOMP on both legs
    assertRoundTrip("qos2", 2, 2);
  }

  @Test
  void deliversAtTheMinimumOfPublishAndSubscriptionQos() throws Exception {
    // MQTT 3.1.1 section 3.8.4: delivered QoS = min(QoS published, QoS granted); the seed's table
    String root = Broker.topicRoot("downgrade");
    StringBuilder expected = new StringBuilder();
    StringBuilder actual = new StringBuilder();
    try (PahoClient publisher = PahoClient.connect(Broker.clientId("pub"))) {
      for (int subQos = 0; subQos <= 2; subQos++) {
        try (PahoClient subscriber = PahoClient.connect(Broker.clientId("sub" + subQos))) {
          String topic = root + "/sub" + subQos;
          subscriber.subscribe(topic, subQos);
          for (int pubQos = 0; pubQos <= 2; pubQos++) {
            publisher.publish(topic, "p" + pubQos, pubQos, false);
            Received received = subscriber.next(DELIVERY);
            expected.append(line(pubQos, subQos, Math.min(pubQos, subQos)));
            actual.append(line(pubQos, subQos, received.qos()));
          }
        }
      }
    }
    assertEquals(expected.toString(), actual.toString());
  }

  @Test
  void grantsTheRequestedQos() throws Exception {
    // MQTT-3.9.3: SUBACK return code is the maximum QoS granted
    try (PahoClient client = PahoClient.connect(Broker.clientId("granted"))) {
      String root = Broker.topicRoot("granted");
      assertEquals(0, client.subscribe(root + "/0", 0));
      assertEquals(1, client.subscribe(root + "/1", 1));
      assertEquals(2, client.subscribe(root + "/2", 2));
    }
  }

  @Test
  void deliversOnceAtTheHighestQosOfOverlappingSubscriptions() throws Exception {
    // MQTT 3.1.1 section 3.3.5: overlapping subscriptions, delivered respecting the maximum QoS
    String root = Broker.topicRoot("overlap");
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("overlap"));
        PahoClient publisher = PahoClient.connect(Broker.clientId("pub"))) {
      subscriber.subscribe(root + "/#", 1);
      subscriber.subscribe(root + "/+", 2);
      publisher.publish(root + "/x", "once", 2, false);
      Received received = subscriber.next(DELIVERY);
      assertEquals(2, received.qos(), "QoS of " + received);
      assertEquals(List.of(), subscriber.drainUntilMarker(QUIET, root + "/x"), "no second copy");
    }
  }

  @Test
  void deliversMessagesOfOnePublisherInOrder() throws Exception {
    // MQTT-4.6.0-6: ordered topic delivery (the default for a non-shared subscription)
    String topic = Broker.topicRoot("order") + "/t";
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("ordered"));
        PahoClient publisher = PahoClient.connect(Broker.clientId("pub"))) {
      subscriber.subscribe(topic, 1);
      for (int i = 0; i < 20; i++) {
        publisher.publish(topic, "m" + i, 1, false);
      }
      List<String> texts = subscriber.next(20, DELIVERY).stream().map(Received::text).toList();
      assertEquals(IntStream.range(0, 20).mapToObj(i -> "m" + i).toList(), texts);
    }
  }

  @Test
  void stopsDeliveringAfterUnsubscribe() throws Exception {
    // MQTT-3.10.4-2: the server stops adding new messages for delivery to the client
    String topic = Broker.topicRoot("unsubscribe") + "/t";
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("unsub"));
        PahoClient publisher = PahoClient.connect(Broker.clientId("pub"))) {
      subscriber.subscribe(topic, 1);
      subscriber.subscribe(topic + "/kept", 1);
      publisher.publish(topic, "before", 1, false);
      assertEquals("before", subscriber.next(DELIVERY).text());
      subscriber.unsubscribe(topic);
      publisher.publish(topic, "after", 1, false);
      assertEquals(List.of(), subscriber.drainUntilMarker(QUIET, topic + "/kept"));
    }
  }

  @Test
  void acknowledgesQos1PublishWithPubAckOfTheSamePacketId() throws Exception {
    // MQTT-4.3.2-2 and MQTT-2.3.1-6: PUBACK carries the PUBLISH's packet identifier
    try (RawMqttClient raw = RawMqttClient.open()) {
      raw.connect(RawMqttClient.connectPacket(Broker.clientId("raw1"), true, 60));
      raw.send(publish(Broker.topicRoot("puback") + "/t", QoS.AT_LEAST_ONCE, 77));
      assertEquals(77, raw.receive(PubAck.class, DELIVERY).packetId());
    }
  }

  @Test
  void completesTheQos2HandshakeOnBothLegs() throws Exception {
    // MQTT-4.3.3-2: PUBREC, then PUBCOMP for PUBREL from the publisher; MQTT-4.3.3-1: the server
    // as sender sends PUBLISH QoS 2, then PUBREL after PUBREC, and expects PUBCOMP
    String topic = Broker.topicRoot("qos2-raw") + "/t";
    try (RawMqttClient subscriber = RawMqttClient.open();
        RawMqttClient publisher = RawMqttClient.open()) {
      subscriber.connect(RawMqttClient.connectPacket(Broker.clientId("raw-sub"), true, 60));
      subscriber.send(
          new Subscribe(
              1, List.of(new TopicSubscription(topic, QoS.EXACTLY_ONCE)), MqttProperties.EMPTY));
      assertEquals(List.of(2), subscriber.receive(SubAck.class, DELIVERY).reasonCodes());
      publisher.connect(RawMqttClient.connectPacket(Broker.clientId("raw-pub"), true, 60));
      publisher.send(publish(topic, QoS.EXACTLY_ONCE, 9));
      assertEquals(9, publisher.receive(PubRec.class, DELIVERY).packetId());
      publisher.send(new PubRel(9));
      assertEquals(9, publisher.receive(PubComp.class, DELIVERY).packetId());
      Publish delivered = subscriber.receive(Publish.class, DELIVERY);
      assertEquals(QoS.EXACTLY_ONCE, delivered.qos());
      subscriber.send(new PubRec(delivered.packetId()));
      assertEquals(delivered.packetId(), subscriber.receive(PubRel.class, DELIVERY).packetId());
      subscriber.send(new PubComp(delivered.packetId()));
    }
  }

  private static Publish publish(String topic, QoS qos, int packetId) {
    return new Publish(
        topic,
        qos,
        false,
        false,
        packetId,
        "raw".getBytes(StandardCharsets.UTF_8),
        MqttProperties.EMPTY);
  }

  private static void assertRoundTrip(String name, int pubQos, int subQos) throws Exception {
    String topic = Broker.topicRoot(name) + "/t";
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("sub"));
        PahoClient publisher = PahoClient.connect(Broker.clientId("pub"))) {
      subscriber.subscribe(topic, subQos);
      publisher.publish(topic, "hello " + name, pubQos, false);
      Received received = subscriber.next(DELIVERY);
      assertEquals(topic, received.topic());
      assertEquals("hello " + name, received.text());
      assertEquals(Math.min(pubQos, subQos), received.qos());
      assertFalse(received.retained(), "MQTT-3.3.1-9: live delivery has RETAIN 0");
      assertEquals(List.of(), subscriber.drainUntilMarker(QUIET, topic), "exactly one delivery");
    }
  }

  private static String line(int pubQos, int subQos, int delivered) {
    return "publish " + pubQos + ", subscription " + subQos + " -> " + delivered + "\n";
  }
}
