// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn.client;

import static io.mqttee.gateway.mqttsn.client.ClientHarness.of;
import static io.mqttee.gateway.mqttsn.client.ClientHarness.toBroker;
import static io.mqttee.gateway.mqttsn.client.ClientHarness.toClient;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.ReturnCodes;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.SnTopic;
import io.mqttee.protocol.mqttsn.message.SnPubAck;
import io.mqttee.protocol.mqttsn.message.SnPubComp;
import io.mqttee.protocol.mqttsn.message.SnPubRec;
import io.mqttee.protocol.mqttsn.message.SnPubRel;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import io.mqttee.protocol.mqttsn.message.SnRegAck;
import io.mqttee.protocol.mqttsn.message.SnRegister;
import io.mqttee.protocol.mqttsn.message.SnSubAck;
import io.mqttee.protocol.mqttsn.message.SnSubscribe;
import io.mqttee.protocol.mqttsn.message.SnUnsubAck;
import io.mqttee.protocol.mqttsn.message.SnUnsubscribe;
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
import io.mqttee.protocol.packet.UnsubAck;
import io.mqttee.protocol.packet.Unsubscribe;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** MQTT-SN messages to MQTT packets and back: topic ids of every type and the QoS flows. */
@Tag("unit")
class SnClientTranslationTest {

  private final ClientHarness h = ClientHarness.connected(60);

  private static SnPublish snPublish(SnTopic topic, SnQoS qos, int msgId, String text) {
    return new SnPublish(false, qos, false, topic, msgId, Bytes.utf8(text));
  }

  private static Publish publish(String topic, QoS qos, int packetId, String text) {
    return new Publish(
        topic,
        qos,
        false,
        false,
        packetId,
        text.getBytes(StandardCharsets.UTF_8),
        MqttProperties.EMPTY);
  }

  private int register(String topic) {
    SnRegAck ack = (SnRegAck) toClient(h.handle(new SnRegister(0, 7, topic))).get(0);
    assertEquals(ReturnCodes.ACCEPTED, ack.returnCode());
    assertEquals(7, ack.msgId());
    return ack.topicId();
  }

  @Test
  void registersTopicsPerClientAndPublishesByTheirIds() {
    int id = register("sensors/1/temp");
    assertEquals(id, register("sensors/1/temp"), "the same name keeps its id");
    Actions out = h.handle(snPublish(new SnTopic.Registered(id), SnQoS.AT_LEAST_ONCE, 5, "21"));
    Publish p = (Publish) toBroker(out).get(0);
    assertEquals("sensors/1/temp", p.topic());
    assertEquals(QoS.AT_LEAST_ONCE, p.qos());
    assertEquals(5, p.packetId());
    assertEquals(
        List.of(new SnPubAck(id, 5, ReturnCodes.ACCEPTED)),
        toClient(h.broker(new PubAck(5))),
        "PUBACK carries the topic id of the PUBLISH");
  }

  @Test
  void refusesARegisterOfAFilter() {
    SnRegAck ack = (SnRegAck) toClient(h.handle(new SnRegister(0, 3, "a/+"))).get(0);
    assertEquals(ReturnCodes.REJECTED_NOT_SUPPORTED, ack.returnCode());
  }

  @Test
  void answersAnUnknownTopicIdWithInvalidTopicId() {
    // MQTT-SN 1.2 section 6.6
    Actions out = h.handle(snPublish(new SnTopic.Registered(99), SnQoS.AT_MOST_ONCE, 0, "x"));
    assertEquals(
        List.of(new SnPubAck(99, 0, ReturnCodes.REJECTED_INVALID_TOPIC_ID)), toClient(out));
    assertEquals(List.of(), toBroker(out));
    Actions predefined =
        h.handle(snPublish(new SnTopic.Predefined(77), SnQoS.AT_LEAST_ONCE, 4, "x"));
    assertEquals(
        List.of(new SnPubAck(77, 4, ReturnCodes.REJECTED_INVALID_TOPIC_ID)), toClient(predefined));
  }

