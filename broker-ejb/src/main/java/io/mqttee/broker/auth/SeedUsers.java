// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The users of {@code mqttee.auth.users}: at start each is created, or gets that password, so a
 * deployment can name its users without the console. A user whose password already is the one given
 * is left alone, keeping its superuser flag and creation time.
 */
final class SeedUsers {
  private static final Logger LOG = System.getLogger(SeedUsers.class.getName());

  private final AccessStore store;
  private final MqttUsers users;
  private final LongSupplier clock;

  SeedUsers(AccessStore store, MqttUsers users, LongSupplier clock) {
    this.store = store;
    this.users = users;
    this.clock = clock;
  }

  void apply(Map<String, String> passwords) {
    passwords.forEach(this::seed);
  }

  private void seed(String username, String password) {
    AccessInput.username(username);
    char[] chars = AccessInput.password(password.toCharArray());
    try {
      StoredUser old = users.get(username);
      if (old != null && PasswordHash.verify(chars, old.passwordHash())) {
        return;
      }
      StoredUser user =
          old == null
              ? new StoredUser(username, PasswordHash.of(chars), false, clock.getAsLong())
              : new StoredUser(
                  username, PasswordHash.of(chars), old.superuser(), old.createdAtMillis());
      store.saveUser(user);
      users.put(user);
      LOG.log(
          Level.INFO,
          "MQTT user {0} of mqttee.auth.users {1}",
          username,
          old == null ? "created" : "got its configured password");
    } finally {
      PasswordHash.wipe(chars);
    }
  }
}
