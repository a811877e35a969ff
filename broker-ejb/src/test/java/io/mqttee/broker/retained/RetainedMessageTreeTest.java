// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.retained;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.mqttee.broker.store.StoreSnapshot.RetainedEntry;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class RetainedMessageTreeTest {
  private static final long T0 = 1_000_000L;

  private final RecordingMessageStore store = new RecordingMessageStore();
  private final SettableClock clock = new SettableClock(T0);
  private final RetainedMessageTree retained = new RetainedMessageTree(store, 0, clock);

  static Publish retainedPublish(String topic, String payload) {
    return retainedPublish(topic, payload, MqttProperties.EMPTY);
  }

  static Publish retainedPublish(String topic, String payload, MqttProperties properties) {
    return new Publish(
        topic,
        QoS.AT_LEAST_ONCE,
        true,
        false,
        1,
        payload.getBytes(StandardCharsets.UTF_8),
        properties);
  }

  private List<String> matching(RetainedMessageTree tree, String filter) {
    List<String> found = new ArrayList<>();
    tree.forEachMatching(
        filter, p -> found.add(p.topic() + "=" + new String(p.payload(), StandardCharsets.UTF_8)));
    found.sort(null);
    return found;
  }

  private List<String> matching(String filter) {
    return matching(retained, filter);
  }

  @Test
  void keepsTheLastMessageOfEachTopic() {
    retained.apply(retainedPublish("a/b", "1"));
    retained.apply(retainedPublish("a/b", "2"));
    retained.apply(retainedPublish("a/c", "3"));

    assertEquals(List.of("a/b=2"), matching("a/b"));
    assertEquals(2, retained.count());
    assertEquals(List.of("saved a/b 0", "saved a/b 0", "saved a/c 0"), store.calls);
  }

  @Test
  void deliversTheStoredPublishWithItsRetainFlag() {
    // MQTT-3.3.1-8: the session layer sends it with RETAIN set; the stored packet keeps it
    Publish p = retainedPublish("a", "x");
    retained.apply(p);
    List<Publish> found = new ArrayList<>();
    retained.forEachMatching("a", found::add);
    assertSame(p, found.get(0));
  }

  @Test
  void emptyPayloadClearsTheTopic() {
    // MQTT-3.3.1-10, MQTT-3.3.1-11
    retained.apply(retainedPublish("a/b", "1"));
    retained.apply(retainedPublish("a/b", ""));
    retained.apply(retainedPublish("never/set", ""));

    assertEquals(List.of(), matching("#"));
    assertEquals(0, retained.count());
    assertEquals(List.of("saved a/b 0", "removed a/b"), store.calls);
  }

  @Test
  void clearedTopicCanBeRetainedAgain() {
    retained.apply(retainedPublish("a/b/c", "1"));
    retained.apply(retainedPublish("a/b/c", ""));
    retained.apply(retainedPublish("a/b/c", "2"));

    assertEquals(List.of("a/b/c=2"), matching("a/+/c"));
  }

  @Test
  void filtersMatchLikeSubscriptions() {
    for (String topic :
        List.of("sport", "sport/tennis", "sport/tennis/p1", "/finance", "a//b", "$SYS/x")) {
      retained.apply(retainedPublish(topic, "v"));
    }

    assertEquals(
        List.of("/finance=v", "a//b=v", "sport/tennis/p1=v", "sport/tennis=v", "sport=v"),
        matching("#"));
    assertEquals(List.of("sport/tennis/p1=v", "sport/tennis=v", "sport=v"), matching("sport/#"));
    assertEquals(List.of("sport/tennis=v"), matching("sport/+"));
    assertEquals(List.of("/finance=v"), matching("+/finance"));
    assertEquals(List.of("a//b=v", "sport/tennis/p1=v"), matching("+/+/+"));
    assertEquals(List.of("/finance=v", "sport/tennis=v"), matching("+/+"));
    assertEquals(List.of("a//b=v"), matching("a/+/b"));
    // MQTT-4.7.2-1
    assertEquals(List.of("sport=v"), matching("+"));
    assertEquals(List.of("$SYS/x=v"), matching("$SYS/#"));
    assertEquals(List.of("$SYS/x=v"), matching("$SYS/+"));
  }

  @Test
  void sysTopicsAreKeptInMemoryOnly() {
    retained.apply(retainedPublish("$SYS/broker/uptime", "1 seconds"));
    retained.apply(retainedPublish("$SYS/broker/uptime", ""));
    retained.apply(retainedPublish("$SYS/broker/version", "v"));

    assertEquals(List.of(), store.calls);
    assertEquals(List.of("$SYS/broker/version=v"), matching("$SYS/broker/#"));
  }

  @Test
  void defaultExpiryHidesAndPurgesOldMessages() {
    RetainedMessageTree expiring = new RetainedMessageTree(store, 60, clock);
    expiring.apply(retainedPublish("a", "1"));
    clock.advanceSeconds(30);
    expiring.apply(retainedPublish("b", "2"));

    clock.advanceSeconds(30);
    assertEquals(List.of("b=2"), matching(expiring, "#"));
    assertEquals(1, expiring.count());

    clock.advanceSeconds(30);
    assertEquals(1, expiring.purgeExpired(clock.millis()));
    assertEquals(0, expiring.count());
    assertEquals(
        List.of("saved a " + (T0 + 60_000), "saved b " + (T0 + 90_000), "removed a", "removed b"),
        store.calls);
  }

  @Test
  void messageExpiryIntervalOverridesTheDefaultAndCountsDown() {
    // MQTT 5 section 3.3.2.3.3: the interval delivered is lowered by the time waited
    RetainedMessageTree expiring = new RetainedMessageTree(store, 3600, clock);
    MqttProperties tenSeconds = new MqttProperties(List.of(new MqttProperties.Property(0x02, 10)));
    expiring.apply(retainedPublish("a", "1", tenSeconds));
    clock.advanceSeconds(4);

    List<Publish> found = new ArrayList<>();
    expiring.forEachMatching("a", found::add);
    assertEquals(6, found.get(0).properties().intValue(0x02, -1));

    clock.advanceSeconds(6);
    assertEquals(List.of(), matching(expiring, "a"));
    assertEquals(List.of("saved a " + (T0 + 10_000), "removed a"), store.calls);
  }

  @Test
  void restoreLoadsStoredMessagesAndDropsExpiredOnes() {
    retained.restore(
        List.of(
            new RetainedEntry(retainedPublish("kept", "1"), 0),
            new RetainedEntry(retainedPublish("later", "2"), T0 + 1),
            new RetainedEntry(retainedPublish("gone", "3"), T0)));

    assertEquals(List.of("kept=1", "later=2"), matching("#"));
    assertEquals(2, retained.count());
    assertEquals(List.of("removed gone"), store.calls);
  }
}
