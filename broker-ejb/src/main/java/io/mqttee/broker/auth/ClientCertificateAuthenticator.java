// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.connector.api.ConnectionInfo;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Lets a TLS client certificate stand for the user name and password, as mosquitto's {@code
 * use_identity_as_username} and EMQX's {@code peer_cert_as_username} do: a client whose certificate
 * the TLS listener verified against its truststore is allowed whatever its CONNECT carries, and is
 * known by the certificate's common name; every other client goes to the password check.
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

  /** The certificate's common name (its whole subject when it has none), else the password's. */
  @Override
  public String identity(String username, ConnectionInfo info) {
    String subject = info == null ? null : info.clientCertificateSubject();
    return subject == null ? passwords.identity(username, info) : commonName(subject);
  }

  static String commonName(String subject) {
    try {
      for (Rdn rdn : new LdapName(subject).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return rdn.getValue().toString();
        }
      }
    } catch (InvalidNameException e) {
      LOG.log(Level.DEBUG, "certificate subject is not a distinguished name: {0}", subject);
    }
    return subject;
  }
}
