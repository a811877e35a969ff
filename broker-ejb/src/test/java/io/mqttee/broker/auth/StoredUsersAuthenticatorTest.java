// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class StoredUsersAuthenticatorTest {
  private final MqttUsers users = new MqttUsers();
  private final AtomicBoolean anonymous = new AtomicBoolean(true);
  private final Authenticator auth = new StoredUsersAuthenticator(users, anonymous::get);

  private void user(String name, String password) {
    users.put(new StoredUser(name, PasswordHash.of(password.toCharArray(), 1000), false, 0));
  }

  private static byte[] pw(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anonymousClientsFollowTheSwitchAsItChanges() {
    user("u", "p");
    assertEquals(AuthResult.ALLOWED, auth.authenticate(null, null, null));

    anonymous.set(false);
    assertEquals(AuthResult.NOT_AUTHORIZED, auth.authenticate(null, null, null));
    assertEquals(AuthResult.ALLOWED, auth.authenticate("u", pw("p"), null));
  }

  @Test
  void withoutAnyUserANamedClientCountsAsAnonymous() {
    assertEquals(AuthResult.ALLOWED, auth.authenticate("claims", pw("x"), null));
    assertNull(auth.identity("claims", null));

    anonymous.set(false);
    assertEquals(AuthResult.NOT_AUTHORIZED, auth.authenticate("claims", pw("x"), null));
  }

  @Test
  void anUnknownUserOrAWrongPasswordIsRefused() {
    user("u", "p");

    assertEquals(AuthResult.BAD_CREDENTIALS, auth.authenticate("nobody", pw("p"), null));
    assertEquals(AuthResult.BAD_CREDENTIALS, auth.authenticate("u", pw("P"), null));
    assertEquals(AuthResult.BAD_CREDENTIALS, auth.authenticate("u", null, null));
    assertEquals(AuthResult.ALLOWED, auth.authenticate("u", pw("p"), null));
    assertEquals("u", auth.identity("u", null));
  }

  @Test
  void bytesThatAreNotUtf8AreNoPassword() {
    user("u", "p");
    assertEquals(
        AuthResult.BAD_CREDENTIALS, auth.authenticate("u", new byte[] {(byte) 0xC3}, null));
  }

  @Test
  void aReconnectIsCheckedAgainstTheRememberedVerification() {
    user("u", "p");
    assertEquals(AuthResult.ALLOWED, auth.authenticate("u", pw("p"), null));
    assertEquals(1, users.verifiedCount());

    assertEquals(AuthResult.ALLOWED, auth.authenticate("u", pw("p"), null));
    assertEquals(AuthResult.BAD_CREDENTIALS, auth.authenticate("u", pw("wrong"), null));
  }

  @Test
  void aChangedPasswordOrADeletedUserIsNotLetInFromTheCache() {
    user("u", "old");
    assertEquals(AuthResult.ALLOWED, auth.authenticate("u", pw("old"), null));

    user("u", "new");
    assertEquals(AuthResult.BAD_CREDENTIALS, auth.authenticate("u", pw("old"), null));
    assertEquals(AuthResult.ALLOWED, auth.authenticate("u", pw("new"), null));

    users.remove("u");
    user("other", "x");
    assertEquals(AuthResult.BAD_CREDENTIALS, auth.authenticate("u", pw("new"), null));
  }

  @Test
  void aRememberedVerificationCountsOnlyForTheHashItWasCheckedAgainst() {
    VerifiedPasswords verified = new VerifiedPasswords(2);
    verified.add("u", "hash-1", pw("p"));

    assertEquals(true, verified.contains("u", "hash-1", pw("p")));
    assertEquals(false, verified.contains("u", "hash-2", pw("p")));
    assertEquals(false, verified.contains("u", "hash-1", pw("q")));
  }

  @Test
  void theCacheStaysWithinItsCapacity() {
    VerifiedPasswords verified = new VerifiedPasswords(2);
    verified.add("a", "h", pw("p"));
    verified.add("b", "h", pw("p"));
    verified.add("c", "h", pw("p"));

    assertEquals(2, verified.size());
    assertEquals(true, verified.contains("c", "h", pw("p")));
  }
}
