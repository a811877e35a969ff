// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PasswordHashTest {
  private final PasswordHash hashes = new PasswordHash(1000);

  @Test
  void writesJakartaSecuritysPbkdf2Format() {
    String[] parts = hashes.hash("secret".toCharArray()).split(":");

    assertEquals(4, parts.length);
    assertEquals("PBKDF2WithHmacSHA256", parts[0]);
    assertEquals("1000", parts[1]);
    assertEquals(32, Base64.getDecoder().decode(parts[2]).length);
    assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
  }

  @Test
  void acceptsOnlyThePasswordTheHashWasMadeFrom() {
    String stored = hashes.hash("correct horse".toCharArray());

    assertTrue(hashes.verify("correct horse".toCharArray(), stored));
    assertFalse(hashes.verify("correct horse ".toCharArray(), stored));
    assertFalse(hashes.verify(new char[0], stored));
  }

  @Test
  void saltsEveryHash() {
    assertNotEquals(hashes.hash("same".toCharArray()), hashes.hash("same".toCharArray()));
  }

  @Test
  void verifiesWithTheIterationsTheHashRecords() {
    String stored = new PasswordHash(2000).hash("pw".toCharArray());

    assertTrue(hashes.verify("pw".toCharArray(), stored));
  }

  @Test
  void refusesMalformedHashes() {
    assertFalse(hashes.verify("pw".toCharArray(), null));
    assertFalse(hashes.verify("pw".toCharArray(), "plain"));
    assertFalse(hashes.verify("pw".toCharArray(), "PBKDF2WithHmacSHA256:x:AA==:AA=="));
    assertFalse(hashes.verify("pw".toCharArray(), "PBKDF2WithHmacSHA1:1000:AA==:AA=="));
    assertFalse(hashes.verify("pw".toCharArray(), "PBKDF2WithHmacSHA256:1000:%%:AA=="));
  }
}
