// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.datagram;

import java.util.Arrays;
import java.util.Optional;

/** The adapter's datagram listeners, each activated by a gateway bean of its own. */
public enum DatagramKind {
  MQTT_SN("mqtt-sn", "mqtt-sn-udp", "MQTT-SN UDP", 1884, "mqttee.mqttsn");

  private final String listenerName;
  private final String type;
  private final String label;
  private final int standardPort;
  private final String propertyPrefix;

  DatagramKind(
      String listenerName, String type, String label, int standardPort, String propertyPrefix) {
    this.listenerName = listenerName;
    this.type = type;
    this.label = label;
    this.standardPort = standardPort;
    this.propertyPrefix = propertyPrefix;
  }

  /** The kind administrators and activation specs call {@code name}, if there is one. */
  public static Optional<DatagramKind> named(String name) {
    return Arrays.stream(values()).filter(kind -> kind.listenerName.equals(name)).findFirst();
  }

  /** What administrators and the gateway call the listener. */
  public String listenerName() {
    return listenerName;
  }

  /** What the listener carries. */
  public String type() {
    return type;
  }

  /** How logs call the listener. */
  String label() {
    return label;
  }

  /** The port a listener disabled in the configuration binds when an administrator starts it. */
  public int standardPort() {
    return standardPort;
  }

  /** Where its system properties start: {@code <prefix>.port}, {@code <prefix>.bind}. */
  public String propertyPrefix() {
    return propertyPrefix;
  }
}
