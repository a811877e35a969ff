// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

/** Protocol versions by CONNECT protocol name and level. */
public enum ProtocolVersion {
  MQTT_3_1("MQIsdp", 3),
  MQTT_3_1_1("MQTT", 4),
  MQTT_5("MQTT", 5);

  private final String protocolName;
  private final int level;

  ProtocolVersion(String protocolName, int level) {
    this.protocolName = protocolName;
    this.level = level;
  }

  public String protocolName() {
    return protocolName;
  }

  public int level() {
    return level;
  }

  public boolean isMqtt5() {
    return this == MQTT_5;
  }

  /** The version for a protocol name and level, or null when the pair is unknown. */
  public static ProtocolVersion of(String protocolName, int level) {
    for (ProtocolVersion v : values()) {
      if (v.level == level && v.protocolName.equals(protocolName)) {
        return v;
      }
    }
    return null;
  }
}
