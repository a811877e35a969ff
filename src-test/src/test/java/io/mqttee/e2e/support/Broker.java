// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.io.File;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** Where the broker under test listens, and the EAR it runs; values come from the build. */
public final class Broker {

  /** Distinguishes this run's client ids and topics from those a previous run left persisted. */
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  private Broker() {}

  /**
   * The built EAR as one archive. Its file name, {@code mqttee.ear}, makes the application name
   * {@code mqttee}, which the resource adapter binding ({@code mqttee#mqttee-rar}) relies on.
   */
  public static EnterpriseArchive ear() {
    File ear = new File(System.getProperty("mqttee.ear", "../broker-ear/target/mqttee.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  public static String host() {
    return "127.0.0.1";
  }

  /** The MQTT TCP port the test domain was given ({@code -Dmqttee.tcp.port}). */
  public static int mqttPort() {
    return port("mqttee.tcp.port");
  }

  /** The MQTT TLS port the test domain was given ({@code -Dmqttee.tls.port}). */
  public static int tlsPort() {
    return port("mqttee.tls.port");
  }

  /** The MQTT-SN gateway's UDP port the test domain was given ({@code -Dmqttee.mqttsn.port}). */
  public static int mqttSnPort() {
    return port("mqttee.mqttsn.port");
  }

  /**
   * Where the test domain's gateway broadcasts ADVERTISE ({@code -Dmqttee.mqttsn.advertise-port},
   * to 127.255.255.255): a port of its own, since a test cannot listen on the gateway's port.
   */
  public static int mqttSnAdvertisePort() {
    return port("mqttee.mqttsn.advertise-port");
  }

  /**
   * The LWM2M gateway's CoAP (UDP) port the test domain was given ({@code -Dmqttee.lwm2m.port}).
   */
  public static int lwm2mPort() {
    return port("mqttee.lwm2m.port");
  }

  /** The LWM2M gateway's DTLS port the test domain was given ({@code -Dmqttee.lwm2m.dtls-port}). */
  public static int lwm2mDtlsPort() {
    return port("mqttee.lwm2m.dtls-port");
  }

  /**
   * The test domain's {@code mqttee.lwm2m.xml-dir}: empty when the domain starts, so a test that
   * puts an object definition there shows it is loaded without a restart.
   */
  public static Path lwm2mXmlDir() {
    String dir = System.getProperty("mqttee.test.lwm2m.xml-dir");
    if (dir == null) {
      throw new IllegalStateException("mqttee.test.lwm2m.xml-dir is not set; run with mvn verify");
    }
    return Path.of(dir);
  }

  public static String tcpUri() {
    return "tcp://" + host() + ":" + mqttPort();
  }

  public static String tlsUri() {
    return "ssl://" + host() + ":" + tlsPort();
  }

  /** The HTTP port the test domain was given ({@code -Dmqttee.http.port}). */
  public static int httpPort() {
    return port("mqttee.http.port");
  }

  /** The HTTPS port of the test domain ({@code -Dmqttee.https.port}). */
  public static int httpsPort() {
    return port("mqttee.https.port");
  }

  /** The WebSocket MQTT endpoint of the admin WAR (context root {@code /}). */
  public static String webSocketUri() {
    return "ws://" + host() + ":" + httpPort() + "/mqtt";
  }

  /** The resource adapter's own WebSocket listener ({@code -Dmqttee.ws.port}). */
  public static String adapterWebSocketUri() {
    return "ws://" + host() + ":" + port("mqttee.ws.port") + "/mqtt";
  }

  /** The resource adapter's WebSocket over TLS listener ({@code -Dmqttee.wss.port}). */
  public static String adapterSecureWebSocketUri() {
    return "wss://" + host() + ":" + port("mqttee.wss.port") + "/mqtt";
  }

  /** The same endpoint on the server's HTTPS listener. */
  public static String secureWebSocketUri() {
    return "wss://" + host() + ":" + httpsPort() + "/mqtt";
  }

  private static int port(String property) {
    String port = System.getProperty(property);
    if (port == null) {
      throw new IllegalStateException(property + " is not set; run the tests with mvn verify");
    }
    return Integer.parseInt(port);
  }

  /** A client id unique to this run, readable in the server log. */
  public static String clientId(String role) {
    return role + "-" + RUN + "-" + UUID.randomUUID().toString().substring(0, 6);
  }

  /** A topic prefix unique to this run and test, so retained messages of other runs never match. */
  public static String topicRoot(String test) {
    return "e2e/" + RUN + "/" + test;
  }
}
