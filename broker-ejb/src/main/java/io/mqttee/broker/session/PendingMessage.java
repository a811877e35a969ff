// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.protocol.packet.Publish;

/**
 * A QoS 1/2 message a session holds for its client.
 *
 * @param message in delivery form: the delivery QoS, and the packet id once sent
 * @param inflight sent and not yet acknowledged (true), or waiting to be sent (false)
 */
public record PendingMessage(Publish message, boolean inflight) {}
