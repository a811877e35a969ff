// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.SubAck;
import java.nio.ByteBuffer;

/** SUBACK: one granted QoS or failure code per filter (MQTT-3.9.3-1). */
final class SubAckEncoder implements BodyEncoder {

  @Override
  public int remainingLength(MqttPacket packet, ProtocolVersion version) {
    SubAck s = (SubAck) packet;
    return 2 + BodyEncoder.propertiesLength(s.properties(), version) + s.reasonCodes().size();
  }

  @Override
  public void write(MqttPacket packet, ProtocolVersion version, ByteBuffer out) {
    SubAck s = (SubAck) packet;
    out.putShort((short) s.packetId());
    if (version.isMqtt5()) {
      PropertiesCodec.write(out, s.properties());
    }
    for (int code : s.reasonCodes()) {
      out.put((byte) code);
    }
  }
}
