// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.publish;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.broker.session.Harness.will;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.ClientAdmin;
import io.mqttee.broker.admin.ClientQuery;
import io.mqttee.broker.admin.ClientView;
import io.mqttee.broker.admin.NotFoundException;
import io.mqttee.broker.admin.Page;
import io.mqttee.broker.admin.PageRequest;
import io.mqttee.broker.admin.QueuedMessageView;
import io.mqttee.broker.admin.SessionView;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ReasonCodes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Clients, sessions and queued messages as the administration facade shows them. */
@Tag("unit")
class ClientAdministrationTest {
  private static final PageRequest ALL = PageRequest.first(100);

  private final TestConfig config = new TestConfig();
  private final Harness h;
  private final ClientAdmin admin;

  ClientAdministrationTest() {
    config.maxInflightMessages = 1;
    h = new Harness(config);
    admin = h.core.clientAdministration();
  }

  /** A persistent session subscribed to q/# whose connection ended. */
  private void offline(String clientId) {
    TestClient c = h.connect(clientId, false);
    c.send(subscribe(1, "q/#", AT_LEAST_ONCE));
    c.transportClosed();
  }

  private static List<String> ids(Page<ClientView> page) {
    return page.items().stream().map(ClientView::clientId).toList();
  }

  @Test
  void listsConnectedClientsAndOfflinePersistentSessionsByClientId() {
    h.connect("c", true);
    offline("a");
    h.connect("b", false);

    Page<ClientView> all = admin.clients(ClientQuery.ALL, ALL);

    assertEquals(List.of("a", "b", "c"), ids(all));
    assertEquals(3, all.total());
    ClientView a = all.items().get(0);
    assertFalse(a.connected());
    assertTrue(a.persistent());
    assertEquals(1, a.subscriptions());
    assertEquals(h.now.get(), a.disconnectedAtMillis());
    assertEquals(null, a.ipAddress());
    ClientView c = all.items().get(2);
    assertTrue(c.connected());
    assertEquals("127.0.0.1", c.ipAddress());
    assertEquals(40000, c.port());
    assertEquals("tcp", c.transport());
    assertEquals(4, c.protocolVersion());
    assertEquals("mqtt", c.protocol());
  }

  @Test
  void filtersClientsAndPagesTheMatches() {
    offline("sensor-1");
    h.connect("sensor-2", true);
    h.connect("sensor-3", true);
    h.connect("other", true);

    ClientQuery connectedSensors = new ClientQuery("sensor", null, "127.0.0.1", "mqtt", true);
    Page<ClientView> second = admin.clients(connectedSensors, new PageRequest(2, 1));

    assertEquals(List.of("sensor-3"), ids(second));
    assertEquals(2, second.total());
    assertEquals(
        List.of("sensor-1"),
        ids(admin.clients(new ClientQuery(null, null, null, null, false), ALL)));
    assertEquals(0, admin.clients(new ClientQuery(null, "alice", null, null, null), ALL).total());
  }

  @Test
  void showsOneClientOrNothing() {
    h.connect("one", true);
    assertEquals("one", admin.client("one").orElseThrow().clientId());
    assertTrue(admin.client("none").isEmpty());
  }

  @Test
  void kickSendsAnMqtt5ClientDisconnectAdministrativeActionAndPublishesItsWill() {
    TestClient watcher = h.connect("watcher", true);
    watcher.send(subscribe(1, "will/#", AT_LEAST_ONCE));
    watcher.take();
    TestClient kicked =
        h.connect(Mqtt5.connect("k", true, 30, will("will/k", AT_LEAST_ONCE, false, "gone")));

    admin.kick("k");

    assertEquals(
        List.of(new Disconnect(ReasonCodes.ADMINISTRATIVE_ACTION, MqttProperties.EMPTY)),
        kicked.take());
    assertEquals(List.of("gone"), watcher.takePayloads(), "MQTT-3.1.2-8: the will");
    h.lingerPassed();
    assertTrue(kicked.closedByBroker());
  }

  @Test
  void kickOfAClientThatIsNotConnectedIsNotFound() {
    offline("away");
    assertThrows(NotFoundException.class, () -> admin.kick("away"));
    assertThrows(NotFoundException.class, () -> admin.kick("nobody"));
  }

  @Test
  void listsTheQueuedMessagesOfAnOfflineSession() {
    offline("p");
    TestClient publisher = h.connect("pub", true);
    publisher.send(publish("q/1", AT_LEAST_ONCE, 1, "m1"), publish("q/2", AT_LEAST_ONCE, 2, "m2"));

    List<QueuedMessageView> queued = admin.queuedMessages("p", ALL).items();

    assertEquals(List.of("q/1", "q/2"), queued.stream().map(QueuedMessageView::topic).toList());
    assertEquals("m1", new String(queued.get(0).payload(), StandardCharsets.UTF_8));
    assertFalse(queued.get(0).inflight());
    assertEquals(0, queued.get(0).packetId());
    assertEquals(1, queued.get(0).qos());
  }

  @Test
  void listsInFlightMessagesBeforeQueuedOnes() {
    TestClient slow = h.connect("slow", false);
    slow.send(subscribe(1, "q/#", AT_LEAST_ONCE));
    TestClient publisher = h.connect("pub", true);
    publisher.send(publish("q/1", AT_LEAST_ONCE, 1, "m1"), publish("q/2", AT_LEAST_ONCE, 2, "m2"));

    List<QueuedMessageView> pending = admin.queuedMessages("slow", ALL).items();

    assertEquals(List.of(true, false), pending.stream().map(QueuedMessageView::inflight).toList());
    assertTrue(pending.get(0).packetId() > 0);
    SessionView session = admin.session("slow").orElseThrow();
    assertEquals(1, session.inflight());
    assertEquals(1, session.queued());
    assertEquals(1, session.subscriptions());
  }

  @Test
  void queuedMessagesOfAnUnknownSessionAreNotFound() {
    assertThrows(NotFoundException.class, () -> admin.queuedMessages("nobody", ALL));
  }

  @Test
  void listsSessionsByClientId() {
    h.connect("z", true);
    offline("y");

    Page<SessionView> sessions = admin.sessions(ALL);

    assertEquals(List.of("y", "z"), sessions.items().stream().map(SessionView::clientId).toList());
    assertFalse(sessions.items().get(0).connected());
    assertTrue(sessions.items().get(1).connected());
  }

  @Test
  void aListingSeesSessionsOpenedAndEndedSinceThePreviousOne() {
    h.connect("a", true);
    assertEquals(List.of("a"), ids(admin.clients(ClientQuery.ALL, ALL)));
    TestClient b = h.connect("b", true);
    assertEquals(List.of("a", "b"), ids(admin.clients(ClientQuery.ALL, ALL)));
    b.transportClosed();
    assertEquals(List.of("a"), ids(admin.clients(ClientQuery.ALL, ALL)));
  }
}
