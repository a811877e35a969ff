// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.tls;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How the TLS listener listens and which key material it uses. The server key comes from a PKCS#12
 * keystore, or from a PEM certificate chain and PKCS#8 PEM key, or else from the development
 * keystore generated under {@code developmentKeystore}.
 *
 * @param host the address to bind
 * @param port the port to bind, 0 for any free port, negative to disable the listener
 * @param keystore PKCS#12 file with the server key and certificate chain, or null
 * @param keystorePassword its password, or null
 * @param certificate PEM certificate chain, used with {@code privateKey} when no keystore is set
 * @param privateKey PKCS#8 PEM private key, or null
 * @param clientAuth whether clients must present a certificate
 * @param truststore PKCS#12 or PEM file of the CAs that sign client certificates, or null
 * @param truststorePassword the PKCS#12 truststore's password, or null
 * @param developmentKeystore where the self-signed development keystore is kept
 */
public record TlsSettings(
    String host,
    int port,
    Path keystore,
    String keystorePassword,
    Path certificate,
    Path privateKey,
    ClientAuthMode clientAuth,
    Path truststore,
    String truststorePassword,
    Path developmentKeystore) {

  public static final Path DEFAULT_DEVELOPMENT_KEYSTORE = Path.of("mqttee-data", "dev-tls.p12");

  public boolean enabled() {
    return port >= 0;
  }

  /** Whether neither a keystore nor a PEM certificate and key are configured. */
  public boolean usesDevelopmentCertificate() {
    return keystore == null && (certificate == null || privateKey == null);
  }

  /** Whether a TLS client must, may or must not present a certificate. */
  public enum ClientAuthMode {
    NONE,
    WANT,
    NEED;

    /** Parses "none", "want" or "need", in any case. */
    public static ClientAuthMode parse(String value) {
      try {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "TLS client auth must be none, want or need, not " + value, e);
      }
    }
  }
}
