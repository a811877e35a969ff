// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.publish;
import static io.mqttee.broker.session.Harness.retainedPublish;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static io.mqttee.protocol.packet.QoS.AT_MOST_ONCE;
import static io.mqttee.protocol.packet.QoS.EXACTLY_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.packet.MqttPacket;
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
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sender side: what subscribers get, at which QoS, with which flags and packet ids. */
@Tag("unit")
class DeliveryTest {
  private final Harness h = new Harness();
  private final TestClient publisher = h.connect("pub", true);

  @ParameterizedTest(name = "message QoS {0}, subscription QoS {1} -> delivered at QoS {2}")
  @CsvSource({"0,0,0", "0,1,0", "0,2,0", "1,0,0", "1,1,1", "1,2,1", "2,0,0", "2,1,1", "2,2,2"})
  void deliversAtTheLowerOfMessageAndSubscriptionQos(int message, int subscription, int got) {
    TestClient sub = h.connect("sub", true);
    sub.send(subscribe(1, "q", QoS.of(subscription)));
    sub.take();
    publisher.send(publish("q", QoS.of(message), message == 0 ? 0 : 3, "m"));
    Publish delivered = sub.takePublishes().get(0);
    assertEquals(QoS.of(got), delivered.qos());
    assertEquals(got == 0, delivered.packetId() == 0);
    assertFalse(delivered.dup(), "MQTT-3.3.1-3: a first delivery never has DUP set");
  }

  @Test
  void overlappingSubscriptionsDeliverOnceAtTheHighestQos() { // MQTT-3.3.5-1
    TestClient sub = h.connect("sub", true);
    sub.send(subscribe(1, "a/+", AT_MOST_ONCE), subscribe(2, "a/#", EXACTLY_ONCE));
    sub.take();
    publisher.send(publish("a/b", EXACTLY_ONCE, 1, "m"));
    List<Publish> got = sub.takePublishes();
    assertEquals(1, got.size());
    assertEquals(EXACTLY_ONCE, got.get(0).qos());
  }

  @Test
  void wildcardsAtFirstLevelDoNotMatchDollarTopics() { // MQTT-4.7.2-1
    TestClient sub = h.connect("sub", true);
    sub.send(subscribe(1, "#", AT_MOST_ONCE), subscribe(2, "+/x", AT_MOST_ONCE));
    TestClient sys = h.connect("sys", true);
    sys.send(subscribe(3, "$SYS/#", AT_MOST_ONCE));
    sub.take();
    sys.take();
    h.core.publisher().publish(publish("$SYS/x", AT_MOST_ONCE, 0, "s"), null);
    assertTrue(sub.takePublishes().isEmpty());
    assertEquals(List.of("s"), sys.takePayloads());
  }

  @Test
  void subAckGrantsRequestedQosAndRefusesInvalidFiltersOnly() { // MQTT-3.9.3-1, -2
    TestClient sub = h.connect("sub", true);
    sub.send(
        new Subscribe(
            4,
            List.of(
                new TopicSubscription("ok/+", EXACTLY_ONCE),
                new TopicSubscription("bad/#/x", AT_LEAST_ONCE),
                new TopicSubscription("ok2", AT_MOST_ONCE)),
            MqttProperties.EMPTY));
    assertEquals(List.of(new SubAck(4, List.of(2, 0x80, 0), MqttProperties.EMPTY)), sub.take());
    assertEquals(2, h.router.subscriptionCount());
  }

  @Test
  void retainedMessagesFollowTheSubAckAndAreResentOnResubscribe() { // MQTT-3.8.4-3
    publisher.send(retainedPublish("r/1", EXACTLY_ONCE, 1, "kept"));
    TestClient sub = h.connect("sub", true);
    sub.send(subscribe(1, "r/#", AT_LEAST_ONCE));
    List<MqttPacket> first = sub.take();
    assertTrue(first.get(0) instanceof SubAck, "SUBACK first: " + first);
    Publish retained = (Publish) first.get(1);
    assertTrue(retained.retain());
    assertEquals(AT_LEAST_ONCE, retained.qos(), "retained messages are downgraded too");
    sub.send(subscribe(2, "r/#", AT_MOST_ONCE));
    List<MqttPacket> again = sub.take();
    assertEquals(2, again.size(), "resubscribe replaces and re-sends retained: " + again);
    assertEquals(AT_MOST_ONCE, ((Publish) again.get(1)).qos());
    assertEquals(1, h.router.subscriptionCount());
  }

  @Test
  void unsubscribeStopsDeliveryAndIsAlwaysAcknowledged() { // MQTT-3.10.4-5
    TestClient sub = h.connect("sub", true);
    sub.send(subscribe(1, "u", AT_MOST_ONCE));
    sub.take();
    sub.send(new Unsubscribe(2, List.of("u", "never-subscribed"), MqttProperties.EMPTY));
    assertEquals(List.of(new UnsubAck(2, List.of(), MqttProperties.EMPTY)), sub.take());
    publisher.send(publish("u", AT_MOST_ONCE, 0, "m"));
    assertTrue(sub.takePublishes().isEmpty());
  }

