// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.AdminApi;
import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.MqttSnClient;
import io.mqttee.e2e.support.MqttSnClient.Delivery;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.Received;
import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.ReturnCodes;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.SnTopic;
import io.mqttee.protocol.mqttsn.codec.SnDecoded;
import io.mqttee.protocol.mqttsn.codec.SnDecoder;
import io.mqttee.protocol.mqttsn.message.SnAdvertise;
import io.mqttee.protocol.mqttsn.message.SnDisconnect;
import io.mqttee.protocol.mqttsn.message.SnGwInfo;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import io.mqttee.protocol.mqttsn.message.SnPingReq;
import io.mqttee.protocol.mqttsn.message.SnPingResp;
import io.mqttee.protocol.mqttsn.message.SnPubAck;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import io.mqttee.protocol.mqttsn.message.SnRegAck;
import io.mqttee.protocol.mqttsn.message.SnRegister;
import io.mqttee.protocol.mqttsn.message.SnSearchGw;
import io.mqttee.protocol.mqttsn.message.SnSubAck;
import io.mqttee.protocol.mqttsn.message.SnWillMsgResp;
import io.mqttee.protocol.mqttsn.message.SnWillMsgUpd;
import io.mqttee.protocol.mqttsn.message.SnWillTopicResp;
import io.mqttee.protocol.mqttsn.message.SnWillTopicUpd;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The MQTT-SN 1.2 gateway end to end: a raw UDP client on one side, Paho on the MQTT side, through
 * the deployed EAR: discovery, topic ids of every type, QoS -1 to 2 both ways, wills and their
 * updates, keep alive, sleep, retransmission and malformed datagrams.
 */
class MqttSnGatewayIT extends DeployedBroker {

  static final Duration DELIVERY = Duration.ofSeconds(10);
  static final String PREDEFINED_HELLO = "/predefined/topic/name/hello";
  static final String PREDEFINED_NICE = "/predefined/topic/name/nice";

  @Test
  void publishesQos0To2ThatAnMqttSubscriberReceives() throws Exception {
    String topic = Broker.topicRoot("sn-publish") + "/t";
    try (PahoClient paho = PahoClient.connect(Broker.clientId("paho"));
        MqttSnClient sn = MqttSnClient.open()) {
      paho.subscribe(topic, 2);
      sn.connect(Broker.clientId("sn"), 60);
      int id = sn.register(topic);
      SnTopic registered = new SnTopic.Registered(id);
      sn.publish(registered, 0, "zero");
      SnPubAck ack = sn.publish(registered, 1, "one");
      assertEquals(ReturnCodes.ACCEPTED, ack.returnCode());
      assertEquals(id, ack.topicId(), "MQTT-SN 1.2 section 5.4.13: PUBACK carries the topic id");
      sn.publish(registered, 2, "two");
      List<Received> received = paho.next(3, DELIVERY);
      assertEquals(List.of("zero", "one", "two"), received.stream().map(Received::text).toList());
      assertEquals(List.of(0, 1, 2), received.stream().map(Received::qos).toList());
    }
  }

  @Test
  void registersTheTopicBeforeDeliveringToAWildcardSubscriber() throws Exception {
    // MQTT-SN 1.2 section 6.10: REGISTER, then PUBLISH with the registered id
    String root = Broker.topicRoot("sn-wildcard");
    try (PahoClient paho = PahoClient.connect(Broker.clientId("paho"));
        MqttSnClient sn = MqttSnClient.open()) {
      sn.connect(Broker.clientId("sn"), 60);
      SnSubAck ack = sn.subscribe(new SnTopic.Named(root + "/+/temp"), 1);
      assertEquals(ReturnCodes.ACCEPTED, ack.returnCode());
      assertEquals(0, ack.topicId(), "a filter with wildcards has no topic id");
      paho.publish(root + "/kitchen/temp", "21", 1, false);
      List<SnMessage> messages = sn.until(SnRegister.class, DELIVERY);
      assertEquals(1, messages.size(), "REGISTER comes first, and the PUBLISH waits for REGACK");
      SnRegister register = (SnRegister) messages.get(0);
      assertEquals(root + "/kitchen/temp", register.topicName());
      sn.send(new SnRegAck(register.topicId(), register.msgId(), ReturnCodes.ACCEPTED));
      Delivery delivery = sn.nextPublish(DELIVERY);
      assertEquals("21", delivery.text());
      assertEquals(new SnTopic.Registered(register.topicId()), delivery.publish().topic());
      assertEquals(1, delivery.qos());
      paho.publish(root + "/kitchen/temp", "22", 2, false);
      Delivery second = sn.nextPublish(DELIVERY);
      assertEquals("22", second.text(), "the second message uses the id without REGISTER");
      assertEquals(new SnTopic.Registered(register.topicId()), second.publish().topic());
    }
  }

