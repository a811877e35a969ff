// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.ProtocolVersion;
import java.nio.ByteBuffer;

/**
 * Incremental decoder for the packets of one connection. Not thread-safe: one per connection.
 *
 * <p>Call {@link #decode} with the buffered bytes; it returns the next packet and advances the
 * buffer past it, or returns null: either the buffer does not hold a whole packet yet (position
 * unchanged, {@link #failure()} null) or the input is malformed ({@link #failure()} set; the
 * decoder then refuses all further input). The packet size limit is checked from the fixed header,
 * before any of the payload is buffered.
 */
public final class MqttDecoder {

  private final int maxPacketSize;

  public MqttDecoder(int maxPacketSize) {
    this.maxPacketSize = maxPacketSize;
  }

  public MqttPacket decode(ByteBuffer in) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The failure that stopped decoding, or null. */
  public DecodeFailure failure() {
    return null;
  }

  /** The version the CONNECT declared, or null before CONNECT has been decoded. */
  public ProtocolVersion version() {
    return null;
  }

  public int maxPacketSize() {
    return maxPacketSize;
  }
}
