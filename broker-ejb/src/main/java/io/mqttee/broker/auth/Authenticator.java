// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.connector.api.ConnectionInfo;

/** Decides whether a client may connect with the credentials of its CONNECT. Thread-safe. */
public interface Authenticator {

  /**
   * @param username null when the CONNECT has no user name
   * @param password null when the CONNECT has no password
   */
  AuthResult authenticate(String username, byte[] password, ConnectionInfo info);

  /**
   * Who an allowed client is, as topic ACL rules name it: a user name this authenticator verified,
   * or null for an anonymous client. Never a name the client merely claimed.
   */
  String identity(String username, ConnectionInfo info);
}
