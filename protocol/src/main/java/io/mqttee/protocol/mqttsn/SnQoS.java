// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn;

/**
 * The QoS bits 6 and 5 of the Flags octet (MQTT-SN 1.2 section 5.3.4). Level -1 (0b11) is the
 * connectionless publish of section 6.8, valid only in PUBLISH.
 */
public enum SnQoS {
  AT_MOST_ONCE(0b00, 0),
  AT_LEAST_ONCE(0b01, 1),
  EXACTLY_ONCE(0b10, 2),
  MINUS_ONE(0b11, -1);

  private static final SnQoS[] BY_BITS = {AT_MOST_ONCE, AT_LEAST_ONCE, EXACTLY_ONCE, MINUS_ONE};

  private final int bits;
  private final int level;

  SnQoS(int bits, int level) {
    this.bits = bits;
    this.level = level;
  }

  /** The two-bit code as it appears in the Flags octet, before shifting. */
  public int bits() {
    return bits;
  }

  /** -1, 0, 1 or 2. */
  public int level() {
    return level;
  }

  /** The level coded by the two low bits of {@code bits}; every code is a level. */
  public static SnQoS ofBits(int bits) {
    return BY_BITS[bits & 0b11];
  }
}