  @Test
  void subscribesByNameAndGetsTheTopicIdInSuback() throws Exception {
    String topic = Broker.topicRoot("sn-by-name") + "/t";
    try (PahoClient paho = PahoClient.connect(Broker.clientId("paho"));
        MqttSnClient sn = MqttSnClient.open()) {
      sn.connect(Broker.clientId("sn"), 60);
      SnSubAck ack = sn.subscribe(new SnTopic.Named(topic), 2);
      assertNotEquals(0, ack.topicId());
      paho.publish(topic, "exactly once", 2, false);
      Delivery delivery = sn.nextPublish(DELIVERY);
      assertEquals(new SnTopic.Registered(ack.topicId()), delivery.publish().topic());
      assertEquals("exactly once", delivery.text());
      assertEquals(2, delivery.qos());
    }
  }

  @Test
  void usesPredefinedTopicIdsBothWays() throws Exception {
    // EMQX's example table is the default: 1 and 2
    try (PahoClient paho = PahoClient.connect(Broker.clientId("paho"));
        MqttSnClient sn = MqttSnClient.open()) {
      paho.subscribe(PREDEFINED_NICE, 1);
      sn.connect(Broker.clientId("sn"), 60);
      SnSubAck ack = sn.subscribe(new SnTopic.Predefined(1), 1);
      assertEquals(ReturnCodes.ACCEPTED, ack.returnCode());
      assertEquals(1, ack.topicId());
      paho.publish(PREDEFINED_HELLO, "hello device", 1, false);
      Delivery delivery = sn.nextPublish(DELIVERY);
      assertEquals(new SnTopic.Predefined(1), delivery.publish().topic());
      assertEquals("hello device", delivery.text());
      SnPubAck pubAck = sn.publish(new SnTopic.Predefined(2), 1, "nice");
      assertEquals(ReturnCodes.ACCEPTED, pubAck.returnCode());
      assertEquals("nice", paho.next(DELIVERY).text());
    }
  }

  @Test
  void usesShortTopicNamesBothWays() throws Exception {
    try (PahoClient paho = PahoClient.connect(Broker.clientId("paho"));
        MqttSnClient sn = MqttSnClient.open()) {
      paho.subscribe("q7", 0);
      sn.connect(Broker.clientId("sn"), 60);
      assertEquals(ReturnCodes.ACCEPTED, sn.subscribe(new SnTopic.ShortName("q8"), 0).returnCode());
      paho.publish("q8", "to device", 0, false);
      Delivery delivery = sn.nextPublish(DELIVERY);
      assertEquals(new SnTopic.ShortName("q8"), delivery.publish().topic());
      assertEquals("to device", delivery.text());
      sn.publish(new SnTopic.ShortName("q7"), 0, "from device");
      assertEquals("from device", paho.next(DELIVERY).text());
    }
  }

