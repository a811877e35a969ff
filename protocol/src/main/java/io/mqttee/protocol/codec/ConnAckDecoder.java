// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.nio.ByteBuffer;

/** CONNACK body, decoded by clients. */
final class ConnAckDecoder {

  private ConnAckDecoder() {}

  static ConnAck decode(ByteBuffer in, ProtocolVersion version) {
    int ackFlags = in.get() & 0xFF;
    if ((ackFlags & 0xFE) != 0) {
      throw MalformedPacketException.malformed("reserved CONNACK flags set", "MQTT-3.2.2-1");
    }
    int reasonCode = in.get() & 0xFF;
    MqttProperties properties =
        version.isMqtt5() ? PropertiesCodec.read(in, PropertyMasks.CONNACK) : MqttProperties.EMPTY;
    return new ConnAck(ackFlags == 1, reasonCode, properties);
  }
}
