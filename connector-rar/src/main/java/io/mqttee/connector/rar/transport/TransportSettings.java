// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import java.time.Duration;

/**
 * How the TCP transport listens and frames.
 *
 * @param host the address to bind
 * @param port the port to bind, 0 for any free port
 * @param maxPacketSize the largest packet accepted, fixed header included
 * @param connectTimeout how long a connection may stay open without a complete CONNECT
 * @param malformedCloseGrace how long the broker has to close a connection after malformed input
 */
public record TransportSettings(
    String host,
    int port,
    int maxPacketSize,
    Duration connectTimeout,
    Duration malformedCloseGrace) {

  public static final Duration DEFAULT_MALFORMED_CLOSE_GRACE = Duration.ofSeconds(5);
}
