// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.publish;
import static io.mqttee.broker.session.Harness.retainedPublish;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static io.mqttee.protocol.packet.QoS.AT_MOST_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.ClientAdmin;
import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.NotFoundException;
import io.mqttee.broker.admin.PageRequest;
import io.mqttee.broker.admin.RouteView;
import io.mqttee.broker.admin.SubscriptionQuery;
import io.mqttee.broker.admin.SubscriptionView;
import io.mqttee.broker.management.BrokerDescription;
import io.mqttee.protocol.packet.Publish;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Subscribing and unsubscribing clients from the console, and what the router holds. */
@Tag("unit")
class SubscriptionAdministrationTest {
  private static final PageRequest ALL = PageRequest.first(100);

  private final Harness h = new Harness();
  private final ClientAdmin admin = h.core.clientAdministration();
  private final TestClient publisher = h.connect("publisher", true);

  private static List<String> filters(List<SubscriptionView> subscriptions) {
    return subscriptions.stream().map(s -> s.clientId() + " " + s.topicFilter()).toList();
  }

  @Test
  void aSubscriptionMadeByTheAdministratorRoutesMessagesUntilItIsRemoved() {
    TestClient client = h.connect("c", true);

    SubscriptionView made = admin.subscribe("c", "t/+", 1);
    publisher.send(publish("t/1", AT_LEAST_ONCE, 1, "routed"));

    assertEquals(new SubscriptionView("c", "t/+", 1, false, false, 0, 0), made);
    List<Publish> got = client.takePublishes();
    assertEquals(List.of("routed"), got.stream().map(Harness::text).toList());
    assertEquals(AT_LEAST_ONCE, got.get(0).qos());

    assertTrue(admin.unsubscribe("c", "t/+"));
    publisher.send(publish("t/1", AT_LEAST_ONCE, 2, "not routed"));
    assertEquals(List.of(), client.takePublishes());
    assertFalse(admin.unsubscribe("c", "t/+"), "no such subscription any more");
  }

  @Test
  void aSubscriptionOfAPersistentSessionIsStoredAndItsRetainedMessagesAreSent() {
    publisher.send(retainedPublish("t/kept", AT_MOST_ONCE, 0, "kept"));
    TestClient client = h.connect("p", false);

    admin.subscribe("p", "t/#", 0);

    Publish retained = client.takePublishes().get(0);
    assertEquals("kept", Harness.text(retained));
    assertTrue(retained.retain(), "MQTT-3.3.1-8");
    assertEquals(List.of("subscriptionSaved p t/#"), h.store.callsStartingWith("subscription"));
    admin.unsubscribe("p", "t/#");
    assertEquals(
        List.of("subscriptionSaved p t/#", "subscriptionRemoved p t/#"),
        h.store.callsStartingWith("subscription"));
  }

  @Test
  void refusesAnInvalidFilterOrQosAndAnUnknownSession() {
    h.connect("c", true);
    assertThrows(InvalidInputException.class, () -> admin.subscribe("c", "a/#/b", 0));
    assertThrows(InvalidInputException.class, () -> admin.subscribe("c", "", 0));
    assertThrows(InvalidInputException.class, () -> admin.subscribe("c", "a", 3));
    assertThrows(InvalidInputException.class, () -> admin.subscribe("c", "a", -1));
    assertThrows(NotFoundException.class, () -> admin.subscribe("nobody", "a", 0));
    assertThrows(NotFoundException.class, () -> admin.unsubscribe("nobody", "a"));
  }

  @Test
  void listsSubscriptionsByClientThenFilter() {
    TestClient b = h.connect("b", true);
    b.send(subscribe(1, "z", AT_LEAST_ONCE), subscribe(2, "$share/g/y", AT_MOST_ONCE));
    TestClient a = h.connect("a", true);
    a.send(subscribe(1, "x", AT_MOST_ONCE));

    assertEquals(List.of("b $share/g/y", "b z"), filters(admin.subscriptions("b")));
    assertEquals(
        List.of("a x", "b $share/g/y", "b z"),
        filters(admin.subscriptions(SubscriptionQuery.ALL, ALL).items()));
    assertEquals(
        List.of("b z"),
        filters(admin.subscriptions(new SubscriptionQuery(null, null, 1), ALL).items()));
    assertEquals(
        List.of("a x"),
        filters(admin.subscriptions(new SubscriptionQuery("a", null, null), ALL).items()));
    assertThrows(NotFoundException.class, () -> admin.subscriptions("nobody"));
  }

  @Test
  void routesCountTheSubscribersOfEachFilterAndShareGroup() {
    h.connect("a", true).send(subscribe(1, "s/+", AT_MOST_ONCE));
    h.connect("b", true).send(subscribe(1, "s/+", AT_MOST_ONCE), subscribe(2, "o/#", AT_MOST_ONCE));
    h.connect("c", true).send(subscribe(1, "$share/g/s/+", AT_MOST_ONCE));
    String node = BrokerDescription.nodeName();

    assertEquals(
        List.of(
            new RouteView("$share/g/s/+", node, 1),
            new RouteView("o/#", node, 1),
            new RouteView("s/+", node, 2)),
        admin.routes(null, ALL).items());
    assertEquals(
        List.of(new RouteView("$share/g/s/+", node, 1), new RouteView("s/+", node, 2)),
        admin.routes("s/#", ALL).items());
    assertEquals(List.of(new RouteView("o/#", node, 1)), admin.routes("o/#", ALL).items());
    assertThrows(InvalidInputException.class, () -> admin.routes("s/#/x", ALL));
  }
}
