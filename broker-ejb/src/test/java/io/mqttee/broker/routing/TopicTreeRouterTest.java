// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.packet.QoS;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class TopicTreeRouterTest {
  private final TopicTreeRouter router = new TopicTreeRouter();

  private static Subscription sub(String client, String filter, QoS qos, int identifier) {
    return new Subscription(client, filter, null, qos, false, false, 0, identifier);
  }

  private static Subscription shared(String client, String group, String filter) {
    return new Subscription(client, filter, group, QoS.AT_LEAST_ONCE, false, false, 0, 0);
  }

  private RecordingTarget route(String topic) {
    RecordingTarget target = new RecordingTarget();
    router.route(topic, target);
    return target;
  }

  @Test
  void overlappingSubscriptionsOfOneSessionGiveOneDeliveryAtTheHighestQos() {
    // MQTT-3.3.5-1, MQTT 5 section 3.3.4: one message with the maximum QoS and all identifiers
    router.subscribe(sub("c", "a/#", QoS.AT_MOST_ONCE, 1));
    router.subscribe(sub("c", "a/+", QoS.EXACTLY_ONCE, 2));
    router.subscribe(sub("c", "a/b", QoS.AT_LEAST_ONCE, 0));
    router.subscribe(sub("other", "a/b", QoS.AT_MOST_ONCE, 7));

    RecordingTarget target = route("a/b");

    assertEquals(List.of("c", "other"), target.clients());
    RecordingTarget.Delivery c =
        target.deliveries.stream().filter(d -> d.best().clientId().equals("c")).findFirst().get();
    assertEquals(QoS.EXACTLY_ONCE, c.best().maxQos());
    int[] ids = c.identifiers().clone();
    Arrays.sort(ids);
    assertArrayEquals(new int[] {1, 2}, ids);
  }

  @Test
  void singleMatchCarriesItsIdentifierOrNone() {
    router.subscribe(sub("a", "t", QoS.AT_MOST_ONCE, 5));
    router.subscribe(sub("b", "t", QoS.AT_MOST_ONCE, 0));

    for (RecordingTarget.Delivery d : route("t").deliveries) {
      int[] expected = d.best().clientId().equals("a") ? new int[] {5} : new int[0];
      assertArrayEquals(expected, d.identifiers());
    }
  }

  @Test
  void resubscribingTheSameFilterReplacesTheSubscription() {
    assertFalse(router.subscribe(sub("c", "a/b", QoS.AT_MOST_ONCE, 0)));
    assertTrue(router.subscribe(sub("c", "a/b", QoS.EXACTLY_ONCE, 0)));

    assertEquals(1, router.subscriptionCount());
    RecordingTarget target = route("a/b");
    assertEquals(1, target.deliveries.size());
    assertEquals(QoS.EXACTLY_ONCE, target.deliveries.get(0).best().maxQos());
  }

  @Test
  void unsubscribeRemovesOnlyThatSubscription() {
    router.subscribe(sub("c", "a/b", QoS.AT_MOST_ONCE, 0));
    router.subscribe(sub("c", "a/#", QoS.AT_MOST_ONCE, 0));
    router.subscribe(sub("d", "a/b", QoS.AT_MOST_ONCE, 0));

    assertTrue(router.unsubscribe("c", "a/b", null));
    assertFalse(router.unsubscribe("c", "a/b", null));
    assertFalse(router.unsubscribe("c", "x/y/z", null));

    assertEquals(2, router.subscriptionCount());
    assertEquals(List.of("c", "d"), route("a/b").clients());
    assertTrue(router.unsubscribe("c", "a/#", null));
    assertEquals(List.of("d"), route("a/b").clients());
  }

  @Test
  void unsubscribeAllRemovesEverySubscriptionOfTheSession() {
    router.subscribe(sub("c", "a/b", QoS.AT_MOST_ONCE, 0));
    router.subscribe(sub("c", "#", QoS.AT_MOST_ONCE, 0));
    router.subscribe(shared("c", "g", "a/b"));
    router.subscribe(sub("d", "a/+", QoS.AT_MOST_ONCE, 0));

    router.unsubscribeAll("c");

    assertEquals(1, router.subscriptionCount());
    assertEquals(List.of("d"), route("a/b").clients());
    router.unsubscribeAll("unknown");
    assertEquals(1, router.subscriptionCount());
  }

  @Test
  void subscribingAgainAfterTheTreeEmptiedWorks() {
    router.subscribe(sub("c", "a/b/c", QoS.AT_MOST_ONCE, 0));
    router.unsubscribe("c", "a/b/c", null);
    assertEquals(0, router.subscriptionCount());

    router.subscribe(sub("c", "a/b/c", QoS.AT_MOST_ONCE, 0));

    assertEquals(List.of("c"), route("a/b/c").clients());
  }

  @Test
  void shareGroupDeliversEachMessageToOneMemberInTurn() {
    // MQTT 5 section 4.8.2
    router.subscribe(shared("m1", "g", "jobs/+"));
    router.subscribe(shared("m2", "g", "jobs/+"));
    router.subscribe(shared("m3", "g", "jobs/+"));

    int[] perMember = new int[3];
    for (int i = 0; i < 6; i++) {
      List<String> clients = route("jobs/x").clients();
      assertEquals(1, clients.size());
      perMember[clients.get(0).charAt(1) - '1']++;
    }
    assertArrayEquals(new int[] {2, 2, 2}, perMember);
  }

  @Test
  void eachShareGroupAndOrdinarySubscriptionGetsTheMessage() {
    router.subscribe(shared("m1", "g1", "jobs/#"));
    router.subscribe(shared("m1", "g2", "jobs/#"));
    router.subscribe(sub("m1", "jobs/x", QoS.AT_MOST_ONCE, 0));
    router.subscribe(shared("m2", "$queue", "jobs/x"));

    assertEquals(List.of("m1", "m1", "m1", "m2"), route("jobs/x").clients());
    assertEquals(4, router.subscriptionCount());
  }

  @Test
  void leavingAShareGroupStopsDeliveriesToThatMember() {
    router.subscribe(shared("m1", "g", "t"));
    router.subscribe(shared("m2", "g", "t"));

    assertTrue(router.unsubscribe("m1", "t", "g"));
    assertFalse(router.unsubscribe("m1", "t", null));

    for (int i = 0; i < 3; i++) {
      assertEquals(List.of("m2"), route("t").clients());
    }
  }

  @Test
  void sharedAndOrdinarySubscriptionsOfOneFilterAreDistinct() {
    router.subscribe(shared("c", "g", "t"));
    assertFalse(router.subscribe(sub("c", "t", QoS.AT_MOST_ONCE, 0)));
    assertEquals(2, router.subscriptionCount());
    assertTrue(router.unsubscribe("c", "t", null));
    assertEquals(List.of("c"), route("t").clients());
  }
}
