// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.connector.api.ConnectionInfo;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Lets a TLS client certificate stand for the password, as mosquitto's {@code
 * use_identity_as_username} and EMQX's {@code peer_cert_as_username} do: a client whose certificate
 * the TLS listener verified against its truststore is allowed whatever user name and password its
 * CONNECT carries; every other client goes to the password check.
 */
public final class ClientCertificateAuthenticator implements Authenticator {
  private static final Logger LOG =
      System.getLogger(ClientCertificateAuthenticator.class.getName());

  private final Authenticator passwords;

  public ClientCertificateAuthenticator(Authenticator passwords) {
    this.passwords = passwords;
  }

  @Override
  public AuthResult authenticate(String username, byte[] password, ConnectionInfo info) {
    String subject = info == null ? null : info.clientCertificateSubject();
    if (subject == null) {
      return passwords.authenticate(username, password, info);
    }
    LOG.log(Level.DEBUG, "{0}: authenticated by certificate {1}", info.remoteAddress(), subject);
    return AuthResult.ALLOWED;
  }
}