  @Test
  void publishesToPredefinedAndShortTopics() {
    Publish predefined =
        (Publish)
            toBroker(h.handle(snPublish(new SnTopic.Predefined(2), SnQoS.AT_MOST_ONCE, 0, "n")))
                .get(0);
    assertEquals("/predefined/topic/name/nice", predefined.topic());
    Publish shortName =
        (Publish)
            toBroker(h.handle(snPublish(new SnTopic.ShortName("ab"), SnQoS.MINUS_ONE, 0, "s")))
                .get(0);
    assertEquals("ab", shortName.topic());
    assertEquals(QoS.AT_MOST_ONCE, shortName.qos(), "QoS -1 of a connected client is QoS 0");
  }

  @Test
  void carriesTheQos2FlowBothWays() {
    int id = register("t");
    h.handle(snPublish(new SnTopic.Registered(id), SnQoS.EXACTLY_ONCE, 9, "two"));
    assertEquals(List.of(new SnPubRec(9)), toClient(h.broker(new PubRec(9))));
    assertEquals(List.of(new PubRel(9)), toBroker(h.handle(new SnPubRel(9))));
    assertEquals(List.of(new SnPubComp(9)), toClient(h.broker(new PubComp(9))));
    h.broker(publish("t", QoS.EXACTLY_ONCE, 12, "down"));
    assertEquals(List.of(new PubRec(12)), toBroker(h.handle(new SnPubRec(12))));
    assertEquals(List.of(new SnPubRel(12)), toClient(h.broker(new PubRel(12))));
    assertEquals(List.of(new PubComp(12)), toBroker(h.handle(new SnPubComp(12))));
  }

  @Test
  void subscribesByNameWithATopicIdOnlyWithoutWildcards() {
    Actions out =
        h.handle(new SnSubscribe(false, SnQoS.AT_LEAST_ONCE, 3, new SnTopic.Named("a/b")));
    Subscribe subscribe = (Subscribe) toBroker(out).get(0);
    assertEquals(
        List.of(new TopicSubscription("a/b", QoS.AT_LEAST_ONCE)), subscribe.subscriptions());
    SnSubAck ack =
        (SnSubAck) toClient(h.broker(new SubAck(3, List.of(1), MqttProperties.EMPTY))).get(0);
    assertEquals(SnQoS.AT_LEAST_ONCE, ack.grantedQos());
    assertTrue(ack.topicId() > 0);
    h.handle(new SnSubscribe(false, SnQoS.AT_MOST_ONCE, 4, new SnTopic.Named("a/#")));
    SnSubAck wildcard =
        (SnSubAck) toClient(h.broker(new SubAck(4, List.of(0), MqttProperties.EMPTY))).get(0);
    assertEquals(0, wildcard.topicId());
  }

  @Test
  void subscribesByPredefinedIdAndShortName() {
    h.handle(new SnSubscribe(false, SnQoS.AT_MOST_ONCE, 3, new SnTopic.Predefined(1)));
    SnSubAck ack =
        (SnSubAck) toClient(h.broker(new SubAck(3, List.of(0), MqttProperties.EMPTY))).get(0);
    assertEquals(1, ack.topicId());
    Subscribe shortName =
        (Subscribe)
            toBroker(
                    h.handle(
                        new SnSubscribe(false, SnQoS.AT_MOST_ONCE, 4, new SnTopic.ShortName("xy"))))
                .get(0);
    assertEquals("xy", shortName.subscriptions().get(0).topicFilter());
    SnSubAck unknown =
        (SnSubAck)
            toClient(
                    h.handle(
                        new SnSubscribe(false, SnQoS.AT_MOST_ONCE, 5, new SnTopic.Predefined(9))))
                .get(0);
    assertEquals(ReturnCodes.REJECTED_INVALID_TOPIC_ID, unknown.returnCode());
  }

  @Test
  void translatesARefusedSubscription() {
    h.handle(new SnSubscribe(false, SnQoS.AT_MOST_ONCE, 3, new SnTopic.Named("secret")));
    SnSubAck ack =
        (SnSubAck) toClient(h.broker(new SubAck(3, List.of(0x80), MqttProperties.EMPTY))).get(0);
    assertEquals(ReturnCodes.REJECTED_NOT_SUPPORTED, ack.returnCode());
  }

