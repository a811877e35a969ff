// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PacketIdAck;
import io.mqttee.protocol.packet.PacketType;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import java.nio.ByteBuffer;

/**
 * PUBACK, PUBREC, PUBREL and PUBCOMP bodies. MQTT 5 may omit the reason code (meaning success) and
 * the property length when the remaining length is 2 or 3 (MQTT 5 section 3.4.2.1).
 */
final class PacketIdAckDecoder {

  private PacketIdAckDecoder() {}

  static PacketIdAck decode(PacketType type, ByteBuffer in, ProtocolVersion version) {
    int packetId = PacketIds.read(in);
    int reasonCode = 0;
    MqttProperties properties = MqttProperties.EMPTY;
    if (version.isMqtt5() && in.hasRemaining()) {
      reasonCode = in.get() & 0xFF;
      if (in.hasRemaining()) {
        properties = PropertiesCodec.read(in, PropertyMasks.ACK);
      }
    }
    switch (type) {
      case PUBACK:
        return new PubAck(packetId, reasonCode, properties);
      case PUBREC:
        return new PubRec(packetId, reasonCode, properties);
      case PUBREL:
        return new PubRel(packetId, reasonCode, properties);
      default:
        return new PubComp(packetId, reasonCode, properties);
    }
  }
}
