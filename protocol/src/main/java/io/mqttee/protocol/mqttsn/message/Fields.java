// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import java.util.Objects;

/** Range checks for record components, so an encoder never truncates a value silently. */
final class Fields {

  private Fields() {}

  static void octet(String name, int value) {
    if (value < 0 || value > 0xFF) {
      throw new IllegalArgumentException(name + " is one octet, not " + value);
    }
  }

  static void twoOctets(String name, int value) {
    if (value < 0 || value > 0xFFFF) {
      throw new IllegalArgumentException(name + " is two octets, not " + value);
    }
  }

  static <T> T present(String name, T value) {
    return Objects.requireNonNull(value, name);
  }
}
