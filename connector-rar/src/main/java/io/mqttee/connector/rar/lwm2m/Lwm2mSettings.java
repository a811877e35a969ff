// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.lwm2m;

import io.mqttee.connector.api.SystemSettings;
import io.mqttee.connector.rar.transport.ListenerAddress;
import java.nio.file.Path;

/**
 * How the LWM2M server starts, from the system properties {@code mqttee.lwm2m.*}.
 *
 * @param coap where plain CoAP binds ({@code bind}, {@code port}); a port below 0 disables it
 * @param dtls where CoAP over DTLS binds ({@code bind}, {@code dtls-port}); below 0 disables it
 * @param pskFile the PSK identities, one {@code endpoint,identity,hex-key} per line, or null
 * @param xmlDir a directory of extra object definitions (OMA DDF XML), or null
 * @param lifetimeMin the shortest registration lifetime accepted, in seconds
 * @param lifetimeMax the longest registration lifetime accepted, in seconds
 * @param certificate the DTLS server's X.509 certificate chain (PEM), or null
 * @param privateKey the DTLS server's private key (PEM, PKCS#8), or null
 * @param trustedCertificates the certificates (PEM) that devices' X.509 certificates are checked
 *     against (a device's own certificate or its issuer's), or null to accept no X.509 device
 */
public record Lwm2mSettings(
    ListenerAddress coap,
    ListenerAddress dtls,
    Path pskFile,
    Path xmlDir,
    long lifetimeMin,
    long lifetimeMax,
    Path certificate,
    Path privateKey,
    Path trustedCertificates) {

  public static final int COAP_PORT = 5683;
  public static final int DTLS_PORT = 5684;
  private static final String PREFIX = "mqttee.lwm2m.";

  public Lwm2mSettings {
    if (lifetimeMin < 1 || lifetimeMax < lifetimeMin) {
      throw new IllegalArgumentException(
          PREFIX
              + "lifetime-min and lifetime-max must satisfy 1 <= min <= max, not "
              + lifetimeMin
              + " and "
              + lifetimeMax);
    }
    if (trustedCertificates != null && (certificate == null || privateKey == null)) {
      throw new IllegalArgumentException(
          PREFIX
              + "trusted-certs needs the server's own certificate and key too ("
              + PREFIX
              + "cert, "
              + PREFIX
              + "key): devices with certificates use certificate cipher suites");
    }
  }

  /** The settings the system properties give, with the seed's defaults. */
  public static Lwm2mSettings fromSystemProperties() {
    String bind = text("bind", "0.0.0.0");
    return new Lwm2mSettings(
        new ListenerAddress(bind, number("port", COAP_PORT), null),
        new ListenerAddress(bind, number("dtls-port", DTLS_PORT), null),
        path("psk-file"),
        path("xml-dir"),
        number("lifetime-min", 1),
        number("lifetime-max", 86_400),
        path("cert"),
        path("key"),
        path("trusted-certs"));
  }

  private static String text(String name, String fallback) {
    return SystemSettings.text(PREFIX + name, fallback);
  }

  private static Path path(String name) {
    String value = text(name, null);
    return value == null ? null : Path.of(value);
  }

  private static int number(String name, int fallback) {
    return SystemSettings.integer(PREFIX + name, fallback);
  }
}
