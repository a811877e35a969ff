// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The MQTT users in memory, as the database has them: a CONNECT is checked here and never waits for
 * the database. Thread-safe.
 */
public final class MqttUsers {
  private static final int VERIFIED_CAPACITY = 100_000;

  private final Map<String, StoredUser> users = new ConcurrentHashMap<>();
  private final VerifiedPasswords verified = new VerifiedPasswords(VERIFIED_CAPACITY);

  public StoredUser get(String username) {
    return users.get(username);
  }

  public boolean isEmpty() {
    return users.isEmpty();
  }

  public boolean isSuperuser(String username) {
    StoredUser user = users.get(username);
    return user != null && user.superuser();
  }

  /** Every user by name. */
  public List<StoredUser> all() {
    return users.values().stream().sorted(Comparator.comparing(StoredUser::username)).toList();
  }

  /** Adds the user or replaces the one of the same name; its remembered password is forgotten. */
  public void put(StoredUser user) {
    users.put(user.username(), user);
    verified.forget(user.username());
  }

  public void remove(String username) {
    users.remove(username);
    verified.forget(username);
  }

  /** Whether {@code password} (as the CONNECT carries it) is the user's. */
  public boolean verify(String username, byte[] password) {
    StoredUser user = users.get(username);
    if (user == null || password == null) {
      return false;
    }
    if (verified.contains(username, user.passwordHash(), password)) {
      return true;
    }
    char[] chars = utf8(password);
    try {
      if (chars == null || !PasswordHash.verify(chars, user.passwordHash())) {
        return false;
      }
    } finally {
      PasswordHash.wipe(chars);
    }
    verified.add(username, user.passwordHash(), password);
    return true;
  }

  /** Passwords that were hashed were text; bytes that are not UTF-8 cannot be one of them. */
  private static char[] utf8(byte[] password) {
    try {
      CharBuffer decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(password));
      char[] chars = new char[decoded.remaining()];
      decoded.get(chars);
      return chars;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  int verifiedCount() {
    return verified.size();
  }
}
