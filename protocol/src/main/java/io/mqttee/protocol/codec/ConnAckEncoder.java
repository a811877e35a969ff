// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.nio.ByteBuffer;

/** CONNACK: acknowledge flags, return or reason code, MQTT 5 properties. */
final class ConnAckEncoder implements BodyEncoder {

  @Override
  public int remainingLength(MqttPacket packet, ProtocolVersion version) {
    return 2 + BodyEncoder.propertiesLength(((ConnAck) packet).properties(), version);
  }

  @Override
  public void write(MqttPacket packet, ProtocolVersion version, ByteBuffer out) {
    ConnAck c = (ConnAck) packet;
    out.put((byte) (c.sessionPresent() ? 1 : 0)).put((byte) c.reasonCode());
    if (version.isMqtt5()) {
      PropertiesCodec.write(out, c.properties());
    }
  }
}
