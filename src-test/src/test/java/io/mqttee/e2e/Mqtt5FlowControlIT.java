// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.RawMqttClient;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.packet.SubAck;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MQTT 5 topic aliases, Receive Maximum and Maximum Packet Size, checked on the wire with a client
 * that sends exactly the packets a test gives it and sees every byte the broker sends.
 */
class Mqtt5FlowControlIT extends DeployedBroker {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration QUIET = Duration.ofSeconds(1);

  private static final int RECEIVE_MAXIMUM = 0x21;
  private static final int TOPIC_ALIAS_MAXIMUM = 0x22;
  private static final int TOPIC_ALIAS = 0x23;
  private static final int MAXIMUM_PACKET_SIZE = 0x27;

  @Test
  void sendsATopicOnceThenOnlyItsAliasWhenTheClientAcceptsAliases() throws Exception {
    // MQTT 5 3.3.2.3.4; MQTT-3.3.2-11: never an alias above the client's Topic Alias Maximum
    String topic = Broker.topicRoot("alias") + "/" + "long-topic-name/".repeat(10);
    try (RawMqttClient aliased = connect5("aliased", property(TOPIC_ALIAS_MAXIMUM, 2));
        RawMqttClient plain = connect5("plain", MqttProperties.EMPTY);
        PahoClient publisher = PahoClient.connect(Broker.clientId("alias-pub"))) {
      aliased.acceptTopicAliases(2);
      subscribe(aliased, topic, QoS.AT_MOST_ONCE);
      subscribe(plain, topic, QoS.AT_MOST_ONCE);

      publisher.publish(topic, "one", 0, false);
      publisher.publish(topic, "two", 0, false);

      List<Integer> aliasedSizes = deliverySizes(aliased, topic, "one", "two");
      List<Integer> plainSizes = deliverySizes(plain, topic, "one", "two");
      assertTrue(aliasedSizes.get(0) > topic.length(), "first delivery names the topic");
      assertTrue(aliasedSizes.get(1) < topic.length(), "then the alias alone: " + aliasedSizes);
      assertTrue(plainSizes.get(1) > topic.length(), "no aliases unless asked: " + plainSizes);
    }
  }

