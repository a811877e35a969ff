// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.mqttee.connector.rar.tls.ServerSslContexts;
import io.mqttee.connector.rar.tls.TlsSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/** A TCP and a TLS listener on free loopback ports, sharing two {@link RecordingLane}s. */
final class TlsServerFixture implements AutoCloseable {

  private final ServerFixture server = ServerFixture.withDefaults();
  final BlockingQueue<RecordingLane.Call> calls = server.calls;
  final ClientChannels clients = server.clients;
  private final InetSocketAddress tlsAddress;

  TlsServerFixture(TlsSettings tls) throws IOException {
    try {
      tlsAddress = server.startTls(ServerSslContexts.create(tls));
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** Settings for the listener on any free port, with the given key material and client auth. */
  static TlsSettings settings(
      Path keystore, Path cert, Path key, TlsSettings.ClientAuthMode auth, Path truststore) {
    return new TlsSettings(
        "127.0.0.1", 0, keystore, TestPki.PASSWORD, cert, key, auth, truststore, null, null);
  }

  /** A TLS socket to the listener, connected but before its handshake. */
  SSLSocket connect(SSLContext context) throws IOException {
    SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
    socket.connect(tlsAddress, 5_000);
    socket.setSoTimeout(5_000);
    return socket;
  }

  @Override
  public void close() {
    server.close();
  }
}
