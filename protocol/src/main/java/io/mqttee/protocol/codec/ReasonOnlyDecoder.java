// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.Auth;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PacketType;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.nio.ByteBuffer;

/**
 * DISCONNECT and AUTH bodies: an optional reason code and optional properties (MQTT 5 sections
 * 3.14.2 and 3.15.2); an MQTT 3.1.1 DISCONNECT is empty.
 */
final class ReasonOnlyDecoder {

  private ReasonOnlyDecoder() {}

  static MqttPacket decode(PacketType type, ByteBuffer in, ProtocolVersion version) {
    if (!version.isMqtt5()) {
      return Disconnect.NORMAL;
    }
    int reasonCode = 0;
    MqttProperties properties = MqttProperties.EMPTY;
    long allowed = type == PacketType.AUTH ? PropertyMasks.AUTH : PropertyMasks.DISCONNECT;
    if (in.hasRemaining()) {
      reasonCode = in.get() & 0xFF;
      if (in.hasRemaining()) {
        properties = PropertiesCodec.read(in, allowed);
      }
    }
    if (type == PacketType.AUTH) {
      return new Auth(reasonCode, properties);
    }
    if (reasonCode == 0 && properties.isEmpty()) {
      return Disconnect.NORMAL;
    }
    return new Disconnect(reasonCode, properties);
  }
}
