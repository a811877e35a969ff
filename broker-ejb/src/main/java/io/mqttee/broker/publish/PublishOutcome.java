// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.publish;

/**
 * What publishing one message did.
 *
 * @param persisted a persistent session stored it, or it changed a stored retained message: the
 *     publisher's ack waits for durability
 * @param matched at least one subscriber's session received it
 * @param sessions how many sessions this call delivered or queued it to (a share group counts once)
 */
public record PublishOutcome(boolean persisted, boolean matched, int sessions) {}
