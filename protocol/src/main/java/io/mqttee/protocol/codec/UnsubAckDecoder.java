// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.UnsubAck;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** UNSUBACK body, decoded by clients; reason codes exist only in MQTT 5. */
final class UnsubAckDecoder {

  private UnsubAckDecoder() {}

  static UnsubAck decode(ByteBuffer in, ProtocolVersion version) {
    int packetId = PacketIds.read(in);
    if (!version.isMqtt5()) {
      return new UnsubAck(packetId, List.of(), MqttProperties.EMPTY);
    }
    MqttProperties properties = PropertiesCodec.read(in, PropertyMasks.ACK);
    List<Integer> codes = new ArrayList<>(in.remaining());
    while (in.hasRemaining()) {
      codes.add(in.get() & 0xFF);
    }
    return new UnsubAck(packetId, codes, properties);
  }
}
