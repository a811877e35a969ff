// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

/** PUBACK; {@code reasonCode} is 0 (success) for MQTT 3.1.1. */
public record PubAck(int packetId, int reasonCode, MqttProperties properties)
    implements PacketIdAck {

  public PubAck(int packetId) {
    this(packetId, ReasonCodes.SUCCESS, MqttProperties.EMPTY);
  }

  @Override
  public PacketType type() {
    return PacketType.PUBACK;
  }
}
