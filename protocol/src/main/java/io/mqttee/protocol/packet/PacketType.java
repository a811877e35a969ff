// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

/** MQTT control packet types with their fixed-header type value (MQTT 3.1.1 table 2.1). */
public enum PacketType {
  CONNECT(1),
  CONNACK(2),
  PUBLISH(3),
  PUBACK(4),
  PUBREC(5),
  PUBREL(6),
  PUBCOMP(7),
  SUBSCRIBE(8),
  SUBACK(9),
  UNSUBSCRIBE(10),
  UNSUBACK(11),
  PINGREQ(12),
  PINGRESP(13),
  DISCONNECT(14),
  AUTH(15);

  private static final PacketType[] BY_VALUE = new PacketType[16];

  static {
    for (PacketType t : values()) {
      BY_VALUE[t.value] = t;
    }
  }

  private final int value;

  PacketType(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }

  /** The type for a fixed-header value, or null for the reserved value 0. */
  public static PacketType of(int value) {
    return BY_VALUE[value & 0x0F];
  }
}
