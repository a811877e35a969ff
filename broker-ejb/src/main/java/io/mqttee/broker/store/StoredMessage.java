// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store;

import io.mqttee.protocol.packet.Publish;

/**
 * A queued message of a persistent session.
 *
 * @param packetId the packet id it was sent with, 0 if not yet sent
 * @param received true once PUBREC arrived (only PUBREL remains to be sent)
 */
public record StoredMessage(long sequence, Publish message, int packetId, boolean received) {}
