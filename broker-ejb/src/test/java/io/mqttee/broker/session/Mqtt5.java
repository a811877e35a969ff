// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.Will;
import java.util.List;

/** MQTT 5 packets for tests. */
final class Mqtt5 {
  private Mqtt5() {}

  static Connect connect(String clientId, boolean cleanStart, Property... properties) {
    return connect(clientId, cleanStart, 0, null, properties);
  }

  static Connect connect(
      String clientId, boolean cleanStart, int keepAlive, Will will, Property... properties) {
    return new Connect(
        ProtocolVersion.MQTT_5,
        clientId,
        cleanStart,
        keepAlive,
        null,
        null,
        will,
        new MqttProperties(List.of(properties)));
  }

  static Publish publish(
      String topic, QoS qos, int packetId, byte[] payload, Property... properties) {
    return new Publish(
        topic, qos, false, false, packetId, payload, new MqttProperties(List.of(properties)));
  }

  static Publish publish(String topic, QoS qos, int packetId, String payload, Property... p) {
    return publish(topic, qos, packetId, Harness.bytes(payload), p);
  }
}
