// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.nio.ByteBuffer;

/** PUBLISH; the topic's UTF-8 bytes are written straight from its chars, never copied. */
final class PublishEncoder implements BodyEncoder {

  @Override
  public int flags(MqttPacket packet) {
    Publish p = (Publish) packet;
    return (p.dup() ? 0x08 : 0) | p.qos().value() << 1 | (p.retain() ? 0x01 : 0);
  }

  @Override
  public int remainingLength(MqttPacket packet, ProtocolVersion version) {
    Publish p = (Publish) packet;
    return 2
        + Utf8.encodedLength(p.topic())
        + (p.qos() == QoS.AT_MOST_ONCE ? 0 : 2)
        + BodyEncoder.propertiesLength(p.properties(), version)
        + p.payload().length;
  }

  @Override
  public void write(MqttPacket packet, ProtocolVersion version, ByteBuffer out) {
    Publish p = (Publish) packet;
    Utf8.write(out, p.topic());
    if (p.qos() != QoS.AT_MOST_ONCE) {
      out.putShort((short) p.packetId());
    }
    if (version.isMqtt5()) {
      PropertiesCodec.write(out, p.properties());
    }
    out.put(p.payload());
  }
}