  @Test
  void qos1DeliveryStaysInflightUntilPubAck() { // MQTT-4.3.2-1
    TestClient sub = h.connect("sub", true);
    sub.send(subscribe(1, "q", AT_LEAST_ONCE));
    sub.take();
    publisher.send(publish("q", AT_LEAST_ONCE, 1, "m"));
    Publish got = sub.takePublishes().get(0);
    Session session = h.sessions().sessions().get("sub");
    assertEquals(1, session.inflightCount());
    sub.send(new PubAck(got.packetId()));
    assertEquals(0, session.inflightCount());
  }

  @Test
  void qos2DeliveryAnswersPubRecWithPubRelAndCompletesOnPubComp() { // MQTT-4.3.3-1
    TestClient sub = h.connect("sub", true);
    sub.send(subscribe(1, "q", EXACTLY_ONCE));
    sub.take();
    publisher.send(publish("q", EXACTLY_ONCE, 1, "m"));
    int id = sub.takePublishes().get(0).packetId();
    sub.send(new PubRec(id));
    assertEquals(List.of(new PubRel(id)), sub.take());
    Session session = h.sessions().sessions().get("sub");
    assertEquals(1, session.inflightCount(), "held until PUBCOMP");
    sub.send(new PubComp(id));
    assertEquals(0, session.inflightCount());
  }

  @Test
  void inflightWindowQueuesTheRestAndPacketIdsSkipIdsInUse() {
    TestConfig config = new TestConfig();
    config.maxInflightMessages = 2;
    Harness small = new Harness(config);
    TestClient pub = small.connect("pub", true);
    TestClient sub = small.connect("sub", true);
    sub.send(subscribe(1, "q", AT_LEAST_ONCE));
    sub.take();
    for (int i = 1; i <= 4; i++) {
      pub.send(publish("q", AT_LEAST_ONCE, i, "m" + i));
    }
    List<Publish> first = sub.takePublishes();
    assertEquals(List.of(1, 2), first.stream().map(Publish::packetId).toList());
    sub.send(new PubAck(2));
    List<Publish> next = sub.takePublishes();
    assertEquals("m3", Harness.text(next.get(0)));
    assertEquals(3, next.get(0).packetId(), "id 1 is still in use");
    sub.send(new PubAck(1), new PubAck(3));
    assertEquals(List.of("m4"), sub.takePayloads(), "order kept (MQTT-4.6.0-6)");
    assertEquals(4, small.metrics.messagesSent());
  }

  @Test
  void sharedSubscriptionDeliversEachMessageToOneMemberAndNoRetained() { // MQTT 5 4.8.2
    publisher.send(retainedPublish("s/r", AT_MOST_ONCE, 0, "kept"));
    TestClient a = h.connect("a", true);
    TestClient b = h.connect("b", true);
    a.send(subscribe(1, "$share/g/s/#", AT_MOST_ONCE));
    b.send(subscribe(1, "$share/g/s/#", AT_MOST_ONCE));
    assertEquals(1, a.take().size(), "SUBACK only, no retained message");
    b.take();
    for (int i = 0; i < 4; i++) {
      publisher.send(publish("s/x", AT_MOST_ONCE, 0, "m" + i));
    }
    assertEquals(4, a.takePublishes().size() + b.takePublishes().size());
    a.send(new Unsubscribe(2, List.of("$share/g/s/#"), MqttProperties.EMPTY));
    b.send(new Unsubscribe(2, List.of("$share/g/s/#"), MqttProperties.EMPTY));
    assertEquals(0, h.router.subscriptionCount());
  }

  @Test
  void retainHandlingOneSendsRetainedForNewSubscriptionsOnlyAndTwoNever() { // MQTT 5 3.8.3.1
    publisher.send(retainedPublish("h/1", AT_MOST_ONCE, 0, "kept"));
    TestClient sub = h.connect("sub", true);
    Subscribe onlyNew =
        new Subscribe(
            1,
            List.of(new TopicSubscription("h/#", AT_MOST_ONCE, false, false, 1)),
            MqttProperties.EMPTY);
    sub.send(onlyNew);
    assertEquals(1, sub.takePublishes().size());
    sub.send(onlyNew);
    assertTrue(sub.takePublishes().isEmpty(), "the subscription existed");
    sub.send(
        new Subscribe(
            2,
            List.of(new TopicSubscription("h/1", AT_MOST_ONCE, false, false, 2)),
            MqttProperties.EMPTY));
    assertTrue(sub.takePublishes().isEmpty());
  }
}
