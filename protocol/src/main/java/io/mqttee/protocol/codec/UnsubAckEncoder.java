// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.UnsubAck;
import java.nio.ByteBuffer;

/** UNSUBACK; MQTT 3.1.1 carries only the packet id, MQTT 5 adds properties and reason codes. */
final class UnsubAckEncoder implements BodyEncoder {

  @Override
  public int remainingLength(MqttPacket packet, ProtocolVersion version) {
    UnsubAck u = (UnsubAck) packet;
    if (!version.isMqtt5()) {
      return 2;
    }
    return 2 + PropertiesCodec.encodedLength(u.properties()) + u.reasonCodes().size();
  }

  @Override
  public void write(MqttPacket packet, ProtocolVersion version, ByteBuffer out) {
    UnsubAck u = (UnsubAck) packet;
    out.putShort((short) u.packetId());
    if (version.isMqtt5()) {
      PropertiesCodec.write(out, u.properties());
      for (int code : u.reasonCodes()) {
        out.put((byte) code);
      }
    }
  }
}
