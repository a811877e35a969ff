// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The key material the end-to-end tests connect with: the development certificate the adapter
 * generates at its first start (in the server's data directory, {@code mqttee.test.data.dir}), the
 * certificate of the server's HTTPS listener, and the client certificate of a test device that
 * {@code prepare-domain.xml} creates and the server trusts.
 */
public final class TestTls {

  /** The password the adapter gives its development keystore. */
  private static final String DEVELOPMENT_PASSWORD = "mqttee-dev";

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

  /**
   * Trusts the certificate the server's HTTPS listener presents, and only it: Payara's domain key,
   * or the self-signed key WildFly generates at the listener's first handshake (so there is no file
   * to read it from before).
   */
  public static SSLContext trustingHttpsListenerCertificate() throws IOException {
    try {
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      trusted.setCertificateEntry("https-listener", presentedCertificate(Broker.httpsPort()));
      return context(trusted, null);
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot trust the HTTPS listener's certificate", e);
    }
  }

  private static KeyStore developmentKeystore() throws IOException {
    Path keystore =
        Path.of(System.getProperty("mqttee.test.data.dir"), "mqttee-data", "dev-tls.p12");
    return load(keystore, DEVELOPMENT_PASSWORD);
  }

  /** The certificate a TLS listener on this host presents, seen in one handshake. */
  private static X509Certificate presentedCertificate(int port)
      throws IOException, GeneralSecurityException {
    X509Certificate[] presented = new X509Certificate[1];
    X509TrustManager recorder =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType)
              throws CertificateException {
            throw new CertificateException("a client only");
          }

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {
            presented[0] = chain[0];
          }

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext probe = SSLContext.getInstance("TLS");
    probe.init(null, new TrustManager[] {recorder}, null);
    try (SSLSocket socket =
        (SSLSocket) probe.getSocketFactory().createSocket(Broker.host(), port)) {
      socket.startHandshake();
    }
    return presented[0];
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

  /**
   * The test device's certificate and key, as {@code prepare-domain.xml} made them (common name
   * {@value #DEVICE_COMMON_NAME}), and the certificate of the LWM2M DTLS listener.
   */
  public record DeviceCredentials(
      X509Certificate certificate, PrivateKey key, X509Certificate lwm2mServer) {}

  /** The common name in the test device's certificate. */
  public static final String DEVICE_COMMON_NAME = "sensor-42";

  public static DeviceCredentials deviceCredentials() throws IOException {
    Path dir = Path.of(System.getProperty("mqttee.test.tls.dir"));
    KeyStore device = load(dir.resolve("device.p12"), DEVICE_PASSWORD);
    try (InputStream server = Files.newInputStream(dir.resolve("lwm2m-server.pem"))) {
      return new DeviceCredentials(
          (X509Certificate) device.getCertificate("device"),
          (PrivateKey) device.getKey("device", DEVICE_PASSWORD.toCharArray()),
          (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(server));
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot read the test device's credentials", e);
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
