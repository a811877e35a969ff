// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.publish;

import java.util.concurrent.CompletableFuture;

/**
 * What publishing one message did.
 *
 * @param persisted a persistent session stored it, or it changed a stored retained message: the
 *     publisher's ack waits for durability
 * @param matched at least one subscriber's session, here or on another node, received it
 * @param sessions how many sessions of this node this call delivered or queued it to (a share group
 *     counts once)
 * @param peers null on a single node or when no other node's clients subscribed; otherwise
 *     completes once every such node took the message, and the publisher's ack waits for it too
 */
public record PublishOutcome(
    boolean persisted, boolean matched, int sessions, CompletableFuture<Void> peers) {

  /** An outcome on this node only. */
  public PublishOutcome(boolean persisted, boolean matched, int sessions) {
    this(persisted, matched, sessions, null);
  }
}
