// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

/**
 * CONNACK. {@code reasonCode} is the 3.1.1 return code (0-5) or the MQTT 5 reason code, as the
 * broker chose it for the client's version; see {@link ReasonCodes}.
 */
public record ConnAck(boolean sessionPresent, int reasonCode, MqttProperties properties)
    implements MqttPacket {

  @Override
  public PacketType type() {
    return PacketType.CONNACK;
  }
}
