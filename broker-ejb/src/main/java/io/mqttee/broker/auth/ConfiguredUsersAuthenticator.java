// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.connector.api.ConnectionInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Checks user names and passwords against a fixed table. A client without a user name, or any
 * client when no user is configured, counts as anonymous.
 */
public final class ConfiguredUsersAuthenticator implements Authenticator {
  private final Map<String, String> users;
  private final boolean allowAnonymous;

  public ConfiguredUsersAuthenticator(Map<String, String> users, boolean allowAnonymous) {
    this.users = Map.copyOf(users);
    this.allowAnonymous = allowAnonymous;
  }

  @Override
  public AuthResult authenticate(String username, byte[] password, ConnectionInfo info) {
    if (username == null || users.isEmpty()) {
      return allowAnonymous ? AuthResult.ALLOWED : AuthResult.NOT_AUTHORIZED;
    }
    String expected = users.get(username);
    if (expected == null || password == null) {
      return AuthResult.BAD_CREDENTIALS;
    }
    // constant-time comparison, so response timing does not reveal a password prefix
    boolean same = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), password);
    return same ? AuthResult.ALLOWED : AuthResult.BAD_CREDENTIALS;
  }

  /** A configured user (its password was checked); anyone else connected anonymously. */
  @Override
  public String identity(String username, ConnectionInfo info) {
    return username != null && users.containsKey(username) ? username : null;
  }
}
