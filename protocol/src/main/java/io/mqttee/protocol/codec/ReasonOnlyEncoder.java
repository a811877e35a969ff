// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.Auth;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.nio.ByteBuffer;

/**
 * DISCONNECT and AUTH. In MQTT 5 a success without properties is the bare fixed header and a reason
 * code without properties omits the property length (sections 3.14.2.1, 3.15.2.1). An MQTT 3.1.1
 * DISCONNECT is the bare fixed header; AUTH does not exist before MQTT 5.
 */
final class ReasonOnlyEncoder implements BodyEncoder {

  @Override
  public int remainingLength(MqttPacket packet, ProtocolVersion version) {
    if (!version.isMqtt5()) {
      if (packet instanceof Auth) {
        throw new IllegalArgumentException("AUTH does not exist in " + version);
      }
      return 0;
    }
    int reasonCode = reasonCode(packet);
    MqttProperties properties = properties(packet);
    if (properties.isEmpty()) {
      return reasonCode == 0 ? 0 : 1;
    }
    return 1 + PropertiesCodec.encodedLength(properties);
  }

  @Override
  public void write(MqttPacket packet, ProtocolVersion version, ByteBuffer out) {
    int length = remainingLength(packet, version);
    if (length > 0) {
      out.put((byte) reasonCode(packet));
    }
    if (length > 1) {
      PropertiesCodec.write(out, properties(packet));
    }
  }

  private static int reasonCode(MqttPacket packet) {
    return packet instanceof Auth a ? a.reasonCode() : ((Disconnect) packet).reasonCode();
  }

  private static MqttProperties properties(MqttPacket packet) {
    return packet instanceof Auth a ? a.properties() : ((Disconnect) packet).properties();
  }
}
