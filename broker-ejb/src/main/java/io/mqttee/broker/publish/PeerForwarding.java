// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.publish;

import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.topic.SharedFilter;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Hands a message published on this node to the other nodes of a cluster whose clients subscribed
 * to its topic. Grid-free: the cluster implements it, a single node uses {@link #NONE}. Never
 * blocks the caller, which is a lane.
 */
public interface PeerForwarding {

  /** A single node: nothing to forward. */
  PeerForwarding NONE = (message, publisherClientId, sharedServedHere) -> null;

  /**
   * Sends {@code message} to every node with a matching route.
   *
   * @param sharedServedHere the shared subscriptions this node served already: no other node is
   *     asked to serve them
   * @return null when no other node has a matching route; otherwise completes when every such node
   *     took the message (stored it, where one of its persistent sessions did), or fails when one
   *     of them could not
   */
  CompletableFuture<Void> forward(
      Publish message, String publisherClientId, Set<SharedFilter> sharedServedHere);
}
