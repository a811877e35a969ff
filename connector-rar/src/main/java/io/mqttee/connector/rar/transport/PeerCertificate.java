// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/** The client certificate of a completed TLS handshake. */
final class PeerCertificate {

  private PeerCertificate() {}

  /**
   * The subject (RFC 2253) of the client's certificate, which the handshake verified against the
   * trusted CAs; null when the client presented none.
   */
  static String subject(SSLSession session) {
    try {
      Certificate[] chain = session.getPeerCertificates();
      if (chain.length > 0 && chain[0] instanceof X509Certificate client) {
        return client.getSubjectX500Principal().getName();
      }
      return null;
    } catch (SSLPeerUnverifiedException e) {
      return null;
    }
  }
}
