// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static io.mqttee.protocol.packet.QoS.AT_MOST_ONCE;
import static io.mqttee.protocol.packet.QoS.EXACTLY_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.connection.PropertyIds;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.ReasonCodes;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** MQTT 5 PUBLISH from a client: Receive Maximum, payload format and ack reason codes. */
@Tag("unit")
class Mqtt5InboundPublishTest {
  private static final byte[] NOT_UTF8 = {(byte) 0xC3, (byte) 0x28};

  private final TestConfig config = new TestConfig();

  private static PubAck pubAck(int packetId, int reasonCode) {
    return new PubAck(packetId, reasonCode, MqttProperties.EMPTY);
  }

  @Test
  void disconnectsAClientExceedingTheBrokerReceiveMaximum() { // MQTT-3.3.4-7, section 3.3.4
    config.receiveMaximum = 2;
    Harness h = new Harness(config);
    TestClient c = h.connect(Mqtt5.connect("p", true));
    c.send(Mqtt5.publish("t", EXACTLY_ONCE, 1, "a"), Mqtt5.publish("t", EXACTLY_ONCE, 2, "b"));
    c.send(Mqtt5.publish("t", EXACTLY_ONCE, 1, "a")); // a resend is no new message
    assertFalse(c.closedByBroker());
    c.take();
    c.send(Mqtt5.publish("t", EXACTLY_ONCE, 3, "c"));
    assertEquals(
        List.of(new Disconnect(ReasonCodes.RECEIVE_MAXIMUM_EXCEEDED, MqttProperties.EMPTY)),
        c.take());
    h.lingerPassed();
    assertTrue(c.closedByBroker());
  }

  @Test
  void countsQoS1MessagesWhosePubAckWaitsForTheStore() { // MQTT 5 section 3.3.4
    config.receiveMaximum = 1;
    Harness h = new Harness(config);
    h.connect("stored", false).send(subscribe(1, "t", AT_LEAST_ONCE));
    TestClient c = h.connect(Mqtt5.connect("p", true));
    h.store.holdCommits();
    c.send(Mqtt5.publish("t", AT_LEAST_ONCE, 1, "a"));
    assertEquals(List.of(), c.take(), "the PUBACK waits for the durability point");
    h.store.commit();
    assertEquals(List.of(pubAck(1, ReasonCodes.SUCCESS)), c.take());
    c.send(Mqtt5.publish("t", AT_LEAST_ONCE, 2, "b"), Mqtt5.publish("t", AT_LEAST_ONCE, 3, "c"));
    assertEquals(
        List.of(new Disconnect(ReasonCodes.RECEIVE_MAXIMUM_EXCEEDED, MqttProperties.EMPTY)),
        c.take());
  }

  @Test
  void aReleasedMessageNoLongerCountsAgainstTheReceiveMaximum() {
    config.receiveMaximum = 1;
    TestClient c = new Harness(config).connect(Mqtt5.connect("p", true));
    c.send(Mqtt5.publish("t", EXACTLY_ONCE, 1, "a"), new PubRel(1));
    c.send(Mqtt5.publish("t", AT_LEAST_ONCE, 2, "b"), Mqtt5.publish("t", EXACTLY_ONCE, 3, "c"));
    assertFalse(c.closedByBroker());
  }

  @Test
  void acksWithNoMatchingSubscribersWhenNothingMatched() { // MQTT 5 section 3.4.2.1
    Harness h = new Harness(config);
    TestClient pub = h.connect(Mqtt5.connect("p", true));
    pub.send(Mqtt5.publish("nobody", AT_LEAST_ONCE, 1, "x"));
    pub.send(Mqtt5.publish("nobody", EXACTLY_ONCE, 2, "x"));
    assertEquals(
        List.of(
            pubAck(1, ReasonCodes.NO_MATCHING_SUBSCRIBERS),
            new PubRec(2, ReasonCodes.NO_MATCHING_SUBSCRIBERS, MqttProperties.EMPTY)),
        pub.take());
    h.connect("sub", true).send(subscribe(1, "somebody", AT_LEAST_ONCE));
    pub.send(Mqtt5.publish("somebody", AT_LEAST_ONCE, 3, "x"));
    assertEquals(List.of(pubAck(3, ReasonCodes.SUCCESS)), pub.take());
  }

  @Test
  void mqtt311AcksNeverCarryNoMatchingSubscribers() {
    TestClient pub = new Harness(config).connect("p", true);
    pub.send(Harness.publish("nobody", AT_LEAST_ONCE, 1, "x"));
    assertEquals(List.of(new PubAck(1)), pub.take());
  }

  @Test
  void refusesANonUtf8PayloadMarkedAsUtf8InTheAck() { // MQTT-3.3.2-4
    Harness h = new Harness(config);
    TestClient sub = h.connect("sub", true);
    sub.send(subscribe(1, "f", AT_LEAST_ONCE));
    sub.take();
    TestClient pub = h.connect(Mqtt5.connect("p", true));
    Property utf8 = new Property(PropertyIds.PAYLOAD_FORMAT_INDICATOR, 1);
    pub.send(Mqtt5.publish("f", AT_LEAST_ONCE, 1, NOT_UTF8, utf8));
    pub.send(Mqtt5.publish("f", EXACTLY_ONCE, 2, NOT_UTF8, utf8));
    assertEquals(
        List.of(
            pubAck(1, ReasonCodes.PAYLOAD_FORMAT_INVALID),
            new PubRec(2, ReasonCodes.PAYLOAD_FORMAT_INVALID, MqttProperties.EMPTY)),
        pub.take());
    assertEquals(List.of(), sub.takePublishes(), "the message is not forwarded");
    pub.send(Mqtt5.publish("f", AT_LEAST_ONCE, 3, NOT_UTF8)); // no indicator: binary
    assertEquals(1, sub.takePublishes().size());
  }

  @Test
  void disconnectsOnANonUtf8QoS0PayloadMarkedAsUtf8() { // MQTT-3.3.2-4
    TestClient pub = new Harness(config).connect(Mqtt5.connect("p", true));
    Property utf8 = new Property(PropertyIds.PAYLOAD_FORMAT_INDICATOR, 1);
    pub.send(Mqtt5.publish("f", AT_MOST_ONCE, 0, NOT_UTF8, utf8));
    assertEquals(
        List.of(new Disconnect(ReasonCodes.PAYLOAD_FORMAT_INVALID, MqttProperties.EMPTY)),
        pub.take());
  }
}
