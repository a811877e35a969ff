// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The key material the end-to-end tests connect with: the development certificate the adapter
 * generates at its first start, the certificate of the server's HTTPS listener, and the client
 * certificate of a test device that {@code prepare-domain.xml} creates and the domain trusts.
 */
public final class TestTls {

  /** The password the adapter gives its development keystore. */
  private static final String DEVELOPMENT_PASSWORD = "mqttee-dev";

  /** Payara's default master password, which protects the domain's keystore. */
  private static final String DOMAIN_PASSWORD = "changeit";

  /** The password of the test device's keystore, set in prepare-domain.xml. */
  private static final String DEVICE_PASSWORD = "mqttee-test";

  private TestTls() {}

  /** Trusts the adapter's self-signed development certificate, and only it. */
  public static SSLContext trustingDevelopmentCertificate() throws IOException {
    return context(developmentKeystore(), null);
  }

  /** As {@link #trustingDevelopmentCertificate}, presenting the test device's certificate. */
  public static SSLContext deviceTrustingDevelopmentCertificate() throws IOException {
    Path device = Path.of(System.getProperty("mqttee.test.tls.dir"), "device.p12");
    return context(developmentKeystore(), load(device, DEVICE_PASSWORD));
  }

  /** Trusts the certificate of the server's HTTPS listener (the domain's own key). */
  public static SSLContext trustingDomainCertificate() throws IOException {
    Path keystore = Path.of(System.getProperty("payara.domain.dir"), "config", "keystore.p12");
    return context(load(keystore, DOMAIN_PASSWORD), null);
  }

  private static KeyStore developmentKeystore() throws IOException {
    Path keystore =
        Path.of(System.getProperty("payara.domain.dir"), "config", "mqttee-data", "dev-tls.p12");
    return load(keystore, DEVELOPMENT_PASSWORD);
  }

  private static SSLContext context(KeyStore trusted, KeyStore identity) throws IOException {
    try {
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      KeyManager[] keys = null;
      if (identity != null) {
        KeyManagerFactory factory =
            KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(identity, DEVICE_PASSWORD.toCharArray());
        keys = factory.getKeyManagers();
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot set up TLS for the test client", e);
    }
  }

  private static KeyStore load(Path file, String password) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
      return store;
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot read the keystore " + file, e);
    }
  }
}
