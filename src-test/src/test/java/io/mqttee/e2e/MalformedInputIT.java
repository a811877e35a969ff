// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.RawMqttClient;
import io.mqttee.protocol.packet.PingReq;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input closes the offending connection and nothing else: a well-behaved client on another
 * connection keeps publishing and receiving.
 */
class MalformedInputIT extends DeployedBroker {

  private static final Duration CLOSE = Duration.ofSeconds(5);

  private PahoClient bystander;
  private String topic;

  @BeforeEach
  void connectBystander() throws Exception {
    topic = Broker.topicRoot("bystander") + "/" + System.nanoTime();
    bystander = PahoClient.connect(Broker.clientId("bystander"));
    bystander.subscribe(topic, 1);
  }

  @AfterEach
  void bystanderStillWorks() throws Exception {
    try {
      assertTrue(bystander.isConnected(), "the bystander's connection is still open");
      bystander.publish(topic, "still fine", 1, false);
      assertEquals("still fine", bystander.next(Duration.ofSeconds(10)).text());
    } finally {
      bystander.close();
    }
  }

  @Test
  void closesAConnectionSendingGarbage() throws Exception {
    // MQTT 3.1.1 section 2.2.1: packet type 0 is reserved; the stream is not MQTT
    try (RawMqttClient raw = RawMqttClient.open()) {
      raw.sendBytes(new byte[] {0x00, 0x05, 'h', 'e', 'l', 'l', 'o', (byte) 0xFF, (byte) 0xFE});
      raw.awaitClosedByBroker(CLOSE);
    }
  }

  @Test
  void closesAConnectionWithARemainingLengthOfFiveBytes() throws Exception {
    // MQTT 3.1.1 section 2.2.3: the remaining length takes at most four bytes
    try (RawMqttClient raw = RawMqttClient.open()) {
      raw.sendBytes(
          new byte[] {0x10, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 0, 0});
      raw.awaitClosedByBroker(CLOSE);
    }
  }

  @Test
  void closesAConnectionAnnouncingAPacketLargerThanTheLimit() throws Exception {
    // a PUBLISH announcing 268,435,455 bytes (the largest remaining length): refused from the
    // fixed header, before the payload is buffered
    try (RawMqttClient raw = RawMqttClient.open()) {
      raw.connect(RawMqttClient.connectPacket(Broker.clientId("huge"), true, 60));
      raw.sendBytes(new byte[] {0x30, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 0x00, 0x01});
      raw.awaitClosedByBroker(CLOSE);
    }
  }

  @Test
  void closesAConnectionWhoseFirstPacketIsNotConnect() throws Exception {
    // MQTT-3.1.0-1: the first packet from the client must be CONNECT
    try (RawMqttClient raw = RawMqttClient.open()) {
      raw.send(PingReq.INSTANCE);
      raw.awaitClosedByBroker(CLOSE);
    }
  }

  @Test
  void closesAConnectionThatSendsNothingWithinTheConnectTimeout() throws Exception {
    // MQTT 3.1.1 section 3.1.4: the server should close a connection that sends no CONNECT within
    // a reasonable time; the test domain sets -Dmqttee.connect-timeout-seconds=2
    try (RawMqttClient raw = RawMqttClient.open()) {
      long closedAfterMillis = raw.awaitClosedByBroker(Duration.ofSeconds(6)).toMillis();
      assertTrue(
          closedAfterMillis >= 1500 && closedAfterMillis <= 4000,
          "closed after " + closedAfterMillis + " ms, expected about 2 s");
    }
  }

  @Test
  void closesAConnectionSendingASecondConnect() throws Exception {
    // MQTT-3.1.0-2: a second CONNECT is a protocol violation
    try (RawMqttClient raw = RawMqttClient.open()) {
      raw.connect(RawMqttClient.connectPacket(Broker.clientId("twice"), true, 60));
      raw.send(RawMqttClient.connectPacket(Broker.clientId("twice"), true, 60));
      raw.awaitClosedByBroker(CLOSE);
    }
  }
}
