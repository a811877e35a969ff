// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar;

import io.mqttee.connector.api.TransportLimits;
import io.mqttee.connector.rar.datagram.DatagramAddress;
import io.mqttee.connector.rar.datagram.DatagramKind;
import io.mqttee.connector.rar.datagram.DatagramSettings;
import io.mqttee.connector.rar.tls.TlsSettings;
import io.mqttee.connector.rar.transport.TransportSettings;
import io.mqttee.connector.rar.transport.WebSocketSettings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The adapter's effective settings: each config property of ra.xml, unless a system property
 * overrides it.
 */
record AdapterSettings(
    TransportSettings transport, TlsSettings tls, WebSocketSettings webSocket, int lanes) {

  static final String HOST = "mqttee.tcp.host";
  static final String PORT = "mqttee.tcp.port";
  static final String MAX_PACKET_SIZE = TransportLimits.MAX_PACKET_SIZE;
  static final String CONNECT_TIMEOUT = "mqttee.connect-timeout-seconds";
  static final String LANES = "mqttee.lanes";
  static final String TLS_HOST = "mqttee.tls.host";
  static final String TLS_PORT = "mqttee.tls.port";
  static final String TLS_KEYSTORE = "mqttee.tls.keystore";
  static final String TLS_KEYSTORE_PASSWORD = "mqttee.tls.keystore-password";
  static final String TLS_CERT = "mqttee.tls.cert";
  static final String TLS_KEY = "mqttee.tls.key";
  static final String TLS_CLIENT_AUTH = "mqttee.tls.client-auth";
  static final String TLS_TRUSTSTORE = "mqttee.tls.truststore";
  static final String TLS_TRUSTSTORE_PASSWORD = "mqttee.tls.truststore-password";
  static final String WS_HOST = "mqttee.ws.host";
  static final String WS_PORT = "mqttee.ws.port";
  static final String WSS_PORT = "mqttee.wss.port";
  static final String WS_PATH = "mqttee.ws.path";
  static final String MQTTSN_BIND = "mqttee.mqttsn.bind";
  static final String MQTTSN_PORT = "mqttee.mqttsn.port";
  static final String MQTTSN_BROADCAST = "mqttee.mqttsn.broadcast";

  /**
   * WildFly's data directory: the development keystore goes there, next to the H2 database, not
   * into whatever directory the server was started from. Payara Server names none; there it stays
   * relative to the domain's {@code config/}, the server's working directory.
   */
  static final String SERVER_DATA_DIR = "jboss.server.data.dir";

  /**
   * A datagram listener's settings, from the system properties {@code <prefix>.bind}, {@code
   * .port}, {@code .broadcast} and {@code .max-datagram-size} (for MQTT-SN: mqttee.mqttsn.port...).
   */
  static DatagramSettings datagram(DatagramKind kind) {
    String prefix = kind.propertyPrefix();
    return new DatagramSettings(
        kind,
        new DatagramAddress(
            orDefault(System.getProperty(prefix + ".bind"), "0.0.0.0"),
            intProperty(prefix + ".port", null, kind.standardPort()),
            orDefault(
                System.getProperty(prefix + ".broadcast"), DatagramAddress.DEFAULT_BROADCAST)),
        intProperty(
            prefix + ".max-datagram-size", null, DatagramSettings.DEFAULT_MAX_DATAGRAM_SIZE));
  }

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
    TlsSettings tls = tls(config);
    return new AdapterSettings(
        transport,
        tls,
        webSocketSettings(tls),
        lanes > 0 ? lanes : 2 * Runtime.getRuntime().availableProcessors());
  }

  /** Secure WebSocket uses the TLS listener's key: off by default when TLS is off. */
  private static WebSocketSettings webSocketSettings(TlsSettings tls) {
    return new WebSocketSettings(
        orDefault(System.getProperty(WS_HOST), "0.0.0.0"),
        intProperty(WS_PORT, null, 8083),
        intProperty(WSS_PORT, null, tls.enabled() ? 8084 : -1),
        orDefault(System.getProperty(WS_PATH), "/mqtt"));
  }

  private static TlsSettings tls(MqttResourceAdapter config) {
    return new TlsSettings(
        System.getProperty(TLS_HOST, orDefault(config.getTlsHost(), "0.0.0.0")),
        intProperty(TLS_PORT, config.getTlsPort(), 8883),
        path(TLS_KEYSTORE, config.getTlsKeystore()),
        stringProperty(TLS_KEYSTORE_PASSWORD, config.getTlsKeystorePassword()),
        path(TLS_CERT, config.getTlsCert()),
        path(TLS_KEY, config.getTlsKey()),
        TlsSettings.ClientAuthMode.parse(
            orDefault(stringProperty(TLS_CLIENT_AUTH, config.getTlsClientAuth()), "none")),
        path(TLS_TRUSTSTORE, config.getTlsTruststore()),
        stringProperty(TLS_TRUSTSTORE_PASSWORD, config.getTlsTruststorePassword()),
        developmentKeystore());
  }

  static Path developmentKeystore() {
    String dataDir = System.getProperty(SERVER_DATA_DIR);
    return dataDir == null || dataDir.isBlank()
        ? TlsSettings.DEFAULT_DEVELOPMENT_KEYSTORE
        : Path.of(dataDir).resolve(TlsSettings.DEFAULT_DEVELOPMENT_KEYSTORE);
  }

  private static String stringProperty(String name, String configured) {
    String value = System.getProperty(name);
    return value != null ? value : configured;
  }

  /** A configured file, or null when neither the system nor the config property names one. */
  private static Path path(String name, String configured) {
    String value = stringProperty(name, configured);
    return value == null || value.isBlank() ? null : Path.of(value.trim());
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
