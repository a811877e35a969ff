// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Hashes of API key secrets: {@code SHA-256:<base64>}. A secret is 256 random bits, not a password
 * someone chose, so a slow hash would add no protection, only cost on every request.
 */
final class SecretHash {
  private static final String PREFIX = "SHA-256:";
  private static final SecureRandom RANDOM = new SecureRandom();

  String hash(String secret) {
    return PREFIX + Base64.getEncoder().encodeToString(sha256(secret));
  }

  boolean verify(String secret, String stored) {
    if (secret == null || stored == null || !stored.startsWith(PREFIX)) {
      return false;
    }
    byte[] expected;
    try {
      expected = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(expected, sha256(secret));
  }

  /** {@code bytes} random bytes, URL-safe base64 without padding. */
  static String randomToken(int bytes) {
    byte[] token = new byte[bytes];
    RANDOM.nextBytes(token);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  private static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
