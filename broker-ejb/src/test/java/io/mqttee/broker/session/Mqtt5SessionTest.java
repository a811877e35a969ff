// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.publish;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The MQTT 5 CONNECT properties the session layer honours already. */
@Tag("unit")
class Mqtt5SessionTest {
  private final Harness h = new Harness();

  private static Connect v5(String clientId, boolean cleanStart, Property... properties) {
    return new Connect(
        ProtocolVersion.MQTT_5,
        clientId,
        cleanStart,
        0,
        null,
        null,
        null,
        new MqttProperties(List.of(properties)));
  }

  @Test
  void assignsAClientIdentifierAndReportsItInConnAck() { // MQTT-3.2.2-16
    TestClient c = h.open();
    c.send(v5("", false));
    ConnAck ack = (ConnAck) c.take().get(0);
    assertEquals(0, ack.reasonCode());
    Object assigned = ack.properties().get(0x12);
    assertTrue(assigned instanceof String s && s.startsWith("auto-"), "assigned: " + assigned);
  }

  @Test
  void sessionWithoutExpiryIntervalEndsWithItsConnection() { // MQTT 5 3.1.2.11.2
    TestClient c = h.connect(v5("five", false));
    c.send(subscribe(1, "x", AT_LEAST_ONCE));
    c.transportClosed();
    assertEquals(0, h.sessions().sessions().size());
    assertTrue(h.store.calls().isEmpty(), "an expiry of 0 is never stored");
  }

  @Test
  void sessionWithExpiryIntervalIsStoredAndResumed() {
    TestClient c = h.connect(v5("five", false, new Property(0x11, 3600)));
    c.transportClosed();
    TestClient again = h.open();
    again.send(v5("five", false, new Property(0x11, 3600)));
    assertTrue(((ConnAck) again.take().get(0)).sessionPresent());
    assertEquals("sessionSaved five false", h.store.calls().get(0));
  }

  @Test
  void receiveMaximumLimitsUnacknowledgedDeliveries() { // MQTT-3.3.4-9
    TestClient sub = h.connect(v5("sub", true, new Property(0x21, 1)));
    sub.send(subscribe(1, "q", AT_LEAST_ONCE));
    sub.take();
    TestClient pub = h.connect("pub", true);
    pub.send(publish("q", AT_LEAST_ONCE, 1, "a"), publish("q", AT_LEAST_ONCE, 2, "b"));
    List<Publish> first = sub.takePublishes();
    assertEquals(1, first.size());
    sub.send(new PubAck(first.get(0).packetId()));
    List<Publish> second = sub.takePublishes();
    assertEquals("b", Harness.text(second.get(0)));
    assertFalse(second.get(0).dup());
  }

  @Test
  void tellsATakenOverClientWhyWithDisconnect() { // MQTT-3.1.4-3
    TestClient first = h.connect(v5("same", true));
    h.connect(v5("same", true));
    assertEquals(
        List.of(new Disconnect(ReasonCodes.SESSION_TAKEN_OVER, MqttProperties.EMPTY)),
        first.take());
    h.lingerPassed();
    assertTrue(first.closedByBroker());
  }

  @Test
  void tellsAClientPublishingToAWildcardTopicWhyWithDisconnect() {
    TestClient c = h.connect(v5("c", true));
    c.send(publish("a/+", AT_LEAST_ONCE, 1, "x"));
    assertEquals(
        List.of(new Disconnect(ReasonCodes.TOPIC_NAME_INVALID, MqttProperties.EMPTY)), c.take());
  }

  @Test
  void deliversTheSubscriptionIdentifiersOfEveryMatchingSubscription() { // MQTT-3.3.4-3
    TestClient sub = h.connect(v5("sub", true));
    sub.send(
        new Subscribe(
            1,
            List.of(new TopicSubscription("i/#", AT_LEAST_ONCE)),
            new MqttProperties(List.of(new Property(0x0B, 7)))),
        new Subscribe(
            2,
            List.of(new TopicSubscription("i/+", AT_LEAST_ONCE)),
            new MqttProperties(List.of(new Property(0x0B, 9)))));
    sub.take();
    h.connect("pub", true).send(publish("i/x", AT_LEAST_ONCE, 1, "m"));
    List<Publish> got = sub.takePublishes();
    assertEquals(1, got.size());
    List<Integer> ids =
        got.get(0).properties().entries().stream()
            .filter(p -> p.id() == 0x0B)
            .map(p -> (Integer) p.value())
            .sorted()
            .toList();
    assertEquals(List.of(7, 9), ids);
  }

  @Test
  void offlineSessionIsDiscardedOnceItsExpiryIntervalPassed() { // MQTT 5 section 4.1.1
    TestClient c = h.connect(v5("short", false, new Property(0x11, 10)));
    c.send(subscribe(1, "e", AT_LEAST_ONCE));
    c.transportClosed();
    h.advanceMillis(10_000);
    h.core.sessionExpiry().run();
    assertEquals(1, h.sessions().sessions().size(), "10 s have not passed yet");
    h.advanceMillis(1);
    h.core.sessionExpiry().run();
    assertEquals(0, h.sessions().sessions().size());
    assertEquals(0, h.router.subscriptionCount());
    assertTrue(h.store.calls().contains("sessionRemoved short"));
  }

  @Test
  void mqtt311PersistentSessionNeverExpires() {
    h.connect("forever", false).transportClosed();
    h.advanceMillis(365L * 24 * 3600 * 1000);
    h.core.sessionExpiry().run();
    assertEquals(1, h.sessions().sessions().size());
  }
}
