// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class DevelopmentCertificateTest {

  @TempDir Path dir;

  @Test
  void generatesASelfSignedLocalhostKeystoreAndReusesItOnTheNextStart() throws Exception {
    Path file = dir.resolve("mqttee-data").resolve("dev-tls.p12");

    Path created = DevelopmentCertificate.ensure(file);
    byte[] first = Files.readAllBytes(created);
    Path reused = DevelopmentCertificate.ensure(file);

    assertEquals(created, reused);
    assertArrayEquals(first, Files.readAllBytes(reused), "a restart must not regenerate it");
    X509Certificate certificate = certificate(created);
    assertEquals("CN=localhost", certificate.getSubjectX500Principal().getName());
    assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal());
    List<String> names =
        certificate.getSubjectAlternativeNames().stream().map(n -> (String) n.get(1)).toList();
    assertTrue(names.containsAll(List.of("localhost", "127.0.0.1")), "SAN " + names);
  }

  @Test
  void givesTheListenerAServerContextWhenNoKeyMaterialIsConfigured() throws Exception {
    Path file = dir.resolve("dev-tls.p12");
    TlsSettings settings =
        new TlsSettings(
            "127.0.0.1",
            0,
            null,
            null,
            null,
            null,
            TlsSettings.ClientAuthMode.NONE,
            null,
            null,
            file);

    assertTrue(settings.usesDevelopmentCertificate());
    assertTrue(ServerSslContexts.create(settings).isServer());
    assertTrue(Files.isRegularFile(file));
  }

  private static X509Certificate certificate(Path keystore) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, DevelopmentCertificate.PASSWORD.toCharArray());
    }
    X509Certificate certificate =
        (X509Certificate) store.getCertificate(DevelopmentCertificate.ALIAS);
    assertNotNull(certificate);
    return certificate;
  }
}
