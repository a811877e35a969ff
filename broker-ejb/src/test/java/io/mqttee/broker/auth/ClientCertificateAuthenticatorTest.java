// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.connector.api.ConnectionInfo;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ClientCertificateAuthenticatorTest {
  private static final InetSocketAddress REMOTE = new InetSocketAddress("127.0.0.1", 40000);

  private final Authenticator auth = new ClientCertificateAuthenticator(passwords());

  private static Authenticator passwords() {
    MqttUsers users = new MqttUsers();
    users.put(new StoredUser("u", PasswordHash.of("p".toCharArray(), 1000), false, 0));
    return new StoredUsersAuthenticator(users, () -> false);
  }

  @Test
  void aVerifiedCertificateStandsForThePassword() {
    ConnectionInfo tls = new ConnectionInfo("tls", REMOTE, "CN=sensor-42,O=MQTTee");
    assertEquals(AuthResult.ALLOWED, auth.authenticate("u", pw("wrong"), tls));
    assertEquals(AuthResult.ALLOWED, auth.authenticate(null, null, tls));
  }

  @Test
  void withoutACertificateThePasswordDecides() {
    ConnectionInfo tcp = new ConnectionInfo("tcp", REMOTE, null);
    assertEquals(AuthResult.BAD_CREDENTIALS, auth.authenticate("u", pw("wrong"), tcp));
    assertEquals(AuthResult.NOT_AUTHORIZED, auth.authenticate(null, null, tcp));
    assertEquals(AuthResult.ALLOWED, auth.authenticate("u", pw("p"), tcp));
  }

  private static byte[] pw(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aCertificateClientIsKnownByItsCommonNameNotTheNameItClaims() {
    ConnectionInfo tls = new ConnectionInfo("tls", REMOTE, "CN=sensor-42,O=MQTTee");
    assertEquals("sensor-42", auth.identity("u", tls));
    assertEquals("u", auth.identity("u", new ConnectionInfo("tcp", REMOTE, null)));
    assertEquals(null, auth.identity("claimed", new ConnectionInfo("tcp", REMOTE, null)));
  }
}