  @Test
  void answersAnUnknownTopicIdWithInvalidTopicId() throws Exception {
    // MQTT-SN 1.2 section 6.6: PUBACK with "rejected: invalid topic id"
    try (MqttSnClient sn = MqttSnClient.open()) {
      sn.connect(Broker.clientId("sn"), 60);
      SnPubAck ack = sn.publish(new SnTopic.Registered(4321), 1, "lost");
      assertEquals(ReturnCodes.REJECTED_INVALID_TOPIC_ID, ack.returnCode());
      assertEquals(4321, ack.topicId());
      assertEquals(
          ReturnCodes.REJECTED_INVALID_TOPIC_ID,
          sn.subscribe(new SnTopic.Predefined(999), 0).returnCode());
    }
  }

  @Test
  void publishesQosMinusOneWithoutConnecting() throws Exception {
    // MQTT-SN 1.2 section 6.8: predefined ids and short names, from any address
    try (PahoClient paho = PahoClient.connect(Broker.clientId("paho"));
        MqttSnClient sn = MqttSnClient.open()) {
      paho.subscribe(PREDEFINED_NICE, 0);
      paho.subscribe("q9", 0);
      sn.publish(new SnTopic.Predefined(2), -1, "connectionless");
      assertEquals("connectionless", paho.next(DELIVERY).text());
      sn.publish(new SnTopic.ShortName("q9"), -1, "short");
      assertEquals("short", paho.next(DELIVERY).text());
      assertNull(sn.next(Duration.ofMillis(300)), "QoS -1 is never answered");
    }
  }

  @Test
  void answersSearchGwWithGwInfoToTheSearcher() throws Exception {
    // MQTT-SN 1.2 section 6.1: GWINFO without address when the gateway itself answers
    try (MqttSnClient sn = MqttSnClient.open()) {
      sn.send(new SnSearchGw(1));
      SnGwInfo info = sn.expect(SnGwInfo.class);
      assertEquals(1, info.gatewayId());
      assertTrue(info.gatewayAddress().isEmpty());
    }
  }

  @Test
  void broadcastsAdvertiseWithItsIdAndPeriod() throws Exception {
    // MQTT-SN 1.2 section 5.4.2: Length, MsgType 0x00, GwId, Duration (2 octets, seconds);
    // the test domain advertises every 2 s to 127.255.255.255 on a port of its own
    try (DatagramSocket listener =
        new DatagramSocket(new InetSocketAddress("0.0.0.0", Broker.mqttSnAdvertisePort()))) {
      listener.setSoTimeout(5_000);
      DatagramPacket packet = new DatagramPacket(new byte[64], 64);
      listener.receive(packet);
      byte[] datagram = Arrays.copyOf(packet.getData(), packet.getLength());
      assertArrayEquals(new byte[] {5, 0x00, 1, 0, 2}, datagram);
      SnDecoded decoded = assertInstanceOf(SnDecoded.class, SnDecoder.decode(datagram));
      assertEquals(new SnAdvertise(1, 2), decoded.message());
      assertEquals(Broker.mqttSnPort(), packet.getPort(), "sent from the gateway's own socket");
    }
  }

  @Test
  void dropsMalformedDatagramsWhileAnotherClientStaysSubscribed() throws Exception {
    String topic = Broker.topicRoot("sn-garbage") + "/t";
    try (PahoClient paho = PahoClient.connect(Broker.clientId("paho"));
        MqttSnClient subscriber = MqttSnClient.open();
        MqttSnClient attacker = MqttSnClient.open()) {
      subscriber.connect(Broker.clientId("sn"), 60);
      subscriber.subscribe(new SnTopic.Named(topic), 1);
      attacker.connect(Broker.clientId("bad"), 60);
      for (byte[] garbage : garbage()) {
        attacker.sendRaw(garbage);
        subscriber.sendRaw(garbage);
      }
      try (MqttSnClient stranger = MqttSnClient.open()) {
        stranger.sendRaw(new byte[] {4, (byte) 0xFF, 0, 0}); // the 4 bytes that crash Paho's
        stranger.publish(new SnTopic.Registered(1), 0, "not connected"); // wrong state: dropped
        assertNull(stranger.next(Duration.ofMillis(300)));
      }
      paho.publish(topic, "still here", 1, false);
      Delivery delivery = subscriber.nextPublish(DELIVERY);
      assertEquals("still here", delivery.text());
      attacker.send(SnPingReq.ANONYMOUS);
      attacker.expect(SnPingResp.class);
    }
  }

