// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.publish;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static io.mqttee.protocol.packet.QoS.EXACTLY_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The publisher's ack goes out only once a persistent session's copy is durable. */
@Tag("unit")
class DurabilityTest {
  private final Harness h = new Harness();
  private final TestClient pub = h.connect("pub", true);

  DurabilityTest() {
    h.store.holdCommits();
  }

  private void persistentSubscriber(String filter) {
    TestClient sub = h.connect("durable", false);
    sub.send(subscribe(1, filter, EXACTLY_ONCE));
    sub.transportClosed();
  }

  @Test
  void pubAckWaitsForTheStoreWhenAPersistentSessionQueuedTheMessage() {
    persistentSubscriber("d");
    pub.send(publish("d", AT_LEAST_ONCE, 5, "m"));
    assertTrue(pub.take().isEmpty(), "no PUBACK before the durability point");
    h.store.commit();
    assertEquals(List.of(new PubAck(5)), pub.take());
  }

  @Test
  void pubRecWaitsForTheStoreForQos2() {
    persistentSubscriber("d");
    pub.send(publish("d", EXACTLY_ONCE, 6, "m"));
    assertTrue(pub.take().isEmpty());
    h.store.commit();
    assertEquals(List.of(new PubRec(6)), pub.take());
    pub.send(new PubRel(6));
    assertEquals(List.of(new PubComp(6)), pub.take());
  }

  @Test
  void laterAcksOfTheSameConnectionQueueBehindAWaitingOne() {
    persistentSubscriber("d");
    pub.send(publish("d", AT_LEAST_ONCE, 1, "stored"), publish("other", AT_LEAST_ONCE, 2, "not"));
    assertTrue(pub.take().isEmpty(), "the second ack must not overtake the first");
    h.store.commit();
    assertEquals(List.of(new PubAck(1), new PubAck(2)), pub.take());
    pub.send(publish("other", AT_LEAST_ONCE, 3, "free"));
    assertEquals(List.of(new PubAck(3)), pub.take(), "nothing waits any more");
  }

  @Test
  void acksAtOnceWhenOnlyCleanSessionsReceive() {
    TestClient sub = h.connect("clean", true);
    sub.send(subscribe(1, "d", EXACTLY_ONCE));
    pub.send(publish("d", AT_LEAST_ONCE, 4, "m"));
    assertEquals(List.of(new PubAck(4)), pub.take());
    assertTrue(h.store.calls().isEmpty(), "clean sessions never touch the store");
  }
}
