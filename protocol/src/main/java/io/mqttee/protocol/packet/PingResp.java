// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

/** PINGRESP, which has no variable header or payload. */
public record PingResp() implements MqttPacket {

  public static final PingResp INSTANCE = new PingResp();

  @Override
  public PacketType type() {
    return PacketType.PINGRESP;
  }
}
