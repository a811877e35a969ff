// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/**
 * A client: a connection with its session, or an offline persistent session.
 *
 * @param username the authenticated user name, null when anonymous or offline
 * @param ipAddress the peer's address, null when offline
 * @param port the peer's port, 0 when offline
 * @param protocol "mqtt", "mqtt-sn", "lwm2m" or "gateway"
 * @param protocolVersion 3, 4 or 5 for MQTT (the CONNECT's protocol level)
 * @param transport "tcp", "tls", "ws", "wss", "udp" (MQTT-SN), "lwm2m" (a device), or "gateway" (a
 *     gateway's own connection); null when offline
 * @param connectedAtMillis epoch milliseconds; 0 when offline
 * @param disconnectedAtMillis epoch milliseconds an offline session ended; 0 when connected
 * @param keepAliveSeconds 0 when offline
 * @param persistent whether the session outlives the connection
 * @param expirySeconds the session expiry interval
 * @param node the node that holds the session: its cluster member address, or the broker's name
 */
public record ClientView(
    String clientId,
    String username,
    String ipAddress,
    int port,
    String protocol,
    int protocolVersion,
    String transport,
    boolean connected,
    long connectedAtMillis,
    long disconnectedAtMillis,
    int keepAliveSeconds,
    boolean persistent,
    long expirySeconds,
    int subscriptions,
    int inflight,
    int queued,
    String node) {}
