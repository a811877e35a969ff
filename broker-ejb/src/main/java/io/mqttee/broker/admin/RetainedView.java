// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/**
 * A retained message.
 *
 * @param expiresAtMillis epoch milliseconds, 0 when it does not expire
 */
public record RetainedView(String topic, int qos, byte[] payload, long expiresAtMillis) {}
