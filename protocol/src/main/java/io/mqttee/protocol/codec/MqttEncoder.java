// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.nio.ByteBuffer;

/** Encodes packets for a connection's protocol version. Stateless and thread-safe. */
public final class MqttEncoder {

  private MqttEncoder() {}

  /** The number of bytes {@link #encode} writes for this packet, fixed header included. */
  public static int encodedLength(MqttPacket packet, ProtocolVersion version) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Writes the packet at the buffer's position, advancing it by {@link #encodedLength}. */
  public static void encode(MqttPacket packet, ProtocolVersion version, ByteBuffer out) {
    throw new UnsupportedOperationException("not yet");
  }
}
