// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.PacketIdAck;
import io.mqttee.protocol.packet.PacketType;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.nio.ByteBuffer;

/**
 * PUBACK, PUBREC, PUBREL, PUBCOMP. In MQTT 5 a success without properties is sent in the short
 * two-byte form and a reason code without properties omits the property length (section 3.4.2.1).
 */
final class PacketIdAckEncoder implements BodyEncoder {

  @Override
  public int flags(MqttPacket packet) {
    return packet.type() == PacketType.PUBREL ? 0x02 : 0; // MQTT-3.6.1-1
  }

  @Override
  public int remainingLength(MqttPacket packet, ProtocolVersion version) {
    PacketIdAck ack = (PacketIdAck) packet;
    if (!version.isMqtt5() || (ack.reasonCode() == 0 && ack.properties().isEmpty())) {
      return 2;
    }
    return ack.properties().isEmpty() ? 3 : 3 + PropertiesCodec.encodedLength(ack.properties());
  }

  @Override
  public void write(MqttPacket packet, ProtocolVersion version, ByteBuffer out) {
    PacketIdAck ack = (PacketIdAck) packet;
    out.putShort((short) ack.packetId());
    int length = remainingLength(packet, version);
    if (length > 2) {
      out.put((byte) ack.reasonCode());
    }
    if (length > 3) {
      PropertiesCodec.write(out, ack.properties());
    }
  }
}
