// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.RawMqttClient;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.PingReq;
import io.mqttee.protocol.packet.PingResp;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;

/**
 * CONNECT and CONNACK, client identifiers, credentials, keep alive (MQTT 3.1.1 sections 3.1, 3.2).
 */
class ConnectIT extends DeployedBroker {

  private static final Duration CONNACK_WAIT = Duration.ofSeconds(10);

  @Test
  void acceptsTcpConnectionsOnTheConfiguredMqttPort() throws IOException {
    try (Socket socket = new Socket(Broker.host(), Broker.mqttPort())) {
      assertTrue(socket.isConnected());
    }
  }

  @Test
  void acceptsAnonymousClientWithReturnCode0() throws MqttException {
    try (PahoClient client = PahoClient.connect(Broker.clientId("anonymous"))) {
      assertTrue(client.isConnected());
    }
  }

  @Test
  void acceptsKnownUserWithRightPassword() throws MqttException {
    try (PahoClient client =
        PahoClient.connect(
            Broker.clientId("alice"),
            o -> {
              o.setUserName("alice");
              o.setPassword("secret".toCharArray());
            })) {
      assertTrue(client.isConnected());
    }
  }

  @Test
  void refusesWrongPasswordWithReturnCode4() {
    // MQTT 3.1.1 section 3.2.2.3: 0x04 Connection Refused, bad user name or password
    MqttException refused =
        assertThrows(
            MqttException.class,
            () ->
                PahoClient.connect(
                    Broker.clientId("mallory"),
                    o -> {
                      o.setUserName("alice");
                      o.setPassword("wrong".toCharArray());
                    }));
    assertEquals(MqttException.REASON_CODE_FAILED_AUTHENTICATION, refused.getReasonCode());
  }

  @Test
  void acceptsAnMqtt31Client() throws MqttException {
    // protocol name MQIsdp, level 3
    try (PahoClient client =
        PahoClient.connect(
            Broker.clientId("v31"), o -> o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1))) {
      assertTrue(client.isConnected());
    }
  }

  @Test
  void refusesAnUnsupportedProtocolLevelWithReturnCode1AndCloses() throws IOException {
    // MQTT-3.1.2-2: CONNACK 0x01 (unacceptable protocol level), then disconnect; level 2 is below
    // every MQTT version, so the answer comes in the 3.1.1 format
    byte[] connectLevel2 = {0x10, 13, 0, 4, 'M', 'Q', 'T', 'T', 2, 0x02, 0, 60, 0, 1, 'x'};
    try (RawMqttClient raw = RawMqttClient.open()) {
      raw.sendBytes(connectLevel2);
      assertEquals(1, raw.receive(ConnAck.class, CONNACK_WAIT).reasonCode(), "CONNACK return code");
      raw.awaitClosedByBroker(Duration.ofSeconds(5));
    }
  }

  @Test
  void assignsAnIdentifierToZeroLengthClientIdWithCleanSession() throws IOException {
    // MQTT-3.1.3-6: a zero-byte ClientId is allowed and the server assigns a unique one
    try (RawMqttClient raw = RawMqttClient.open()) {
      ConnAck connAck = raw.connect(RawMqttClient.connectPacket("", true, 60));
      assertEquals(0, connAck.reasonCode(), "CONNACK return code");
    }
  }

  @Test
  void refusesZeroLengthClientIdWithoutCleanSessionWithReturnCode2AndCloses() throws IOException {
    // MQTT-3.1.3-8: CONNACK 0x02 (identifier rejected), then close the network connection
    try (RawMqttClient raw = RawMqttClient.open()) {
      ConnAck connAck = raw.connect(RawMqttClient.connectPacket("", false, 60));
      assertEquals(2, connAck.reasonCode(), "CONNACK return code");
      assertFalse(connAck.sessionPresent(), "MQTT-3.2.2-4: session present 0 with a refusal");
      raw.awaitClosedByBroker(Duration.ofSeconds(5));
    }
  }

  @Test
  void disconnectsTheExistingClientWhenAnotherConnectsWithItsClientId() throws Exception {
    // MQTT-3.1.4-2: the server disconnects the existing client with the same ClientId
    String clientId = Broker.clientId("twin");
    try (PahoClient first = PahoClient.connect(clientId);
        PahoClient second = PahoClient.connect(clientId)) {
      assertTrue(first.awaitConnectionLost(Duration.ofSeconds(5)), "first connection closed");
      assertTrue(second.isConnected(), "the new connection stays");
      String topic = Broker.topicRoot("takeover") + "/t";
      second.subscribe(topic, 1);
      second.publish(topic, "still here", 1, false);
      assertEquals("still here", second.next(CONNACK_WAIT).text());
    }
  }

  @Test
  void answersPingReqWithPingResp() throws IOException {
    // MQTT-3.12.4-1
    try (RawMqttClient raw = RawMqttClient.open()) {
      raw.connect(RawMqttClient.connectPacket(Broker.clientId("pinger"), true, 60));
      raw.send(PingReq.INSTANCE);
      raw.receive(PingResp.class, CONNACK_WAIT);
    }
  }

  @Test
  void closesSilentClientAfterOneAndAHalfKeepAlivePeriods() throws IOException {
    // MQTT-3.1.2-24: keep alive 2 s, nothing received for 1.5 × 2 s = 3 s: disconnect
    try (RawMqttClient raw = RawMqttClient.open()) {
      raw.connect(RawMqttClient.connectPacket(Broker.clientId("silent"), true, 2));
      long closedAfterMillis = raw.awaitClosedByBroker(Duration.ofSeconds(6)).toMillis();
      assertTrue(
          closedAfterMillis >= 2900 && closedAfterMillis <= 4000,
          "closed after " + closedAfterMillis + " ms, expected between 3.0 and 4.0 s");
    }
  }

  @Test
  void keepsClientThatPingsWithinKeepAlive() throws Exception {
    try (RawMqttClient raw = RawMqttClient.open()) {
      raw.connect(RawMqttClient.connectPacket(Broker.clientId("pinging"), true, 2));
      for (int i = 0; i < 4; i++) {
        Thread.sleep(1500);
        raw.send(PingReq.INSTANCE);
        raw.receive(PingResp.class, CONNACK_WAIT);
      }
    }
  }
}
