// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store;

/**
 * A persistent session as stored.
 *
 * @param expiryIntervalSeconds how long the session outlives its connection; 0xFFFFFFFF (as a long)
 *     means never, as for MQTT 3.1.1 clean session 0
 * @param disconnectedAtMillis when the last connection ended, 0 while connected
 */
public record StoredSession(
    String clientId, int protocolLevel, long expiryIntervalSeconds, long disconnectedAtMillis) {}
