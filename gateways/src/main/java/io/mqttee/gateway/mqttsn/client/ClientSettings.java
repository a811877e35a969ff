// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn.client;

/**
 * What every client's state machine is configured with.
 *
 * @param predefined the topic ids all clients know without REGISTER
 * @param username the user name the gateway's connections authenticate with, null for none
 * @param password its password, null for none
 * @param retryMillis Tretry: how long an unacknowledged message waits before it is sent again
 * @param retries Nretry: how many times it is sent again before the client counts as lost
 * @param maxBuffered messages kept for a sleeping client, at most; older ones are dropped
 */
public record ClientSettings(
    PredefinedTopics predefined,
    String username,
    String password,
    long retryMillis,
    int retries,
    int maxBuffered) {}
