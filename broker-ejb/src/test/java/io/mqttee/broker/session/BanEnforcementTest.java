// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.connectPacket;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.protocol.packet.QoS.AT_MOST_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.BanDraft;
import io.mqttee.broker.admin.BanView.Kind;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.ReasonCodes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Banned client ids, user names and addresses on CONNECT, and clients a new ban disconnects. */
@Tag("unit")
class BanEnforcementTest {
  private final Harness h = new Harness();

  private void ban(Kind kind, String value, long untilMillis) {
    h.access.ban(new BanDraft(kind, value, "test", untilMillis));
  }

  private List<?> connectRefused(Connect connect) {
    TestClient c = h.open();
    c.send(connect);
    assertTrue(c.closedByBroker());
    return c.take();
  }

  @Test
  void aBannedClientIdIsRefusedWith0x8aOnMqtt5And0x05OnMqtt311() {
    ban(Kind.CLIENTID, "bad", 0);

    assertEquals(
        List.of(new ConnAck(false, ReasonCodes.BANNED, MqttProperties.EMPTY)),
        connectRefused(Mqtt5.connect("bad", true)));
    assertEquals(
        List.of(new ConnAck(false, ReasonCodes.V3_NOT_AUTHORIZED, MqttProperties.EMPTY)),
        connectRefused(connectPacket("bad", true, 0, null)));
    h.connect("good", true);
    assertEquals(1, h.metrics.clientsConnected());
  }

  @Test
  void aBannedUserNameIsRefusedWhateverThePassword() {
    ban(Kind.USERNAME, "mallory", 0);

    assertEquals(
        List.of(new ConnAck(false, ReasonCodes.V3_NOT_AUTHORIZED, MqttProperties.EMPTY)),
        connectRefused(withCredentials("c", "mallory", "anything")));
  }

  @Test
  void aBannedAddressIsRefused() {
    ban(Kind.IPADDRESS, "127.0.0.1", 0); // the harness's peer

    assertEquals(
        List.of(new ConnAck(false, ReasonCodes.BANNED, MqttProperties.EMPTY)),
        connectRefused(Mqtt5.connect("any", true)));
  }

  @Test
  void aBanThatEndedNoLongerRefuses() {
    ban(Kind.CLIENTID, "c", h.now.get() + 1000);
    connectRefused(connectPacket("c", true, 0, null));

    h.advanceMillis(1000);
    h.connect("c", true);
  }

  @Test
  void aNewBanDisconnectsTheClientsItCoversAndPublishesTheirWills() {
    TestClient watcher = h.connect("watcher", true);
    watcher.send(subscribe(1, "wills/#", AT_MOST_ONCE));
    watcher.take();
    TestClient v5 = h.connect(Mqtt5.connect("bad5", true));
    TestClient v3 =
        h.connect(
            connectPacket(
                "bad3", true, 0, Harness.will("wills/bad3", AT_MOST_ONCE, false, "gone")));

    ban(Kind.IPADDRESS, "127.0.0.1", 0);

    assertEquals(
        List.of(new Disconnect(ReasonCodes.ADMINISTRATIVE_ACTION, MqttProperties.EMPTY)),
        v5.take());
    assertTrue(v3.closedByBroker());
    assertEquals(List.of("gone"), watcher.takePayloads());
    assertTrue(watcher.closedByBroker(), "the ban covers every client of that address");
  }

  @Test
  void aNewBanLeavesOtherClientsConnected() {
    TestClient bad = h.connect("bad", true);
    TestClient good = h.connect("good", true);

    ban(Kind.CLIENTID, "bad", 0);

    assertTrue(bad.closedByBroker());
    assertFalse(good.closedByBroker());
  }

  @Test
  void aUserNameBanDisconnectsTheUsersClients() {
    h.access.createUser("alice", "pw".toCharArray(), false);
    TestClient alice = h.connect(withCredentials("a1", "alice", "pw"));
    TestClient anonymous = h.connect("anon", true);

    ban(Kind.USERNAME, "alice", 0);

    assertTrue(alice.closedByBroker());
    assertFalse(anonymous.closedByBroker());
  }

  private static Connect withCredentials(String clientId, String user, String password) {
    return new Connect(
        ProtocolVersion.MQTT_3_1_1,
        clientId,
        true,
        0,
        user,
        password.getBytes(StandardCharsets.UTF_8),
        null,
        MqttProperties.EMPTY);
  }

  @Test
  void usersChangedAtRunTimeAreCheckedOnTheNextConnect() {
    TestConfig config = new TestConfig();
    config.users = Map.of("seed", "pw");
    config.allowAnonymous = false;
    Harness strict = new Harness(config);

    strict.connect(withCredentials("s", "seed", "pw"));
    strict.access.createUser("bob", "b".toCharArray(), false);
    strict.connect(withCredentials("b", "bob", "b"));
    strict.access.setAllowAnonymous(true);
    strict.connect("anonymous", true);
  }
}
