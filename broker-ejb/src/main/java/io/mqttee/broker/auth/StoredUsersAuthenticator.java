// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.connector.api.ConnectionInfo;
import java.util.function.BooleanSupplier;

/**
 * Checks user names and passwords against the MQTT users of the database, held in memory. A client
 * without a user name, or any client while there is no user at all, counts as anonymous.
 */
public final class StoredUsersAuthenticator implements Authenticator {
  private final MqttUsers users;
  private final BooleanSupplier allowAnonymous;

  /**
   * @param allowAnonymous read on every CONNECT: the switch can change while the broker runs
   */
  public StoredUsersAuthenticator(MqttUsers users, BooleanSupplier allowAnonymous) {
    this.users = users;
    this.allowAnonymous = allowAnonymous;
  }

  @Override
  public AuthResult authenticate(String username, byte[] password, ConnectionInfo info) {
    if (username == null || users.isEmpty()) {
      return allowAnonymous.getAsBoolean() ? AuthResult.ALLOWED : AuthResult.NOT_AUTHORIZED;
    }
    return users.verify(username, password) ? AuthResult.ALLOWED : AuthResult.BAD_CREDENTIALS;
  }

  /** A stored user (its password was checked); anyone else connected anonymously. */
  @Override
  public String identity(String username, ConnectionInfo info) {
    return username != null && users.get(username) != null ? username : null;
  }
}
