// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.connectPacket;
import static io.mqttee.broker.session.Harness.publish;
import static io.mqttee.broker.session.Harness.retainedPublish;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.broker.session.Harness.will;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static io.mqttee.protocol.packet.QoS.AT_MOST_ONCE;
import static io.mqttee.protocol.packet.QoS.EXACTLY_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.Publish;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The receiver side of the QoS flows: what a publishing client gets back. */
@Tag("unit")
class InboundPublishTest {
  private final Harness h = new Harness();
  private final TestClient subscriber = h.connect("sub", true);
  private final TestClient publisher = h.connect("pub", true);

  InboundPublishTest() {
    subscriber.send(subscribe(1, "t/#", EXACTLY_ONCE));
    subscriber.take();
  }

  @Test
  void routesQos0WithoutAnyAck() {
    publisher.send(publish("t/a", AT_MOST_ONCE, 0, "m"));
    assertTrue(publisher.take().isEmpty());
    assertEquals(List.of("m"), subscriber.takePayloads());
    assertEquals(1, h.metrics.messagesReceived());
  }

  @Test
  void routesQos1ThenAcknowledgesWithPubAck() { // MQTT-4.3.2-2
    publisher.send(publish("t/a", AT_LEAST_ONCE, 7, "m"));
    assertEquals(List.of(new PubAck(7)), publisher.take());
    assertEquals(List.of("m"), subscriber.takePayloads());
  }

  @Test
  void qos2RoutesOnFirstReceiptAndAnswersPubRecThenPubComp() { // MQTT-4.3.3-2
    publisher.send(publish("t/a", EXACTLY_ONCE, 9, "m"));
    assertEquals(List.of(new PubRec(9)), publisher.take());
    assertEquals(List.of("m"), subscriber.takePayloads());
    Publish resend = publish("t/a", EXACTLY_ONCE, 9, "m").asDuplicate();
    publisher.send(resend);
    assertEquals(List.of(new PubRec(9)), publisher.take());
    assertTrue(subscriber.takePublishes().isEmpty(), "a DUP resend before PUBREL is not routed");
    publisher.send(new PubRel(9));
    assertEquals(List.of(new PubComp(9)), publisher.take());
    publisher.send(publish("t/a", EXACTLY_ONCE, 9, "next"));
    assertEquals(List.of("next"), subscriber.takePayloads(), "after PUBREL the id is new");
  }

  @Test
  void pubRelForUnknownPacketIdStillGetsPubComp() {
    publisher.send(new PubRel(42));
    assertEquals(List.of(new PubComp(42)), publisher.take());
  }

  @Test
  void closesConnectionPublishingToWildcardTopicAndPublishesItsWill() { // MQTT-3.3.2-2
    TestClient willing =
        h.connect(connectPacket("w", true, 0, will("t/will", AT_MOST_ONCE, false, "gone")));
    willing.send(publish("t/+", AT_MOST_ONCE, 0, "bad"), publish("t/a", AT_MOST_ONCE, 0, "after"));
    assertTrue(willing.closedByBroker());
    assertEquals(List.of("gone"), subscriber.takePayloads(), "abnormal close: will, nothing else");
  }

  @Test
  void retainedMessageIsSetReplacedAndClearedByEmptyPayload() { // MQTT-3.3.1-5, -10, -11
    publisher.send(retainedPublish("t/r", AT_LEAST_ONCE, 1, "one"));
    publisher.send(retainedPublish("t/r", AT_LEAST_ONCE, 2, "two"));
    subscriber.take();
    TestClient late = h.connect("late", true);
    late.send(subscribe(5, "t/r", AT_LEAST_ONCE));
    List<Publish> got = late.takePublishes();
    assertEquals(1, got.size());
    assertEquals("two", Harness.text(got.get(0)));
    assertTrue(got.get(0).retain(), "MQTT-3.3.1-8: sent on subscribe with RETAIN=1");
    publisher.send(retainedPublish("t/r", AT_MOST_ONCE, 0, ""));
    TestClient later = h.connect("later", true);
    later.send(subscribe(6, "t/r", AT_LEAST_ONCE));
    assertTrue(later.takePublishes().isEmpty(), "an empty retained payload clears the topic");
  }

  @Test
  void retainedPublishIsDeliveredToExistingSubscribersWithRetainFlagClear() { // MQTT-3.3.1-9
    publisher.send(retainedPublish("t/r", AT_MOST_ONCE, 0, "now"));
    List<Publish> got = subscriber.takePublishes();
    assertEquals(1, got.size());
    assertFalse(got.get(0).retain());
  }
}
