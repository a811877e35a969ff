// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn;

/**
 * Bits 1 and 0 of the Flags octet (MQTT-SN 1.2 section 5.3.4): what the TopicId or TopicName field
 * holds. The fourth code, 0b11, is reserved, so it has no constant here.
 */
public enum TopicIdType {
  /** A topic id from REGISTER (PUBLISH), or a topic name (SUBSCRIBE, UNSUBSCRIBE). */
  NORMAL(0b00),
  /** A topic id both sides know without REGISTER. */
  PREDEFINED(0b01),
  /** A topic name of two octets carried in the TopicId field. */
  SHORT_NAME(0b10);

  /** The code no message may carry. */
  public static final int RESERVED_BITS = 0b11;

  private final int bits;

  TopicIdType(int bits) {
    this.bits = bits;
  }

  public int bits() {
    return bits;
  }

  /**
   * The type coded by {@code bits} (0, 1 or 2).
   *
   * @throws IllegalArgumentException for the reserved code 0b11; decoders check {@link
   *     Flags#hasReservedTopicIdType()} first
   */
  public static TopicIdType ofBits(int bits) {
    switch (bits) {
      case 0b00:
        return NORMAL;
      case 0b01:
        return PREDEFINED;
      case 0b10:
        return SHORT_NAME;
      default:
        throw new IllegalArgumentException("reserved topic id type " + bits);
    }
  }
}
