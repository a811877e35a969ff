// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ConfiguredUsersAuthenticatorTest {
  private static byte[] pw(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void acceptsKnownUserWithRightPassword() {
    Authenticator auth = new ConfiguredUsersAuthenticator(Map.of("u", "p"), false);
    assertEquals(AuthResult.ALLOWED, auth.authenticate("u", pw("p"), null));
  }

  @Test
  void rejectsWrongMissingPasswordAndUnknownUserAsBadCredentials() {
    Authenticator auth = new ConfiguredUsersAuthenticator(Map.of("u", "p"), true);
    assertEquals(AuthResult.BAD_CREDENTIALS, auth.authenticate("u", pw("x"), null));
    assertEquals(AuthResult.BAD_CREDENTIALS, auth.authenticate("u", null, null));
    assertEquals(AuthResult.BAD_CREDENTIALS, auth.authenticate("who", pw("p"), null));
  }

  @Test
  void anonymousFollowsTheSetting() {
    assertEquals(
        AuthResult.ALLOWED,
        new ConfiguredUsersAuthenticator(Map.of("u", "p"), true).authenticate(null, null, null));
    assertEquals(
        AuthResult.NOT_AUTHORIZED,
        new ConfiguredUsersAuthenticator(Map.of(), false).authenticate("any", null, null));
  }
}
