// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.connectPacket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.codec.DecodeFailure;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PingReq;
import io.mqttee.protocol.packet.PingResp;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.ReasonCodes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ConnectTest {

  private static ConnAck connAck(List<MqttPacket> packets) {
    assertEquals(1, packets.size(), "one CONNACK: " + packets);
    return (ConnAck) packets.get(0);
  }

  private static Connect withCredentials(String user, String password) {
    return new Connect(
        ProtocolVersion.MQTT_3_1_1,
        "c1",
        true,
        0,
        user,
        password == null ? null : password.getBytes(StandardCharsets.UTF_8),
        null,
        MqttProperties.EMPTY);
  }

  @Test
  void acceptsConnectWithReturnCodeZero() {
    Harness h = new Harness();
    TestClient c = h.open();
    c.send(connectPacket("c1", true, 60, null));
    ConnAck ack = connAck(c.take());
    assertEquals(ReasonCodes.SUCCESS, ack.reasonCode());
    assertFalse(ack.sessionPresent()); // MQTT-3.2.2-1
    assertEquals(1, h.metrics.clientsConnected());
  }

  @Test
  void acceptsZeroLengthClientIdWithCleanSessionAndAssignsOne() { // MQTT-3.1.3-6, MQTT-3.1.3-7
    Harness h = new Harness();
    TestClient c = h.open();
    c.send(connectPacket("", true, 0, null));
    assertEquals(ReasonCodes.SUCCESS, connAck(c.take()).reasonCode());
    assertFalse(c.closedByBroker());
    assertEquals(1, h.sessions().sessions().size());
  }

  @Test
  void rejectsZeroLengthClientIdWithoutCleanSession() { // MQTT-3.1.3-8
    Harness h = new Harness();
    TestClient c = h.open();
    c.send(connectPacket("", false, 0, null));
    assertEquals(ReasonCodes.V3_IDENTIFIER_REJECTED, connAck(c.take()).reasonCode());
    assertTrue(c.closedByBroker());
    assertEquals(0, h.metrics.clientsConnected());
  }

  @Test
  void rejectsClientIdLongerThanConfiguredMaximum() { // MQTT-3.1.3-5
    TestConfig config = new TestConfig();
    config.maxClientIdLength = 4;
    Harness h = new Harness(config);
    TestClient c = h.open();
    c.send(connectPacket("12345", true, 0, null));
    assertEquals(ReasonCodes.V3_IDENTIFIER_REJECTED, connAck(c.take()).reasonCode());
    assertTrue(c.closedByBroker());
  }

  @Test
  void refusesAnonymousClientWhenAnonymousIsNotAllowed() { // CONNACK 0x05, MQTT 3.1.1 table 3.1
    TestConfig config = new TestConfig();
    config.allowAnonymous = false;
    Harness h = new Harness(config);
    TestClient c = h.open();
    c.send(withCredentials(null, null));
    assertEquals(ReasonCodes.V3_NOT_AUTHORIZED, connAck(c.take()).reasonCode());
    assertTrue(c.closedByBroker());
  }

  @Test
  void refusesWrongPasswordAndAcceptsTheRightOne() { // CONNACK 0x04
    TestConfig config = new TestConfig();
    config.allowAnonymous = false;
    config.users = Map.of("alice", "secret");
    Harness h = new Harness(config);
    TestClient wrong = h.open();
    wrong.send(withCredentials("alice", "guess"));
    assertEquals(ReasonCodes.V3_BAD_USERNAME_OR_PASSWORD, connAck(wrong.take()).reasonCode());
    assertTrue(wrong.closedByBroker());
    TestClient right = h.open();
    right.send(withCredentials("alice", "secret"));
    assertEquals(ReasonCodes.SUCCESS, connAck(right.take()).reasonCode());
    assertFalse(right.closedByBroker());
  }

  @Test
  void answersUnacceptableProtocolLevelWithReturnCodeOneThenCloses() { // MQTT-3.1.2-2
    Harness h = new Harness();
    TestClient c = h.open();
    h.sessions()
        .malformed(
            c.id,
            new DecodeFailure(
                "protocol level 9", "MQTT-3.1.2-2", ReasonCodes.UNSUPPORTED_PROTOCOL_VERSION));
    assertEquals(ReasonCodes.V3_UNACCEPTABLE_PROTOCOL_VERSION, connAck(c.take()).reasonCode());
    assertTrue(c.closedByBroker());
  }

  @Test
  void closesConnectionWhoseFirstPacketIsNotConnect() { // MQTT-3.1.0-1
    Harness h = new Harness();
    TestClient c = h.open();
    c.send(PingReq.INSTANCE);
    assertTrue(c.take().isEmpty());
    assertTrue(c.closedByBroker());
  }

  @Test
  void closesConnectionThatSendsASecondConnect() { // MQTT-3.1.0-2
    Harness h = new Harness();
    TestClient c = h.connect("c1", true);
    c.send(connectPacket("c1", true, 0, null), PingReq.INSTANCE);
    assertTrue(c.take().isEmpty(), "nothing is processed after the protocol violation");
    assertTrue(c.closedByBroker());
  }

  @Test
  void answersPingReqWithPingResp() { // MQTT-3.12.4-1
    Harness h = new Harness();
    TestClient c = h.connect("c1", true);
    c.send(PingReq.INSTANCE);
    assertEquals(List.of(PingResp.INSTANCE), c.take());
  }

  @Test
  void sessionPresentOnlyWhenAPersistentSessionResumes() { // MQTT-3.2.2-1, -2, -3
    Harness h = new Harness();
    TestClient first = h.open();
    first.send(connectPacket("p", false, 0, null));
    assertFalse(connAck(first.take()).sessionPresent(), "new persistent session");
    first.transportClosed();
    TestClient second = h.open();
    second.send(connectPacket("p", false, 0, null));
    assertTrue(connAck(second.take()).sessionPresent(), "resumed persistent session");
    second.transportClosed();
    TestClient clean = h.open();
    clean.send(connectPacket("p", true, 0, null));
    assertFalse(connAck(clean.take()).sessionPresent(), "clean session discards the old one");
    assertTrue(h.store.calls().contains("sessionRemoved p"));
  }

  @Test
  void secondConnectWithSameClientIdTakesOverAndClosesTheFirst() { // MQTT-3.1.4-2
    Harness h = new Harness();
    TestClient first = h.connect("same", false);
    TestClient second = h.open();
    second.send(connectPacket("same", false, 0, null));
    assertTrue(connAck(second.take()).sessionPresent(), "the persistent session continues");
    assertTrue(first.closedByBroker());
    assertFalse(second.closedByBroker());
    first.transportClosed();
    Session session = h.sessions().sessions().get("same");
    assertNotNull(session);
    assertEquals(second.id, session.online().id(), "the old close does not detach the new one");
    assertEquals(1, h.metrics.clientsConnected());
  }

  @Test
  void cleanSessionIsDiscardedWhenItsConnectionCloses() { // MQTT-3.1.2-6
    Harness h = new Harness();
    TestClient c = h.connect("c1", true);
    c.send(Harness.subscribe(1, "a/#", QoS.AT_LEAST_ONCE));
    c.transportClosed();
    assertEquals(0, h.sessions().sessions().size());
    assertEquals(0, h.router.subscriptionCount());
    assertTrue(h.store.calls().isEmpty(), "clean sessions never touch the store");
    assertEquals(0, h.metrics.clientsConnected());
  }

  @Test
  void closesWithoutConnAckWhenTheWillTopicHasWildcards() { // MQTT-3.3.2-2
    Harness h = new Harness();
    TestClient c = h.open();
    c.send(connectPacket("c1", true, 0, Harness.will("w/#", QoS.AT_MOST_ONCE, false, "x")));
    assertTrue(c.take().isEmpty());
    assertTrue(c.closedByBroker());
    assertEquals(0, h.sessions().sessions().size());
  }
}
