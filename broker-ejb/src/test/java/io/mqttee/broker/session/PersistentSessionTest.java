// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.connectPacket;
import static io.mqttee.broker.session.Harness.publish;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static io.mqttee.protocol.packet.QoS.AT_MOST_ONCE;
import static io.mqttee.protocol.packet.QoS.EXACTLY_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.store.StoreSnapshot;
import io.mqttee.broker.store.StoredMessage;
import io.mqttee.broker.store.StoredSession;
import io.mqttee.broker.store.StoredSubscription;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.Unsubscribe;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Clean session 0: what survives the connection, and how it comes back (MQTT-3.1.2-4, -5). */
@Tag("unit")
class PersistentSessionTest {
  private final TestConfig config = new TestConfig();

  private TestClient offlineSubscriber(Harness h, String filter) {
    TestClient sub = h.connect("p", false);
    sub.send(subscribe(1, filter, EXACTLY_ONCE));
    sub.take();
    sub.transportClosed();
    return sub;
  }

  private static TestClient reconnect(Harness h, List<MqttPacket> firstPackets) {
    TestClient again = h.open();
    again.send(connectPacket("p", false, 0, null));
    List<MqttPacket> got = again.take();
    assertTrue(((ConnAck) got.get(0)).sessionPresent(), "MQTT-3.2.2-2");
    firstPackets.addAll(got.subList(1, got.size()));
    return again;
  }

  @Test
  void queuesQos1And2WhileOfflineDropsQos0AndDeliversInOrderOnReconnect() {
    Harness h = new Harness(config);
    offlineSubscriber(h, "q/#");
    TestClient pub = h.connect("pub", true);
    pub.send(publish("q/a", AT_LEAST_ONCE, 1, "one"));
    pub.send(publish("q/a", AT_MOST_ONCE, 0, "lost"));
    pub.send(publish("q/a", EXACTLY_ONCE, 2, "two"));
    pub.send(publish("q/b", AT_LEAST_ONCE, 3, "three"));
    List<MqttPacket> delivered = new ArrayList<>();
    reconnect(h, delivered);
    List<String> payloads = delivered.stream().map(p -> Harness.text((Publish) p)).toList();
    assertEquals(List.of("one", "two", "three"), payloads, "MQTT-4.6.0: order kept");
    assertEquals(EXACTLY_ONCE, ((Publish) delivered.get(1)).qos());
  }

  @Test
  void offlineQueueIsBoundedAndCountsDrops() {
    config.maxQueuedMessages = 2;
    Harness h = new Harness(config);
    offlineSubscriber(h, "q");
    TestClient pub = h.connect("pub", true);
    for (int i = 1; i <= 4; i++) {
      pub.send(publish("q", AT_LEAST_ONCE, i, "m" + i));
    }
    assertEquals(2, h.metrics.messagesDropped());
    List<MqttPacket> delivered = new ArrayList<>();
    reconnect(h, delivered);
    assertEquals(
        List.of("m1", "m2"), delivered.stream().map(p -> Harness.text((Publish) p)).toList());
  }

  @Test
  void resendsUnacknowledgedMessagesWithDupInOriginalOrderThenQueuedOnes() { // MQTT-4.4.0-1
    config.maxInflightMessages = 2;
    Harness h = new Harness(config);
    TestClient sub = h.connect("p", false);
    sub.send(subscribe(1, "q", EXACTLY_ONCE));
    sub.take();
    TestClient pub = h.connect("pub", true);
    pub.send(publish("q", AT_LEAST_ONCE, 1, "a"));
    pub.send(publish("q", EXACTLY_ONCE, 2, "b"));
    pub.send(publish("q", AT_LEAST_ONCE, 3, "c"));
    List<Publish> first = sub.takePublishes();
    assertEquals(2, first.size(), "window of 2");
    sub.send(new PubRec(first.get(1).packetId()));
    sub.take();
    sub.transportClosed();
    List<MqttPacket> resent = new ArrayList<>();
    reconnect(h, resent);
    Publish a = (Publish) resent.get(0);
    assertEquals("a", Harness.text(a));
    assertTrue(a.dup());
    assertEquals(first.get(0).packetId(), a.packetId(), "same packet id");
    assertEquals(new PubRel(first.get(1).packetId()), resent.get(1), "PUBREL resent for b");
    assertEquals(2, resent.size(), "the window is still full");
  }

