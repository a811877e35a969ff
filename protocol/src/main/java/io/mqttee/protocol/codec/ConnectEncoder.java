// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Will;
import java.nio.ByteBuffer;

/** CONNECT, in the format of the version passed to the encoder. */
final class ConnectEncoder implements BodyEncoder {

  @Override
  public int remainingLength(MqttPacket packet, ProtocolVersion version) {
    Connect c = (Connect) packet;
    int length = 2 + version.protocolName().length() + 1 + 1 + 2;
    length += BodyEncoder.propertiesLength(c.properties(), version);
    length += 2 + Utf8.encodedLength(c.clientId());
    Will will = c.will();
    if (will != null) {
      length += BodyEncoder.propertiesLength(will.properties(), version);
      length += 2 + Utf8.encodedLength(will.topic()) + 2 + will.payload().length;
    }
    if (c.username() != null) {
      length += 2 + Utf8.encodedLength(c.username());
    }
    if (c.password() != null) {
      length += 2 + c.password().length;
    }
    return length;
  }

  @Override
  public void write(MqttPacket packet, ProtocolVersion version, ByteBuffer out) {
    Connect c = (Connect) packet;
    Utf8.write(out, version.protocolName());
    out.put((byte) version.level());
    out.put((byte) connectFlags(c));
    out.putShort((short) c.keepAliveSeconds());
    if (version.isMqtt5()) {
      PropertiesCodec.write(out, c.properties());
    }
    Utf8.write(out, c.clientId());
    Will will = c.will();
    if (will != null) {
      if (version.isMqtt5()) {
        PropertiesCodec.write(out, will.properties());
      }
      Utf8.write(out, will.topic());
      Utf8.writeBinary(out, will.payload());
    }
    if (c.username() != null) {
      Utf8.write(out, c.username());
    }
    if (c.password() != null) {
      Utf8.writeBinary(out, c.password());
    }
  }

  private static int connectFlags(Connect c) {
    int flags = c.cleanStart() ? 0x02 : 0;
    Will will = c.will();
    if (will != null) {
      flags |= 0x04 | will.qos().value() << 3 | (will.retain() ? 0x20 : 0);
    }
    if (c.password() != null) {
      flags |= 0x40;
    }
    if (c.username() != null) {
      flags |= 0x80;
    }
    return flags;
  }
}
