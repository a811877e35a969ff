// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import static io.mqttee.connector.rar.transport.RecordingLane.assertNoCall;
import static io.mqttee.connector.rar.transport.RecordingLane.next;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.connector.rar.tls.ServerSslContexts;
import io.mqttee.connector.rar.tls.TlsSettings;
import io.mqttee.connector.rar.tls.TlsSettings.ClientAuthMode;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.PacketType;
import io.mqttee.protocol.packet.PingResp;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class TlsListenerTest {

  @TempDir static Path dir;
  private static TestPki pki;

  @BeforeAll
  static void createKeys() throws Exception {
    pki = TestPki.create(dir);
  }

  @Test
  void deliversPacketsReadOverTlsToTheLaneAndEncryptsWhatItSends() throws Exception {
    TlsSettings tls = TlsServerFixture.settings(pki.server, null, null, ClientAuthMode.NONE, null);
    try (TlsServerFixture server = new TlsServerFixture(tls);
        SSLSocket client = server.connect(pki.clientContext(null))) {
      client.getOutputStream().write(MqttBytes.concat(MqttBytes.connect("c1"), publish()));

      RecordingLane.Call open = next(server.calls, "open");
      ConnectionInfo info = (ConnectionInfo) open.detail();
      assertEquals("tls", info.transport());
      assertNull(info.clientCertificateSubject());
      assertEquals(List.of(PacketType.CONNECT, PacketType.PUBLISH), types(server, 2));

      server.clients.send(open.connection(), PingResp.INSTANCE);
      assertArrayEquals(new byte[] {(byte) 0xD0, 0}, client.getInputStream().readNBytes(2));
    }
  }

  @Test
  void servesAPemCertificateChainAndPkcs8Key() throws Exception {
    TlsSettings tls =
        TlsServerFixture.settings(
            null, pki.serverCertificatePem(), pki.serverKeyPem(), ClientAuthMode.NONE, null);
    try (TlsServerFixture server = new TlsServerFixture(tls);
        SSLSocket client = server.connect(pki.clientContext(null))) {
      client.getOutputStream().write(MqttBytes.connect("pem"));

      assertEquals("tls", ((ConnectionInfo) next(server.calls, "open").detail()).transport());
      assertEquals(List.of(PacketType.CONNECT), types(server, 1));
    }
  }

  @Test
  void refusesAClientWithoutCertificateWhenClientAuthIsNeeded() throws Exception {
    TlsSettings tls =
        TlsServerFixture.settings(pki.server, null, null, ClientAuthMode.NEED, pki.caPem);
    try (TlsServerFixture server = new TlsServerFixture(tls);
        SSLSocket client = server.connect(pki.clientContext(null))) {
      assertTrue(refused(client));
      assertNoCall(server.calls, 500);
    }
  }

  @Test
  void refusesAClientCertificateNotSignedByTheTrustedCa() throws Exception {
    TlsSettings tls =
        TlsServerFixture.settings(pki.server, null, null, ClientAuthMode.NEED, pki.caPem);
    try (TlsServerFixture server = new TlsServerFixture(tls);
        SSLSocket client = server.connect(pki.clientContext(pki.stranger))) {
      assertTrue(refused(client));
      assertNoCall(server.calls, 500);
    }
  }

  @Test
  void acceptsAClientCertificateSignedByTheTrustedCaAndReportsItsSubject() throws Exception {
    TlsSettings tls =
        TlsServerFixture.settings(pki.server, null, null, ClientAuthMode.NEED, pki.caPem);
    try (TlsServerFixture server = new TlsServerFixture(tls);
        SSLSocket client = server.connect(pki.clientContext(pki.client))) {
      client.getOutputStream().write(MqttBytes.connect("authenticated"));

      ConnectionInfo info = (ConnectionInfo) next(server.calls, "open").detail();
      assertEquals("CN=client,O=MQTTee", info.clientCertificateSubject());
      assertEquals(List.of(PacketType.CONNECT), types(server, 1));
    }
  }

  @Test
  void reportsTheClosingOfAnOpenedTlsConnection() throws Exception {
    TlsSettings tls = TlsServerFixture.settings(pki.server, null, null, ClientAuthMode.NONE, null);
    try (TlsServerFixture server = new TlsServerFixture(tls)) {
      ConnectionId id;
      try (SSLSocket client = server.connect(pki.clientContext(null))) {
        client.getOutputStream().write(MqttBytes.connect("c2"));
        id = next(server.calls, "open").connection();
        next(server.calls, "packets");
      }
      RecordingLane.Call closed = next(server.calls, "closed");
      assertEquals(id, closed.connection());
    }
  }

  /**
   * Whether the server ends the connection: with TLS 1.3 the client's side of the handshake may
   * complete before the server rejects its certificate, so the refusal can surface on the read.
   */
  private static boolean refused(SSLSocket client) {
    try {
      client.startHandshake();
      client.getOutputStream().write(MqttBytes.connect("refused"));
      InputStream in = client.getInputStream();
      return in.read() == -1;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  @Test
  void refusesClientCertificatesWithoutATruststore() {
    // without one, any certificate a public CA of the JDK signed would be accepted
    TlsSettings tls = TlsServerFixture.settings(pki.server, null, null, ClientAuthMode.WANT, null);
    assertThrows(IOException.class, () -> ServerSslContexts.create(tls));
  }

  private static byte[] publish() {
    return MqttBytes.publish("a/b", "over tls");
  }

  /** The types of the next {@code count} packets the lanes receive. */
  private static List<PacketType> types(TlsServerFixture server, int count)
      throws InterruptedException {
    List<PacketType> types = new ArrayList<>();
    while (types.size() < count) {
      for (MqttPacket packet : next(server.calls, "packets").packets()) {
        types.add(packet.type());
      }
    }
    return types;
  }
}
