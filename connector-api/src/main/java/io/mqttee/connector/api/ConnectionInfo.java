// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

import java.net.InetSocketAddress;

/**
 * What the transport knows about a new connection.
 *
 * @param transport "tcp", "tls", "ws", "wss", or "udp" for a gateway's MQTT-SN client
 * @param remoteAddress the peer
 * @param clientCertificateSubject the subject of a verified TLS client certificate, or null
 */
public record ConnectionInfo(
    String transport, InetSocketAddress remoteAddress, String clientCertificateSubject) {}
