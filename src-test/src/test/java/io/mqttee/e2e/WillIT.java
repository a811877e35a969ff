// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.RawMqttClient;
import io.mqttee.e2e.support.Received;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.Will;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The will message (MQTT 3.1.1 section 3.1.2.5): published on abnormal close only. */
class WillIT extends DeployedBroker {

  private static final Duration DELIVERY = Duration.ofSeconds(10);

  @Test
  void publishesTheWillWhenTheConnectionClosesWithoutDisconnect() throws Exception {
    // MQTT-3.1.2-8: published when the network connection is closed abnormally
    String topic = Broker.topicRoot("will-close") + "/t";
    try (PahoClient watcher = PahoClient.connect(Broker.clientId("watcher"))) {
      watcher.subscribe(topic, 1);
      RawMqttClient raw = RawMqttClient.open();
      raw.connect(RawMqttClient.connectPacket(Broker.clientId("dies"), true, 60, will(topic)));
      raw.close();
      Received received = watcher.next(DELIVERY);
      assertEquals("gone", received.text());
      assertEquals(1, received.qos(), "the will's QoS");
    }
  }

  @Test
  void publishesTheWillWhenKeepAliveExpires() throws Exception {
    // MQTT 3.1.1 section 3.1.2.5: the server failed to hear from the client within keep alive
    String topic = Broker.topicRoot("will-keepalive") + "/t";
    try (PahoClient watcher = PahoClient.connect(Broker.clientId("watcher"));
        RawMqttClient raw = RawMqttClient.open()) {
      watcher.subscribe(topic, 1);
      raw.connect(RawMqttClient.connectPacket(Broker.clientId("mute"), true, 2, will(topic)));
      // 1.5 × 2 s without a packet: the broker closes and publishes the will
      assertEquals("gone", watcher.next(DELIVERY).text());
    }
  }

  @Test
  void discardsTheWillOnDisconnect() throws Exception {
    // MQTT-3.1.2-10: the will is removed when the server receives DISCONNECT
    String topic = Broker.topicRoot("will-disconnect") + "/t";
    try (PahoClient watcher = PahoClient.connect(Broker.clientId("watcher"))) {
      watcher.subscribe(topic, 1);
      try (RawMqttClient raw = RawMqttClient.open()) {
        raw.connect(RawMqttClient.connectPacket(Broker.clientId("polite"), true, 60, will(topic)));
        raw.send(Disconnect.NORMAL);
        raw.awaitClosedByBroker(Duration.ofSeconds(5));
      }
      assertEquals(List.of(), watcher.drainUntilMarker(Duration.ofSeconds(2), topic));
    }
  }

  @Test
  void retainsAWillPublishedWithRetain() throws Exception {
    // MQTT-3.1.2-17: will retain 1 publishes the will as a retained message
    String topic = Broker.topicRoot("will-retain") + "/t";
    Will will =
        new Will(
            topic,
            "last".getBytes(StandardCharsets.UTF_8),
            QoS.AT_LEAST_ONCE,
            true,
            MqttProperties.EMPTY);
    RawMqttClient raw = RawMqttClient.open();
    raw.connect(RawMqttClient.connectPacket(Broker.clientId("dies"), true, 60, will));
    raw.close();
    Thread.sleep(1000);
    try (PahoClient late = PahoClient.connect(Broker.clientId("late"))) {
      late.subscribe(topic, 1);
      Received received = late.next(DELIVERY);
      assertEquals("last", received.text());
    }
  }

  private static Will will(String topic) {
    return new Will(
        topic,
        "gone".getBytes(StandardCharsets.UTF_8),
        QoS.AT_LEAST_ONCE,
        false,
        MqttProperties.EMPTY);
  }
}
