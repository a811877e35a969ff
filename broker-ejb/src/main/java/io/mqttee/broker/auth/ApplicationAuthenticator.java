// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.connector.api.ConnectionInfo;

/**
 * Trusts the user name of an application's connection (transport {@value #TRANSPORT}): only the
 * resource adapter opens such connections, for a message-driven bean or a connection factory
 * configured with that user name, so there is no password to check. Its topic ACL still applies.
 * Every other connection goes to the next authenticator.
 */
public final class ApplicationAuthenticator implements Authenticator {

  public static final String TRANSPORT = "application";

  private final Authenticator others;

  public ApplicationAuthenticator(Authenticator others) {
    this.others = others;
  }

  private static boolean isApplication(ConnectionInfo info) {
    return info != null && TRANSPORT.equals(info.transport());
  }

  @Override
  public AuthResult authenticate(String username, byte[] password, ConnectionInfo info) {
    return isApplication(info) ? AuthResult.ALLOWED : others.authenticate(username, password, info);
  }

  @Override
  public String identity(String username, ConnectionInfo info) {
    return isApplication(info) ? username : others.identity(username, info);
  }
}
