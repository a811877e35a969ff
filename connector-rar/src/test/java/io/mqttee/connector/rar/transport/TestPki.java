// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Key material made with the JDK's keytool in a directory: a self-signed server certificate for
 * localhost, a CA, a client certificate the CA signed, and a self-signed "stranger" client.
 */
final class TestPki {

  static final String PASSWORD = "changeit";

  final Path server;
  final Path caPem;
  final Path client;
  final Path stranger;
  private final Path dir;

  private TestPki(Path dir) {
    this.dir = dir;
    this.server = dir.resolve("server.p12");
    this.caPem = dir.resolve("ca.pem");
    this.client = dir.resolve("client.p12");
    this.stranger = dir.resolve("stranger.p12");
  }

  static TestPki create(Path dir) throws IOException, InterruptedException {
    TestPki pki = new TestPki(dir);
    pki.genkeypair("server", pki.server, "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1");
    Path ca = dir.resolve("ca.p12");
    pki.genkeypair("ca", ca, "CN=Test CA", "bc:c");
    keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca, "-file", pki.caPem);
    pki.genkeypair("client", pki.client, "CN=client,O=MQTTee", null);
    Path csr = dir.resolve("client.csr");
    Path signed = dir.resolve("client.pem");
    keytool("-certreq", "-alias", "client", "-keystore", pki.client, "-file", csr);
    keytool(
        "-gencert", "-rfc", "-alias", "ca", "-keystore", ca, "-infile", csr, "-outfile", signed);
    keytool(
        "-importcert", "-noprompt", "-alias", "ca", "-keystore", pki.client, "-file", pki.caPem);
    keytool("-importcert", "-alias", "client", "-keystore", pki.client, "-file", signed);
    pki.genkeypair("stranger", pki.stranger, "CN=stranger", null);
    return pki;
  }

  /** The server certificate as PEM, exported by keytool. */
  Path serverCertificatePem() throws IOException, InterruptedException {
    Path pem = dir.resolve("server-cert.pem");
    keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", server, "-file", pem);
    return pem;
  }

  /** The server's private key as unencrypted PKCS#8 PEM. */
  Path serverKeyPem() throws IOException, GeneralSecurityException {
    byte[] pkcs8 = load(server).getKey("server", PASSWORD.toCharArray()).getEncoded();
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pkcs8);
    Path pem = dir.resolve("server-key.pem");
    Files.writeString(
        pem,
        "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n",
        StandardCharsets.US_ASCII);
    return pem;
  }

  /** A client context that trusts the server certificate and presents {@code identity}, if any. */
  SSLContext clientContext(Path identity) throws IOException, GeneralSecurityException {
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(load(server));
    KeyManagerFactory keys = null;
    if (identity != null) {
      keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(load(identity), PASSWORD.toCharArray());
    }
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
    return context;
  }

  static KeyStore load(Path file) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, PASSWORD.toCharArray());
    }
    return store;
  }

  private void genkeypair(String alias, Path keystore, String dname, String extension)
      throws IOException, InterruptedException {
    List<Object> args =
        new ArrayList<>(
            List.of(
                "-genkeypair",
                "-alias",
                alias,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-validity",
                "2",
                "-dname",
                dname,
                "-keystore",
                keystore));
    if (extension != null) {
      args.add("-ext");
      args.add(extension);
    }
    keytool(args.toArray());
  }

  private static void keytool(Object... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    for (Object arg : args) {
      command.add(arg.toString());
    }
    command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
    if (!"-exportcert".equals(args[0])) {
      command.addAll(List.of("-keypass", PASSWORD));
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException("keytool " + command + " failed: " + output);
    }
  }
}
