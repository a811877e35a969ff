// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.protocol.packet.QoS;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first subscriber to a filter and share group is announced, and the last one's leaving. */
class AnnouncingRouterTest {
  private final List<String> heard = new ArrayList<>();
  private final Router router =
      new AnnouncingRouter(
          new TopicTreeRouter(),
          new RouteListener() {
            @Override
            public void routeAdded(String topicFilter, String shareGroup) {
              heard.add("+" + topicFilter + (shareGroup == null ? "" : " " + shareGroup));
            }

            @Override
            public void routeRemoved(String topicFilter, String shareGroup) {
              heard.add("-" + topicFilter + (shareGroup == null ? "" : " " + shareGroup));
            }
          });

  @Test
  void announcesTheFirstSubscriberAndTheLastOnesLeavingOnly() {
    router.subscribe(new Subscription("a", "t/#", QoS.AT_LEAST_ONCE));
    router.subscribe(new Subscription("b", "t/#", QoS.AT_MOST_ONCE));
    router.subscribe(new Subscription("a", "t/#", QoS.EXACTLY_ONCE)); // replaces a's
    router.unsubscribe("a", "t/#", null);
    assertEquals(List.of("+t/#"), heard);

    router.unsubscribe("b", "t/#", null);
    router.unsubscribe("b", "t/#", null); // not subscribed any more
    assertEquals(List.of("+t/#", "-t/#"), heard);
  }

  @Test
  void aShareGroupIsARouteOfItsOwnAndUnsubscribeAllRemovesEveryRoute() {
    router.subscribe(new Subscription("a", "jobs/+", "g", QoS.AT_LEAST_ONCE, false, false, 0, 0));
    router.subscribe(new Subscription("a", "jobs/+", QoS.AT_LEAST_ONCE));
    router.unsubscribeAll("a");
    assertEquals(4, heard.size(), heard.toString());
    assertEquals(List.of("+jobs/+ g", "+jobs/+"), heard.subList(0, 2));
    assertEquals(0, router.subscriptionCount());
  }
}
