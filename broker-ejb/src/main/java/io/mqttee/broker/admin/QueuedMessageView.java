// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/**
 * A message a session holds for its client.
 *
 * @param inflight sent and not yet acknowledged (true), or waiting to be sent (false)
 * @param packetId 0 while not yet sent
 */
public record QueuedMessageView(
    String topic, int qos, boolean retain, byte[] payload, boolean inflight, int packetId) {}
