// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar;

import io.mqttee.connector.rar.transport.TransportSettings;
import java.time.Duration;

/**
 * The adapter's effective settings: each config property of ra.xml, unless a system property
 * overrides it.
 */
record AdapterSettings(TransportSettings transport, int lanes) {

  static final String HOST = "mqttee.tcp.host";
  static final String PORT = "mqttee.tcp.port";
  static final String MAX_PACKET_SIZE = "mqttee.max-packet-size";
  static final String CONNECT_TIMEOUT = "mqttee.connect-timeout-seconds";
  static final String LANES = "mqttee.lanes";

  static AdapterSettings resolve(MqttResourceAdapter config) {
    String host = System.getProperty(HOST, orDefault(config.getHost(), "0.0.0.0"));
    int port = intProperty(PORT, config.getPort(), 1883);
    int maxPacketSize = intProperty(MAX_PACKET_SIZE, config.getMaxPacketSize(), 1_048_576);
    int connectTimeout = intProperty(CONNECT_TIMEOUT, config.getConnectTimeoutSeconds(), 10);
    int lanes = intProperty(LANES, config.getLanes(), 0);
    TransportSettings transport =
        new TransportSettings(
            host,
            port,
            maxPacketSize,
            Duration.ofSeconds(connectTimeout),
            TransportSettings.DEFAULT_MALFORMED_CLOSE_GRACE);
    return new AdapterSettings(
        transport, lanes > 0 ? lanes : 2 * Runtime.getRuntime().availableProcessors());
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static int intProperty(String name, Integer configured, int fallback) {
    String value = System.getProperty(name);
    if (value != null && !value.isBlank()) {
      try {
        return Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "system property " + name + " is not a number: " + value);
      }
    }
    return configured == null ? fallback : configured;
  }
}
