// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import java.nio.ByteBuffer;

/** The variable byte integer of MQTT 3.1.1 section 2.2.3 and MQTT 5 section 1.5.5. */
final class VariableByteInteger {

  /** The largest value four bytes can carry. */
  static final int MAX_VALUE = 268_435_455;

  /** Returned by {@link #peek} when the buffer ends before the last byte of the integer. */
  static final int INCOMPLETE = -1;

  /** Returned by {@link #peek} when a fourth byte still has its continuation bit set. */
  static final int TOO_LONG = -2;

  private VariableByteInteger() {}

  /**
   * Reads the integer starting at absolute index {@code index} without moving the position. Returns
   * the value and its encoded size packed as {@code size << 28 | value}, or {@link #INCOMPLETE} or
   * {@link #TOO_LONG}.
   */
  static int peek(ByteBuffer in, int index) {
    int value = 0;
    for (int i = 0; i < 4; i++) {
      if (index + i >= in.limit()) {
        return INCOMPLETE;
      }
      int b = in.get(index + i);
      value |= (b & 0x7F) << (7 * i);
      if ((b & 0x80) == 0) {
        return ((i + 1) << 28) | value;
      }
    }
    return TOO_LONG;
  }

  static int valueOf(int peeked) {
    return peeked & 0x0FFF_FFFF;
  }

  static int sizeOf(int peeked) {
    return peeked >>> 28;
  }

  /** Reads an integer inside a packet body, where running out of bytes is malformed. */
  static int read(ByteBuffer in) {
    int peeked = peek(in, in.position());
    if (peeked < 0) {
      throw MalformedPacketException.malformed("variable byte integer malformed", "1.5.5");
    }
    in.position(in.position() + sizeOf(peeked));
    return valueOf(peeked);
  }

  static int size(int value) {
    if (value < 128) {
      return 1;
    }
    if (value < 16_384) {
      return 2;
    }
    if (value < 2_097_152) {
      return 3;
    }
    return 4;
  }

  static void write(ByteBuffer out, int value) {
    int v = value;
    do {
      int b = v & 0x7F;
      v >>>= 7;
      out.put((byte) (v > 0 ? b | 0x80 : b));
    } while (v > 0);
  }
}
