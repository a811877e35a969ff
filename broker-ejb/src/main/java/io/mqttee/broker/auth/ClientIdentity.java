// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.connector.api.ConnectionInfo;
import java.net.InetSocketAddress;

/**
 * Who a connected client is, as topic ACL rules and bans name it; fixed once its CONNECT is
 * accepted.
 *
 * @param clientId the client id the session has
 * @param username the user name the broker verified, null for an anonymous client
 * @param ipAddress the peer's address in Java's text form ({@code 10.0.0.1}, {@code
 *     0:0:0:0:0:0:0:1}), null when the transport does not know it
 */
public record ClientIdentity(String clientId, String username, String ipAddress) {

  /** A client the broker knows nothing about: only rules for everyone apply to it. */
  public static final ClientIdentity UNKNOWN = new ClientIdentity(null, null, null);

  /** The peer's address as {@code ipAddress} holds it. */
  public static String ipOf(ConnectionInfo info) {
    InetSocketAddress peer = info == null ? null : info.remoteAddress();
    if (peer == null) {
      return null;
    }
    return peer.getAddress() != null ? peer.getAddress().getHostAddress() : peer.getHostString();
  }
}
