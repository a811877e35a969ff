// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PasswordHashTest {

  @Test
  void verifiesThePasswordItWasMadeFromAndNoOther() {
    String stored = PasswordHash.of("s3cret".toCharArray(), 1000);

    assertTrue(PasswordHash.verify("s3cret".toCharArray(), stored));
    assertFalse(PasswordHash.verify("s3creT".toCharArray(), stored));
    assertFalse(PasswordHash.verify("".toCharArray(), stored));
  }

  @Test
  void isWrittenAsJakartaSecurityWritesPbkdf2Hashes() {
    String[] parts = PasswordHash.of("pw".toCharArray()).split(":");

    assertEquals(4, parts.length);
    assertEquals("PBKDF2WithHmacSHA256", parts[0]);
    assertEquals(Integer.toString(PasswordHash.ITERATIONS), parts[1]);
    assertEquals(32, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
    assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "hash bytes");
  }

  @Test
  void saltsEveryHashAfresh() {
    assertNotEquals(
        PasswordHash.of("same".toCharArray(), 1000), PasswordHash.of("same".toCharArray(), 1000));
  }

  @Test
  void verifiesAHashMadeElsewhere() { // RFC 7914 section 11 PBKDF2-HMAC-SHA256 test vector
    String stored =
        "PBKDF2WithHmacSHA256:1:"
            + Base64.getEncoder().encodeToString("salt".getBytes(StandardCharsets.US_ASCII))
            + ":"
            + Base64.getEncoder()
                .encodeToString(
                    hex("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"));

    assertTrue(PasswordHash.verify("password".toCharArray(), stored));
  }

  @Test
  void aStoredValueThatIsNoHashMatchesNothing() {
    assertFalse(PasswordHash.verify("pw".toCharArray(), "pw"));
    assertFalse(PasswordHash.verify("pw".toCharArray(), "PBKDF2WithHmacSHA256:x:AA==:AA=="));
    assertFalse(PasswordHash.verify("pw".toCharArray(), "PBKDF2WithHmacSHA256:1:!!:AA=="));
    assertFalse(PasswordHash.verify("pw".toCharArray(), "MD5:1:AA==:AA=="));
  }

  private static byte[] hex(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }
}
