// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Unsubscribe;
import java.nio.ByteBuffer;

/** UNSUBSCRIBE. */
final class UnsubscribeEncoder implements BodyEncoder {

  @Override
  public int flags(MqttPacket packet) {
    return 0x02; // MQTT-3.10.1-1
  }

  @Override
  public int remainingLength(MqttPacket packet, ProtocolVersion version) {
    Unsubscribe u = (Unsubscribe) packet;
    int length = 2 + BodyEncoder.propertiesLength(u.properties(), version);
    for (String filter : u.topicFilters()) {
      length += 2 + Utf8.encodedLength(filter);
    }
    return length;
  }

  @Override
  public void write(MqttPacket packet, ProtocolVersion version, ByteBuffer out) {
    Unsubscribe u = (Unsubscribe) packet;
    out.putShort((short) u.packetId());
    if (version.isMqtt5()) {
      PropertiesCodec.write(out, u.properties());
    }
    for (String filter : u.topicFilters()) {
      Utf8.write(out, filter);
    }
  }
}
