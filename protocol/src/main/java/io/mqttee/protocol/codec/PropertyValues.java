// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

/** Value ranges of MQTT 5 integer properties whose out-of-range values are protocol errors. */
final class PropertyValues {

  private PropertyValues() {}

  static Integer checked(int id, int value) {
    switch (id) {
      case 0x01: // payload format indicator
      case 0x17: // request problem information
      case 0x19: // request response information
      case 0x24: // maximum QoS
      case 0x25: // retain available
      case 0x28: // wildcard subscription available
      case 0x29: // subscription identifiers available
      case 0x2A: // shared subscription available
        requireThat(value == 0 || value == 1, id);
        break;
      case 0x0B: // subscription identifier
      case 0x21: // receive maximum
      case 0x23: // topic alias, MQTT-3.3.2-8
      case 0x27: // maximum packet size
        requireThat(value != 0, id);
        break;
      default:
        break;
    }
    return value;
  }

  private static void requireThat(boolean valid, int id) {
    if (!valid) {
      throw MalformedPacketException.protocolError(
          "value of property 0x" + Integer.toHexString(id) + " out of range", "2.2.2.2");
    }
  }
}
