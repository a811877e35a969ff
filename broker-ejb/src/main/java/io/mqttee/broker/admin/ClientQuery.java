// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/**
 * Filters of a client listing; a null field does not filter.
 *
 * @param clientIdContains part of the client id
 * @param username exact user name
 * @param ipAddress exact IP address of the peer
 * @param protocol "mqtt", "mqtt-sn" or "lwm2m"
 * @param connected true: connected only; false: offline sessions only
 */
public record ClientQuery(
    String clientIdContains,
    String username,
    String ipAddress,
    String protocol,
    Boolean connected) {

  public static final ClientQuery ALL = new ClientQuery(null, null, null, null, null);

  public boolean matches(ClientView client) {
    return (clientIdContains == null || client.clientId().contains(clientIdContains))
        && (username == null || username.equals(client.username()))
        && (ipAddress == null || ipAddress.equals(client.ipAddress()))
        && (protocol == null || protocol.equals(client.protocol()))
        && (connected == null || connected == client.connected());
  }
}
