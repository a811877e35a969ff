// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2 password hashes in the format of Jakarta Security's {@code Pbkdf2PasswordHash}:
 * {@code PBKDF2WithHmacSHA256:<iterations>:<base64 salt>:<base64 hash>}, with the JDK's
 * implementation only.
 */
public final class PasswordHash {
  static final String ALGORITHM = "PBKDF2WithHmacSHA256";

  /**
   * Every API request with an administrator's password pays this once; 100 000 iterations cost tens
   * of milliseconds, the upper end that polling scripts tolerate.
   */
  static final int ITERATIONS = 100_000;

  private static final int SALT_BYTES = 32;
  private static final int HASH_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;

  public PasswordHash() {
    this(ITERATIONS);
  }

  PasswordHash(int iterations) {
    this.iterations = iterations;
  }

  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + iterations
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(pbkdf2(password, salt, iterations, HASH_BYTES));
  }

  /** Whether {@code password} is the one {@code stored} was made from; false for a bad format. */
  public boolean verify(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(":");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    try {
      int storedIterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      if (storedIterations < 1 || expected.length == 0) {
        return false;
      }
      return MessageDigest.isEqual(
          expected, pbkdf2(password, salt, storedIterations, expected.length));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] pbkdf2(char[] password, byte[] salt, int iterations, int bytes) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is missing from this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
