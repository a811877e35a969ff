// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

/** PUBCOMP; {@code reasonCode} is 0 (success) for MQTT 3.1.1. */
public record PubComp(int packetId, int reasonCode, MqttProperties properties)
    implements PacketIdAck {

  public PubComp(int packetId) {
    this(packetId, ReasonCodes.SUCCESS, MqttProperties.EMPTY);
  }

  @Override
  public PacketType type() {
    return PacketType.PUBCOMP;
  }
}
