// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

/**
 * CONNECT. {@code username} and {@code password} are null when their flags are clear; {@code will}
 * is null when the will flag is clear. {@code cleanStart} is the 3.1.1 Clean Session flag.
 */
public record Connect(
    ProtocolVersion version,
    String clientId,
    boolean cleanStart,
    int keepAliveSeconds,
    String username,
    byte[] password,
    Will will,
    MqttProperties properties)
    implements MqttPacket {

  @Override
  public PacketType type() {
    return PacketType.CONNECT;
  }
}
