// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.nio.ByteBuffer;

/** Writes the variable header and payload of one packet type; {@link MqttEncoder} adds the rest. */
interface BodyEncoder {

  /** The fixed-header flag bits (low nibble of the first byte). */
  default int flags(MqttPacket packet) {
    return 0;
  }

  int remainingLength(MqttPacket packet, ProtocolVersion version);

  void write(MqttPacket packet, ProtocolVersion version, ByteBuffer out);

  /** The bytes of a property list in MQTT 5, nothing in 3.1 and 3.1.1. */
  static int propertiesLength(MqttProperties p, ProtocolVersion v) {
    return v.isMqtt5() ? PropertiesCodec.encodedLength(p) : 0;
  }
}
