// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SecretHashTest {
  private final SecretHash hashes = new SecretHash();

  @Test
  void acceptsOnlyTheSecretTheHashWasMadeFrom() {
    String stored = hashes.hash("s3cret");

    assertTrue(hashes.verify("s3cret", stored));
    assertFalse(hashes.verify("s3cret!", stored));
    assertFalse(hashes.verify(null, stored));
    assertFalse(hashes.verify("s3cret", "SHA-256:%%"));
    assertFalse(hashes.verify("s3cret", "MD5:x"));
  }

  @Test
  void tokensAreRandomAndUrlSafe() {
    String token = SecretHash.randomToken(32);

    assertEquals(43, token.length());
    assertTrue(token.matches("[A-Za-z0-9_-]+"));
    assertNotEquals(token, SecretHash.randomToken(32));
  }
}
