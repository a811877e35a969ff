// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

/** PINGREQ, which has no variable header or payload. */
public record PingReq() implements MqttPacket {

  public static final PingReq INSTANCE = new PingReq();

  @Override
  public PacketType type() {
    return PacketType.PINGREQ;
  }
}