  /** Short, wrong length, reserved type, truncated and three-octet-length datagrams. */
  private static List<byte[]> garbage() {
    return List.of(
        new byte[] {4, (byte) 0xFF, 0, 0},
        new byte[] {1},
        new byte[] {0, 0, 0, 0},
        new byte[] {16, 0x0C, 0, 0},
        new byte[] {3, 0x0C, 0},
        new byte[] {1, 0, 9, 0x0C},
        new byte[] {5, 0x0A, 0, 0, 0},
        new byte[] {4, 0x12, 0x63, 0});
  }

  @Test
  void countsDroppedDatagramsInSys() throws Exception {
    try (PahoClient paho = PahoClient.connect(Broker.clientId("paho"));
        MqttSnClient stranger = MqttSnClient.open()) {
      stranger.sendRaw(new byte[] {4, (byte) 0xFF, 0, 0});
      paho.subscribe("$SYS/broker/mqtt-sn/datagrams/dropped", 0);
      // $SYS publishes a value when it changes (every second in the test domain)
      long dropped = 0;
      while (dropped == 0) {
        dropped = Long.parseLong(paho.next(DELIVERY).text());
      }
      assertTrue(dropped > 0, "the garbage datagram is counted");
    }
  }

  @Test
  void listsItsClientsAsMqttSnInTheAdminApi() throws Exception {
    String clientId = Broker.clientId("sn");
    try (MqttSnClient sn = MqttSnClient.open()) {
      sn.connect(clientId, 60);
      AdminApi.Reply reply = AdminApi.asAdmin().get("/clients?proto_name=MQTT-SN");
      assertEquals(200, reply.status(), reply.body());
      assertTrue(reply.body().contains(clientId), reply.body());
      assertTrue(reply.body().contains("udp"), reply.body());
    }
  }

  @Test
  void publishesTheWillWhenTheGatewayStopsHearingFromTheClient() throws Exception {
    // MQTT-SN 1.2 section 6.3 and 6.15: will exchange at CONNECT; lost after 1.5 x keep alive
    String topic = Broker.topicRoot("sn-will") + "/t";
    try (PahoClient paho = PahoClient.connect(Broker.clientId("paho"));
        MqttSnClient sn = MqttSnClient.open()) {
      paho.subscribe(topic, 1);
      sn.connectWithWill(Broker.clientId("sn"), 2, topic, "gone");
      Received will = paho.next(DELIVERY);
      assertEquals("gone", will.text());
      assertEquals(1, will.qos());
    }
  }

  @Test
  void publishesTheUpdatedWill() throws Exception {
    // MQTT-SN 1.2 section 6.4: WILLTOPICUPD and WILLMSGUPD replace the will
    String first = Broker.topicRoot("sn-will-upd") + "/first";
    String second = Broker.topicRoot("sn-will-upd") + "/second";
    try (PahoClient paho = PahoClient.connect(Broker.clientId("paho"));
        MqttSnClient sn = MqttSnClient.open()) {
      paho.subscribe(first, 1);
      paho.subscribe(second, 1);
      sn.connectWithWill(Broker.clientId("sn"), 2, first, "old");
      sn.send(new SnWillTopicUpd(SnQoS.AT_LEAST_ONCE, false, second));
      assertEquals(ReturnCodes.ACCEPTED, sn.expect(SnWillTopicResp.class).returnCode());
      sn.send(new SnWillMsgUpd(Bytes.utf8("new")));
      assertEquals(ReturnCodes.ACCEPTED, sn.expect(SnWillMsgResp.class).returnCode());
      Received will = paho.next(DELIVERY);
      assertEquals(second, will.topic());
      assertEquals("new", will.text());
      assertEquals(List.of(), paho.drain(Duration.ofMillis(500)));
    }
  }

