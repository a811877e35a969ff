// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

import java.util.List;

/**
 * The MQTT 5 properties of a packet, in wire order; {@link #EMPTY} for MQTT 3.1 and 3.1.1 packets.
 * Values are Integer (byte, two-byte, four-byte and variable byte integers), String, byte[] (binary
 * data) or {@link UserProperty}.
 */
public record MqttProperties(List<Property> entries) {

  public static final MqttProperties EMPTY = new MqttProperties(List.of());

  public MqttProperties {
    entries = List.copyOf(entries);
  }

  /** One property: its identifier (MQTT 5 section 2.2.2.2) and value. */
  public record Property(int id, Object value) {}

  /** A name/value pair of the User Property (0x26). */
  public record UserProperty(String name, String value) {}

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The first value of a property, or null when absent. */
  public Object get(int id) {
    for (Property p : entries) {
      if (p.id() == id) {
        return p.value();
      }
    }
    return null;
  }

  /** The integer value of a property, or {@code absent} when the packet does not carry it. */
  public int intValue(int id, int absent) {
    Object v = get(id);
    return v instanceof Integer i ? i : absent;
  }
}