  @Test
  void resolvesTheAliasesAClientSends() throws Exception {
    // MQTT-3.3.2-12: an alias set with a topic stands for that topic afterwards
    String topic = Broker.topicRoot("alias") + "/inbound";
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("alias-sub"));
        RawMqttClient publisher = connect5("alias-pub", MqttProperties.EMPTY)) {
      subscriber.subscribe(topic, 0);

      publisher.send(publish(topic, "set", property(TOPIC_ALIAS, 1)));
      publisher.send(publish("", "used", property(TOPIC_ALIAS, 1)));

      assertEquals(topic + " set", line(subscriber));
      assertEquals(topic + " used", line(subscriber));
    }
  }

  @Test
  void disconnectsAClientThatUsesAnAliasAboveTheMaximum() throws Exception {
    // MQTT-3.3.2-9; MQTT 5 3.3.2.3.4: a Topic Alias above the maximum is 0x94 Topic Alias invalid
    try (RawMqttClient client = RawMqttClient.open(ProtocolVersion.MQTT_5)) {
      ConnAck connAck = client.connect(connectPacket("alias-over", MqttProperties.EMPTY));
      int maximum = connAck.properties().intValue(TOPIC_ALIAS_MAXIMUM, 0);

      client.send(
          publish(Broker.topicRoot("alias") + "/over", "x", property(TOPIC_ALIAS, maximum + 1)));

      Disconnect disconnect = client.receive(Disconnect.class, WAIT);
      assertEquals(ReasonCodes.TOPIC_ALIAS_INVALID, disconnect.reasonCode());
      client.awaitClosedByBroker(WAIT);
    }
  }

  @Test
  void neverHasMoreUnacknowledgedMessagesInFlightThanTheClientsReceiveMaximum() throws Exception {
    // MQTT-3.3.4-9
    String topic = Broker.topicRoot("receive-maximum") + "/outbound";
    try (RawMqttClient subscriber = connect5("rm-sub", property(RECEIVE_MAXIMUM, 2));
        PahoClient publisher = PahoClient.connect(Broker.clientId("rm-pub"))) {
      subscribe(subscriber, topic, QoS.AT_LEAST_ONCE);
      for (int i = 1; i <= 5; i++) {
        publisher.publish(topic, "m" + i, 1, false);
      }

      Publish first = subscriber.receive(Publish.class, WAIT);
      Publish second = subscriber.receive(Publish.class, WAIT);
      subscriber.expectNothing(QUIET);
      subscriber.send(new PubAck(first.packetId(), ReasonCodes.SUCCESS, MqttProperties.EMPTY));
      Publish third = subscriber.receive(Publish.class, WAIT);
      subscriber.expectNothing(QUIET);
      subscriber.send(new PubAck(second.packetId(), ReasonCodes.SUCCESS, MqttProperties.EMPTY));
      Publish fourth = subscriber.receive(Publish.class, WAIT); // still subscribed

      assertEquals(
          List.of("m1", "m2", "m3", "m4"),
          List.of(text(first), text(second), text(third), text(fourth)));
    }
  }

  @Test
  void disconnectsAClientThatExceedsTheBrokersReceiveMaximum() throws Exception {
    // MQTT-3.3.4-7; MQTT 5 3.3.4: the server answers with DISCONNECT 0x93
    String topic = Broker.topicRoot("receive-maximum") + "/inbound";
    try (RawMqttClient client = RawMqttClient.open(ProtocolVersion.MQTT_5)) {
      ConnAck connAck = client.connect(connectPacket("rm-over", MqttProperties.EMPTY));
      int allowed = connAck.properties().intValue(RECEIVE_MAXIMUM, 65_535);
      for (int id = 1; id <= allowed + 1; id++) {
        // QoS 2 without PUBREL: each stays unacknowledged until its PUBCOMP
        client.send(
            new Publish(
                topic, QoS.EXACTLY_ONCE, false, false, id, bytes("x"), MqttProperties.EMPTY));
      }

      Disconnect disconnect = receiveUntil(Disconnect.class, client, allowed + 1);
      assertEquals(ReasonCodes.RECEIVE_MAXIMUM_EXCEEDED, disconnect.reasonCode());
    }
  }

  @Test
  void dropsWhatIsLargerThanTheClientsMaximumPacketSize() throws Exception {
    // MQTT-3.1.2-24, MQTT-3.1.2-25: a packet above the client's Maximum Packet Size is discarded
    String topic = Broker.topicRoot("packet-size") + "/small";
    try (RawMqttClient subscriber = connect5("small", property(MAXIMUM_PACKET_SIZE, 200));
        PahoClient publisher = PahoClient.connect(Broker.clientId("big-pub"))) {
      subscribe(subscriber, topic, QoS.AT_MOST_ONCE);

      publisher.publish(topic, "x".repeat(500), 0, false);
      publisher.publish(topic, "fits", 0, false);

      assertEquals("fits", text(subscriber.receive(Publish.class, WAIT)));
      subscriber.expectNothing(QUIET);
      publisher.publish(topic, "still subscribed", 0, false);
      assertEquals("still subscribed", text(subscriber.receive(Publish.class, WAIT)));
    }
  }

  private static RawMqttClient connect5(String role, MqttProperties properties) throws Exception {
    RawMqttClient client = RawMqttClient.open(ProtocolVersion.MQTT_5);
    ConnAck connAck = client.connect(connectPacket(role, properties));
    assertEquals(ReasonCodes.SUCCESS, connAck.reasonCode(), role + " connected");
    return client;
  }

  private static Connect connectPacket(String role, MqttProperties properties) {
    return new Connect(
        ProtocolVersion.MQTT_5, Broker.clientId(role), true, 60, null, null, null, properties);
  }

  private static void subscribe(RawMqttClient client, String filter, QoS qos) throws Exception {
    client.send(
        new Subscribe(1, List.of(new TopicSubscription(filter, qos)), MqttProperties.EMPTY));
    SubAck subAck = client.receive(SubAck.class, WAIT);
    assertEquals(List.of(qos.value()), subAck.reasonCodes());
  }

  /** Receives the expected messages and returns the encoded size of each delivery. */
  private static List<Integer> deliverySizes(RawMqttClient client, String topic, String... texts)
      throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String expected : texts) {
      Publish delivery = client.receive(Publish.class, WAIT);
      assertEquals(topic + " " + expected, delivery.topic() + " " + text(delivery));
      sizes.add(client.lastPacketBytes());
    }
    return sizes;
  }

  private static <T extends MqttPacket> T receiveUntil(
      Class<T> type, RawMqttClient client, int maxPackets) throws Exception {
    for (int i = 0; i <= maxPackets; i++) {
      MqttPacket packet = client.receive(WAIT);
      if (type.isInstance(packet)) {
        return type.cast(packet);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " within " + maxPackets + " packets");
  }

  private static Publish publish(String topic, String text, MqttProperties properties) {
    return new Publish(topic, QoS.AT_MOST_ONCE, false, false, 0, bytes(text), properties);
  }

  private static MqttProperties property(int id, int value) {
    return new MqttProperties(List.of(new Property(id, value)));
  }

  private static String line(PahoClient client) throws Exception {
    var received = client.next(WAIT);
    return received.topic() + " " + received.text();
  }

  private static String text(Publish publish) {
    return new String(publish.payload(), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