  @Test
  void discardsTheWillOnDisconnect() throws Exception {
    String topic = Broker.topicRoot("sn-will-disconnect") + "/t";
    try (PahoClient paho = PahoClient.connect(Broker.clientId("paho"));
        MqttSnClient sn = MqttSnClient.open()) {
      paho.subscribe(topic, 1);
      sn.connectWithWill(Broker.clientId("sn"), 2, topic, "never");
      sn.send(SnDisconnect.PLAIN);
      sn.expect(SnDisconnect.class);
      assertEquals(List.of(), paho.drain(Duration.ofSeconds(5)));
    }
  }

  @Test
  void buffersMessagesForASleepingClientUntilItWakes() throws Exception {
    // MQTT-SN 1.2 section 6.14: buffered messages, then PINGRESP
    String topic = Broker.topicRoot("sn-sleep") + "/t";
    String clientId = Broker.clientId("sn");
    try (PahoClient paho = PahoClient.connect(Broker.clientId("paho"));
        MqttSnClient sn = MqttSnClient.open()) {
      sn.connect(clientId, 60);
      int id = sn.subscribe(new SnTopic.Named(topic), 1).topicId();
      sn.send(new SnDisconnect(30));
      sn.expect(SnDisconnect.class);
      paho.publish(topic, "first", 1, false);
      paho.publish(topic, "second", 0, false);
      assertNull(sn.next(Duration.ofSeconds(1)), "nothing reaches a sleeping client");
      sn.send(new SnPingReq(clientId));
      List<SnMessage> woken = sn.until(SnPingResp.class, DELIVERY);
      assertEquals(3, woken.size(), woken.toString());
      SnPublish one = assertInstanceOf(SnPublish.class, woken.get(0));
      assertEquals(new SnTopic.Registered(id), one.topic());
      assertEquals("first", new String(one.data().toByteArray(), StandardCharsets.UTF_8));
      SnPublish two = assertInstanceOf(SnPublish.class, woken.get(1));
      assertEquals("second", new String(two.data().toByteArray(), StandardCharsets.UTF_8));
      sn.acknowledge(one);
      paho.publish(topic, "third", 0, false);
      assertNull(sn.next(Duration.ofSeconds(1)), "asleep again after PINGRESP");
    }
  }

  @Test
  void losesASleepingClientThatDoesNotWakeAndPublishesItsWill() throws Exception {
    String topic = Broker.topicRoot("sn-sleep-lost") + "/t";
    try (PahoClient paho = PahoClient.connect(Broker.clientId("paho"));
        MqttSnClient sn = MqttSnClient.open()) {
      paho.subscribe(topic, 1);
      sn.connectWithWill(Broker.clientId("sn"), 60, topic, "overslept");
      sn.send(new SnDisconnect(2));
      sn.expect(SnDisconnect.class);
      assertEquals("overslept", paho.next(DELIVERY).text());
    }
  }

  @Test
  void retransmitsAnUnacknowledgedPublishThenLosesTheClient() throws Exception {
    // MQTT-SN 1.2 section 6.13: Tretry (1 s in the test domain), Nretry 3
    String topic = Broker.topicRoot("sn-retry") + "/t";
    String willTopic = Broker.topicRoot("sn-retry") + "/will";
    try (PahoClient paho = PahoClient.connect(Broker.clientId("paho"));
        MqttSnClient sn = MqttSnClient.open()) {
      paho.subscribe(willTopic, 1);
      sn.connectWithWill(Broker.clientId("sn"), 60, willTopic, "unreachable");
      sn.subscribe(new SnTopic.Named(topic), 1);
      paho.publish(topic, "ack me", 1, false);
      SnPublish first = sn.expect(SnPublish.class);
      SnPublish again = sn.expect(SnPublish.class);
      assertEquals(first.msgId(), again.msgId());
      assertTrue(again.dup(), "DUP marks the retransmission");
      assertEquals("unreachable", paho.next(DELIVERY).text());
    }
  }
}
