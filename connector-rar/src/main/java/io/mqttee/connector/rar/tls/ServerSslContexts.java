// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.tls;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/** Builds the TLS listener's server context from its settings, on the JDK's SSLEngine. */
public final class ServerSslContexts {

  private ServerSslContexts() {}

  /** The server context; generates the development keystore when no key material is configured. */
  public static SslContext create(TlsSettings settings) throws IOException {
    if (settings.clientAuth() != TlsSettings.ClientAuthMode.NONE && settings.truststore() == null) {
      // without a truststore the JDK's public CAs would vouch for client certificates
      throw new IOException(
          "client certificates (mqttee.tls.client-auth) need mqttee.tls.truststore");
    }
    try {
      SslContextBuilder builder = serverKey(settings);
      builder.sslProvider(SslProvider.JDK).clientAuth(clientAuth(settings.clientAuth()));
      if (settings.truststore() != null) {
        trustClientsOf(builder, settings.truststore(), settings.truststorePassword());
      }
      return builder.build();
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot load the TLS key material: " + e.getMessage(), e);
    }
  }

  private static SslContextBuilder serverKey(TlsSettings settings)
      throws IOException, GeneralSecurityException {
    if (settings.keystore() != null) {
      return SslContextBuilder.forServer(
          keyManagers(settings.keystore(), settings.keystorePassword()));
    }
    if (settings.certificate() != null && settings.privateKey() != null) {
      return SslContextBuilder.forServer(
          settings.certificate().toFile(), settings.privateKey().toFile());
    }
    Path development = DevelopmentCertificate.ensure(settings.developmentKeystore());
    return SslContextBuilder.forServer(keyManagers(development, DevelopmentCertificate.PASSWORD));
  }

  private static KeyManagerFactory keyManagers(Path keystore, String password)
      throws IOException, GeneralSecurityException {
    char[] secret = password == null ? new char[0] : password.toCharArray();
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(load(keystore, secret), secret);
    return factory;
  }

  private static void trustClientsOf(SslContextBuilder builder, Path truststore, String password)
      throws IOException, GeneralSecurityException {
    if (isPem(truststore)) {
      builder.trustManager(truststore.toFile());
      return;
    }
    char[] secret = password == null ? null : password.toCharArray();
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(load(truststore, secret));
    builder.trustManager(factory);
  }

  private static KeyStore load(Path file, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password);
    }
    return store;
  }

  private static boolean isPem(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      String start = new String(in.readNBytes(64), StandardCharsets.US_ASCII);
      return start.stripLeading().startsWith("-----BEGIN");
    }
  }

  private static ClientAuth clientAuth(TlsSettings.ClientAuthMode mode) {
    return switch (mode) {
      case NONE -> ClientAuth.NONE;
      case WANT -> ClientAuth.OPTIONAL;
      case NEED -> ClientAuth.REQUIRE;
    };
  }
}
