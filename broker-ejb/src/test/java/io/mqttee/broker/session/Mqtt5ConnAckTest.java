// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.connection.PropertyIds.AUTHENTICATION_METHOD;
import static io.mqttee.broker.connection.PropertyIds.MAXIMUM_PACKET_SIZE;
import static io.mqttee.broker.connection.PropertyIds.RECEIVE_MAXIMUM;
import static io.mqttee.broker.connection.PropertyIds.REQUEST_RESPONSE_INFORMATION;
import static io.mqttee.broker.connection.PropertyIds.RESPONSE_INFORMATION;
import static io.mqttee.broker.connection.PropertyIds.RETAIN_AVAILABLE;
import static io.mqttee.broker.connection.PropertyIds.SERVER_KEEP_ALIVE;
import static io.mqttee.broker.connection.PropertyIds.SHARED_SUBSCRIPTION_AVAILABLE;
import static io.mqttee.broker.connection.PropertyIds.SUBSCRIPTION_IDENTIFIER_AVAILABLE;
import static io.mqttee.broker.connection.PropertyIds.TOPIC_ALIAS_MAXIMUM;
import static io.mqttee.broker.connection.PropertyIds.WILDCARD_SUBSCRIPTION_AVAILABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.packet.Auth;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.ReasonCodes;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the broker announces in an MQTT 5 CONNACK, and authentication it does not offer. */
@Tag("unit")
class Mqtt5ConnAckTest {
  private final TestConfig config = new TestConfig();

  private ConnAck connAck(Connect connect) {
    TestClient c = new Harness(config).open();
    c.send(connect);
    return (ConnAck) c.take().get(0);
  }

  @Test
  void announcesTheBrokerLimitsAndFeatures() { // MQTT 5 section 3.2.2.3
    config.receiveMaximum = 20;
    config.topicAliasMaximum = 5;
    config.maxPacketSize = 4096;
    MqttProperties p = connAck(Mqtt5.connect("c", true, 30, null)).properties();
    assertEquals(20, p.get(RECEIVE_MAXIMUM));
    assertEquals(5, p.get(TOPIC_ALIAS_MAXIMUM));
    assertEquals(4096, p.get(MAXIMUM_PACKET_SIZE));
    assertEquals(1, p.get(RETAIN_AVAILABLE));
    assertEquals(1, p.get(WILDCARD_SUBSCRIPTION_AVAILABLE));
    assertEquals(1, p.get(SUBSCRIPTION_IDENTIFIER_AVAILABLE));
    assertEquals(1, p.get(SHARED_SUBSCRIPTION_AVAILABLE));
    assertNull(p.get(SERVER_KEEP_ALIVE), "a keep alive within the maximum is kept");
    assertNull(p.get(RESPONSE_INFORMATION), "none was requested");
  }

  @Test
  void replacesAZeroKeepAliveWithTheMaximumAndEnforcesIt() { // MQTT-3.2.2-21
    config.maxKeepAliveSeconds = 60;
    Harness h = new Harness(config);
    TestClient c = h.open();
    c.send(Mqtt5.connect("idle", true, 0, null));
    assertEquals(60, ((ConnAck) c.take().get(0)).properties().get(SERVER_KEEP_ALIVE));
    h.advanceMillis(90_001);
    h.core.keepAliveMonitor().run();
    h.lingerPassed();
    assertTrue(c.closedByBroker(), "60 s times 1.5 passed in silence");
  }

  @Test
  void capsALargerKeepAliveAtTheMaximum() {
    config.maxKeepAliveSeconds = 60;
    ConnAck ack = connAck(Mqtt5.connect("c", true, 600, null));
    assertEquals(60, ack.properties().get(SERVER_KEEP_ALIVE));
  }

  @Test
  void aMaximumOfZeroKeepsTheClientKeepAlive() {
    config.maxKeepAliveSeconds = 0;
    assertNull(connAck(Mqtt5.connect("c", true, 600, null)).properties().get(SERVER_KEEP_ALIVE));
  }

  @Test
  void mqtt311ClientsGetNoPropertiesAndKeepTheirKeepAlive() {
    Harness h = new Harness(config);
    TestClient c = h.open();
    c.send(Harness.connectPacket("old", true, 0, null));
    assertEquals(MqttProperties.EMPTY, ((ConnAck) c.take().get(0)).properties());
    h.advanceMillis(3_600_000);
    h.core.keepAliveMonitor().run();
    assertFalse(c.closedByBroker(), "keep alive 0 turns the mechanism off (MQTT-3.1.2-10)");
  }

  @Test
  void sendsResponseInformationOnlyWhenRequestedAndConfigured() { // MQTT 5 3.1.2.11.6
    Property request = new Property(REQUEST_RESPONSE_INFORMATION, 1);
    assertNull(connAck(Mqtt5.connect("a", true, request)).properties().get(RESPONSE_INFORMATION));
    config.responseInformation = "responses/";
    assertEquals(
        "responses/",
        connAck(Mqtt5.connect("b", true, request)).properties().get(RESPONSE_INFORMATION));
    assertNull(connAck(Mqtt5.connect("c", true)).properties().get(RESPONSE_INFORMATION));
  }

  @Test
  void refusesAnAuthenticationMethodWithBadAuthenticationMethod() { // MQTT-4.12.0-1
    Harness h = new Harness(config);
    TestClient c = h.open();
    c.send(Mqtt5.connect("c", true, new Property(AUTHENTICATION_METHOD, "SCRAM-SHA-1")));
    ConnAck ack = (ConnAck) c.take().get(0);
    assertEquals(ReasonCodes.BAD_AUTHENTICATION_METHOD, ack.reasonCode());
    assertTrue(c.closedByBroker());
    assertEquals(0, h.sessions().sessions().size());
  }

  @Test
  void answersAuthWithDisconnectBadAuthenticationMethod() { // MQTT-4.12.0-1
    Harness h = new Harness(config);
    TestClient c = h.connect(Mqtt5.connect("c", true));
    c.send(new Auth(0x18, MqttProperties.EMPTY));
    assertEquals(
        List.of(new Disconnect(ReasonCodes.BAD_AUTHENTICATION_METHOD, MqttProperties.EMPTY)),
        c.take());
    h.lingerPassed();
    assertTrue(c.closedByBroker());
  }
}
