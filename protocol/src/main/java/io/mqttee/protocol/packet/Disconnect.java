// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

/** DISCONNECT; the reason code and properties exist on the wire only in MQTT 5. */
public record Disconnect(int reasonCode, MqttProperties properties) implements MqttPacket {

  public static final Disconnect NORMAL = new Disconnect(ReasonCodes.SUCCESS, MqttProperties.EMPTY);

  @Override
  public PacketType type() {
    return PacketType.DISCONNECT;
  }
}
