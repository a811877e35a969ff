// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.retainedPublish;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static io.mqttee.protocol.packet.QoS.AT_MOST_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.Page;
import io.mqttee.broker.admin.PageRequest;
import io.mqttee.broker.admin.RetainedAdmin;
import io.mqttee.broker.admin.RetainedView;
import io.mqttee.broker.management.RetainedAdministration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Retained messages in the console: listed by topic, deleted as a client would clear them. */
@Tag("unit")
class RetainedAdministrationTest {
  private static final PageRequest ALL = PageRequest.first(100);

  private final Harness h = new Harness();
  private final RetainedAdmin admin = new RetainedAdministration(h.retained, h.core.publisher());
  private final TestClient publisher = h.connect("publisher", true);

  RetainedAdministrationTest() {
    publisher.send(
        retainedPublish("b/2", AT_LEAST_ONCE, 1, "two"),
        retainedPublish("a/1", AT_MOST_ONCE, 0, "one"),
        retainedPublish("$SYS/broker/x", AT_MOST_ONCE, 0, "sys"));
  }

  private static List<String> topics(Page<RetainedView> page) {
    return page.items().stream().map(RetainedView::topic).toList();
  }

  private List<String> retainedFor(String filter) {
    TestClient late = h.connect("late", true);
    late.send(subscribe(1, filter, AT_LEAST_ONCE));
    List<String> payloads = late.takePayloads();
    late.transportClosed();
    return payloads;
  }

  @Test
  void listsRetainedMessagesByTopic() {
    assertEquals(List.of("$SYS/broker/x", "a/1", "b/2"), topics(admin.messages(null, ALL)));
    assertEquals(List.of("a/1", "b/2"), topics(admin.messages("#", ALL)), "MQTT-4.7.2-1");
    Page<RetainedView> second = admin.messages("+/+", new PageRequest(2, 1));
    assertEquals(List.of("b/2"), topics(second));
    assertEquals(2, second.total());
    RetainedView b = admin.message("b/2").orElseThrow();
    assertEquals("two", new String(b.payload(), StandardCharsets.UTF_8));
    assertEquals(1, b.qos());
    assertEquals(0, b.expiresAtMillis());
    assertTrue(admin.message("c/3").isEmpty());
    assertThrows(InvalidInputException.class, () -> admin.messages("a/#/b", ALL));
  }

  @Test
  void aDeletedMessageIsNoLongerSentToNewSubscribersAndLeavesTheStore() {
    assertTrue(admin.delete("a/1"));

    assertEquals(List.of("two"), retainedFor("+/+"));
    assertTrue(h.store.calls().contains("retainedRemoved a/1"));
    assertFalse(admin.delete("a/1"), "nothing left to delete");
  }

  @Test
  void deleteAllLeavesOnlyTheBrokersOwnSysMessages() {
    assertEquals(2, admin.deleteAll());

    assertEquals(List.of(), retainedFor("#"));
    assertEquals(List.of("$SYS/broker/x"), topics(admin.messages(null, ALL)));
    assertEquals(
        List.of("retainedRemoved a/1", "retainedRemoved b/2"),
        h.store.callsStartingWith("retainedRemoved").stream().sorted().toList());
  }
}
