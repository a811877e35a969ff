// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

/**
 * Which MQTT 5 properties each packet may carry (MQTT 5 section 2.2.2.2); any other one is a
 * protocol error. Bit {@code n} of a mask stands for property identifier {@code n}.
 */
final class PropertyMasks {

  static final long CONNECT = of(0x11, 0x21, 0x27, 0x22, 0x19, 0x17, 0x26, 0x15, 0x16);
  static final long WILL = of(0x18, 0x01, 0x02, 0x03, 0x08, 0x09, 0x26);
  static final long CONNACK =
      of(
          0x11, 0x21, 0x24, 0x25, 0x27, 0x12, 0x22, 0x1F, 0x26, 0x28, 0x29, 0x2A, 0x13, 0x1A, 0x1C,
          0x15, 0x16);
  static final long PUBLISH = of(0x01, 0x02, 0x23, 0x08, 0x09, 0x26, 0x0B, 0x03);
  static final long ACK = of(0x1F, 0x26);
  static final long SUBSCRIBE = of(0x0B, 0x26);
  static final long UNSUBSCRIBE = of(0x26);
  static final long DISCONNECT = of(0x11, 0x1F, 0x26, 0x1C);
  static final long AUTH = of(0x15, 0x16, 0x1F, 0x26);

  private PropertyMasks() {}

  private static long of(int... ids) {
    long mask = 0;
    for (int id : ids) {
      mask |= 1L << id;
    }
    return mask;
  }
}
