// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/**
 * A session, connected or not.
 *
 * @param awaitingRelease inbound QoS 2 packet ids PUBRECed and waiting for PUBREL
 */
public record SessionView(
    String clientId,
    boolean connected,
    boolean persistent,
    long expirySeconds,
    int protocolVersion,
    int subscriptions,
    int inflight,
    int queued,
    int awaitingRelease) {}
