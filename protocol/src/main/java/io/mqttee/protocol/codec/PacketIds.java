// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import java.nio.ByteBuffer;

/** The two-byte packet identifier, which must not be 0 (MQTT-2.3.1-1). */
final class PacketIds {

  private PacketIds() {}

  static int read(ByteBuffer in) {
    int id = in.getShort() & 0xFFFF;
    if (id == 0) {
      throw MalformedPacketException.protocolError("packet identifier 0", "MQTT-2.3.1-1");
    }
    return id;
  }
}
