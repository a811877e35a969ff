// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.SubAck;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** SUBACK body, decoded by clients. */
final class SubAckDecoder {

  private SubAckDecoder() {}

  static SubAck decode(ByteBuffer in, ProtocolVersion version) {
    int packetId = PacketIds.read(in);
    boolean v5 = version.isMqtt5();
    MqttProperties properties =
        v5 ? PropertiesCodec.read(in, PropertyMasks.ACK) : MqttProperties.EMPTY;
    List<Integer> codes = new ArrayList<>(in.remaining());
    while (in.hasRemaining()) {
      int code = in.get() & 0xFF;
      if (!v5 && code > 2 && code != 0x80) {
        throw MalformedPacketException.malformed("invalid SUBACK return code", "MQTT-3.9.3-2");
      }
      codes.add(code);
    }
    if (codes.isEmpty()) {
      throw MalformedPacketException.protocolError("SUBACK without return code", "MQTT-3.9.3-1");
    }
    return new SubAck(packetId, codes, properties);
  }
}