  @Test
  void queuedMessageFollowsOnceTheWindowOpensAfterReconnect() {
    config.maxInflightMessages = 1;
    Harness h = new Harness(config);
    TestClient sub = h.connect("p", false);
    sub.send(subscribe(1, "q", AT_LEAST_ONCE));
    sub.take();
    TestClient pub = h.connect("pub", true);
    pub.send(publish("q", AT_LEAST_ONCE, 1, "a"), publish("q", AT_LEAST_ONCE, 2, "b"));
    int id = sub.takePublishes().get(0).packetId();
    sub.transportClosed();
    List<MqttPacket> resent = new ArrayList<>();
    TestClient again = reconnect(h, resent);
    assertEquals(1, resent.size());
    again.send(new PubAck(id));
    Publish b = again.takePublishes().get(0);
    assertEquals("b", Harness.text(b));
    assertFalse(b.dup());
  }

  @Test
  void writesSessionSubscriptionsAndMessageStatesToTheStore() {
    Harness h = new Harness(config);
    TestClient sub = h.connect("p", false);
    sub.send(subscribe(1, "q", EXACTLY_ONCE));
    TestClient pub = h.connect("pub", true);
    pub.send(publish("q", EXACTLY_ONCE, 1, "m"));
    int id = sub.takePublishes().get(0).packetId();
    sub.send(new PubRec(id));
    sub.send(new PubComp(id));
    sub.send(new Unsubscribe(2, List.of("q"), MqttProperties.EMPTY));
    sub.transportClosed();
    assertEquals(
        List.of(
            "sessionSaved p false",
            "subscriptionSaved p q",
            "messageQueued p 1 q",
            "messageSent p 1 " + id,
            "messageReceived p 1",
            "messageCompleted p 1",
            "subscriptionRemoved p q",
            "sessionSaved p true"),
        h.store.calls());
  }

  @Test
  void restoresOfflineSessionsWithSubscriptionsAndMessages() {
    Harness h = new Harness(config);
    Publish queued = publish("q", AT_LEAST_ONCE, 0, "queued");
    Publish sent = publish("q", EXACTLY_ONCE, 0, "sent");
    h.sessions()
        .restore(
            new StoreSnapshot(
                List.of(
                    new StoreSnapshot.SessionState(
                        new StoredSession("p", 4, 0xFFFF_FFFFL, 5),
                        List.of(new StoredSubscription("q", null, 2, false, false, 0, 0)),
                        List.of(
                            new StoredMessage(7, sent, 12, false),
                            new StoredMessage(8, queued, 0, false)))),
                List.of()));
    List<MqttPacket> got = new ArrayList<>();
    TestClient again = reconnect(h, got);
    Publish first = (Publish) got.get(0);
    assertEquals(12, first.packetId());
    assertTrue(first.dup());
    assertEquals("queued", Harness.text((Publish) got.get(1)));
    TestClient pub = h.connect("pub", true);
    pub.send(publish("q", AT_LEAST_ONCE, 1, "live"));
    Publish live = again.takePublishes().get(0);
    assertEquals("live", Harness.text(live));
    assertTrue(h.store.calls().contains("messageQueued p 9 q"), "sequence continues");
  }

  @Test
  void aRestoredSessionKnowsAResentQos2MessageAsOneAlreadyRouted() { // MQTT-4.3.3-2
    Harness h = new Harness(config);
    h.sessions()
        .restore(
            new StoreSnapshot(
                List.of(
                    new StoreSnapshot.SessionState(
                        new StoredSession("p", 4, 0xFFFF_FFFFL, 5),
                        List.of(),
                        List.of(),
                        List.of(21))),
                List.of()));
    TestClient sub = h.connect("sub", true);
    sub.send(subscribe(1, "x", AT_LEAST_ONCE));
    sub.take();
    List<MqttPacket> got = new ArrayList<>();
    TestClient again = reconnect(h, got);
    Publish resend = publish("x", EXACTLY_ONCE, 21, "once").asDuplicate();
    again.send(resend);
    assertEquals(List.of(new PubRec(21)), again.take());
    assertEquals(List.of(), sub.takePublishes(), "routed before the restart, not again");
    again.send(new PubRel(21));
    assertEquals(List.of(new PubComp(21)), again.take());
    assertTrue(h.store.calls().contains("inboundReleased p 21"));
  }
}
