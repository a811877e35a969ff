// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2 password hashes in the text format of Jakarta Security's {@code
 * Pbkdf2PasswordHash}: {@code PBKDF2WithHmacSHA256:<iterations>:<base64 salt>:<base64 hash>}, so a
 * stored hash can be checked by either. Thread-safe.
 */
public final class PasswordHash {
  static final String ALGORITHM = "PBKDF2WithHmacSHA256";

  /**
   * About 15 to 30 ms per hash on a 2-core server (measured: 50,000 iterations took 13 ms with the
   * machine idle, these 60,000 took 27 ms with both cores busy): slow enough to make guessing
   * offline expensive, fast enough for a CONNECT that misses {@link VerifiedPasswords}.
   */
  public static final int ITERATIONS = 60_000;

  private static final int SALT_BYTES = 32;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHash() {}

  /** A new hash of {@code password} with a fresh random salt. */
  public static String of(char[] password) {
    return of(password, ITERATIONS);
  }

  static String of(char[] password, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    Base64.Encoder base64 = Base64.getEncoder();
    return String.join(
        ":",
        ALGORITHM,
        Integer.toString(iterations),
        base64.encodeToString(salt),
        base64.encodeToString(derive(password, salt, iterations, HASH_BITS)));
  }

  /**
   * Whether {@code password} is the one {@code stored} was made from; false for a stored value that
   * is not such a hash. The comparison takes the same time wherever the hashes differ.
   */
  public static boolean verify(char[] password, String stored) {
    String[] parts = stored.split(":");
    if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      if (iterations < 1 || expected.length == 0) {
        return false;
      }
      byte[] actual = derive(password, salt, iterations, expected.length * 8);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false; // not a number, not base64
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every Java 17 runtime", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** Overwrites a password the caller no longer needs. */
  static void wipe(char[] password) {
    if (password != null) {
      Arrays.fill(password, '\0');
    }
  }
}
