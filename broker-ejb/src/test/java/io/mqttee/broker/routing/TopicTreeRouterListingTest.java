// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.protocol.packet.QoS;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Reading what the router holds without its writers' locks. */
@Tag("unit")
class TopicTreeRouterListingTest {
  private final TopicTreeRouter router = new TopicTreeRouter();
  private final Subscription plain = new Subscription("a", "s/+", QoS.AT_LEAST_ONCE);
  private final Subscription deep = new Subscription("b", "s/x/#", QoS.AT_MOST_ONCE);
  private final Subscription shared =
      new Subscription("a", "s/+", "g", QoS.EXACTLY_ONCE, false, false, 0, 7);

  TopicTreeRouterListingTest() {
    router.subscribe(plain);
    router.subscribe(deep);
    router.subscribe(shared);
  }

  private static List<Subscription> sorted(List<Subscription> subscriptions) {
    List<Subscription> copy = new ArrayList<>(subscriptions);
    copy.sort(Comparator.comparing(Subscription::toString));
    return copy;
  }

  @Test
  void visitsEverySubscriptionSharedOnesIncluded() {
    List<Subscription> seen = new ArrayList<>();
    router.forEachSubscription(seen::add);
    assertEquals(sorted(List.of(plain, deep, shared)), sorted(seen));
  }

  @Test
  void listsTheSubscriptionsOfOneClient() {
    assertEquals(sorted(List.of(plain, shared)), sorted(router.subscriptionsOf("a")));
    assertEquals(List.of(deep), router.subscriptionsOf("b"));
    assertEquals(List.of(), router.subscriptionsOf("nobody"));
    router.unsubscribe("a", "s/+", "g");
    assertEquals(List.of(plain), router.subscriptionsOf("a"));
  }
}