  @Test
  void unsubscribes() {
    Actions out = h.handle(new SnUnsubscribe(6, new SnTopic.Named("a/+")));
    assertEquals(List.of(new Unsubscribe(6, List.of("a/+"), MqttProperties.EMPTY)), toBroker(out));
    assertEquals(
        List.of(new SnUnsubAck(6)),
        toClient(h.broker(new UnsubAck(6, List.of(), MqttProperties.EMPTY))));
  }

  @Test
  void deliversByRegisteredPredefinedAndShortIds() {
    h.handle(new SnSubscribe(false, SnQoS.AT_MOST_ONCE, 3, new SnTopic.Named("a/b")));
    SnSubAck ack =
        (SnSubAck) toClient(h.broker(new SubAck(3, List.of(0), MqttProperties.EMPTY))).get(0);
    SnPublish named =
        (SnPublish) toClient(h.broker(publish("a/b", QoS.AT_MOST_ONCE, 0, "1"))).get(0);
    assertEquals(new SnTopic.Registered(ack.topicId()), named.topic());
    SnPublish predefined =
        (SnPublish)
            toClient(h.broker(publish("/predefined/topic/name/hello", QoS.AT_MOST_ONCE, 0, "2")))
                .get(0);
    assertEquals(new SnTopic.Predefined(1), predefined.topic());
    SnPublish shortName =
        (SnPublish) toClient(h.broker(publish("zz", QoS.AT_LEAST_ONCE, 8, "3"))).get(0);
    assertEquals(new SnTopic.ShortName("zz"), shortName.topic());
    assertEquals(8, shortName.msgId());
    assertArrayEquals("3".getBytes(StandardCharsets.UTF_8), shortName.data().toByteArray());
  }

  @Test
  void registersATopicBeforeItsFirstPublishAndHoldsPublishesUntilRegack() {
    // MQTT-SN 1.2 section 6.10
    Actions first = h.broker(publish("a/long/topic", QoS.AT_LEAST_ONCE, 1, "one"));
    SnRegister register = (SnRegister) toClient(first).get(0);
    assertEquals("a/long/topic", register.topicName());
    assertEquals(1, toClient(first).size(), "PUBLISH waits for REGACK");
    assertEquals(List.of(), toClient(h.broker(publish("a/long/topic", QoS.AT_MOST_ONCE, 0, "2"))));
    Actions regAck =
        h.handle(new SnRegAck(register.topicId(), register.msgId(), ReturnCodes.ACCEPTED));
    List<SnPublish> sent =
        toClient(regAck).stream().map(m -> assertInstanceOf(SnPublish.class, m)).toList();
    assertEquals(2, sent.size());
    assertEquals(new SnTopic.Registered(register.topicId()), sent.get(0).topic());
    assertEquals(1, sent.get(0).msgId());
    assertEquals(
        List.of(new PubAck(1)), toBroker(h.handle(new SnPubAck(register.topicId(), 1, 0))));
  }

  @Test
  void releasesTheBrokersWindowWhenTheClientRefusesARegistration() {
    SnRegister register =
        (SnRegister) toClient(h.broker(publish("refused/topic", QoS.AT_LEAST_ONCE, 4, "x"))).get(0);
    Actions out =
        h.handle(
            new SnRegAck(register.topicId(), register.msgId(), ReturnCodes.REJECTED_CONGESTION));
    assertEquals(List.of(new PubAck(4)), toBroker(out));
    assertEquals(1, of(out, Action.Drop.class).size());
  }

  @Test
  void dropsAcknowledgementsOfNothing() {
    assertEquals(1, of(h.handle(new SnPubAck(1, 42, 0)), Action.Drop.class).size());
    assertEquals(1, of(h.handle(new SnPubComp(42)), Action.Drop.class).size());
    assertEquals(1, of(h.handle(new SnRegAck(1, 42, 0)), Action.Drop.class).size());
  }
}
