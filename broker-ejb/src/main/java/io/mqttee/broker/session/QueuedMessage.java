// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.protocol.packet.Publish;

/**
 * A QoS 1/2 message waiting for the client to be online and the inflight window to open.
 *
 * @param expiresAtMillis when its MQTT 5 Message Expiry Interval ends, {@link MessageExpiry#NEVER}
 */
record QueuedMessage(long sequence, Publish message, long expiresAtMillis) {}
