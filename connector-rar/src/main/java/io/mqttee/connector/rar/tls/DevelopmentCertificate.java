// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.tls;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for localhost, so the TLS listener works before a real certificate is
 * configured. The JDK has no public API to create certificates, so the JDK's keytool makes a
 * PKCS#12 keystore, once; later starts reuse the file.
 */
public final class DevelopmentCertificate {

  /** The development keystore's password; the keystore protects nothing worth a secret. */
  public static final String PASSWORD = "mqttee-dev";

  static final String ALIAS = "mqttee-dev";
  private static final Logger LOG = System.getLogger(DevelopmentCertificate.class.getName());
  private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

  private DevelopmentCertificate() {}

  /** Returns the keystore at {@code file}, generating it first when it does not exist. */
  public static Path ensure(Path file) throws IOException {
    Path keystore = file.toAbsolutePath();
    if (!Files.isRegularFile(keystore)) {
      generate(keystore);
    }
    LOG.log(
        Level.WARNING,
        "MQTT TLS listener uses a self-signed development certificate (CN=localhost) from {0};"
            + " set mqttee.tls.keystore or mqttee.tls.cert and mqttee.tls.key for a real one",
        keystore);
    return keystore;
  }

  private static void generate(Path keystore) throws IOException {
    Files.createDirectories(keystore.getParent());
    // Written next to its final place and moved, so an interrupted run leaves no partial keystore.
    Path partial = Files.createTempFile(keystore.getParent(), "dev-tls", ".tmp");
    Files.delete(partial);
    run(keytoolCommand(partial));
    Files.move(partial, keystore, StandardCopyOption.ATOMIC_MOVE);
  }

  static List<String> keytoolCommand(Path keystore) {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair",
        "-alias",
        ALIAS,
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-validity",
        "3650",
        "-dname",
        "CN=localhost",
        "-ext",
        "SAN=dns:localhost,ip:127.0.0.1",
        "-storetype",
        "PKCS12",
        "-keystore",
        keystore.toString(),
        "-storepass",
        PASSWORD,
        "-keypass",
        PASSWORD);
  }

  private static void run(List<String> command) throws IOException {
    Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!keytool.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        keytool.destroyForcibly();
        throw new IOException("keytool did not finish within " + KEYTOOL_TIMEOUT_SECONDS + " s");
      }
      if (keytool.exitValue() != 0) {
        throw new IOException("keytool failed (" + keytool.exitValue() + "): " + output.trim());
      }
    } catch (InterruptedException e) {
      keytool.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while keytool generated the development certificate", e);
    }
  }
}
