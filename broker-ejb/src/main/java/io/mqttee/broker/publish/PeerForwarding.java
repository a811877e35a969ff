// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.publish;

import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.topic.SharedFilter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Hands a message published on this node to the other nodes of a cluster whose clients subscribed
 * to its topic. Grid-free: the cluster implements it, a single node uses {@link #NONE}. Never
 * blocks the caller, which is a lane.
 */
public interface PeerForwarding {

  /** A single node: nothing to forward. */
  PeerForwarding NONE = (message, publisherClientId, sharedServedHere, adoptions) -> null;

  /**
   * Sends {@code message} to every node with a matching route, and a retained message to every
   * node.
   *
   * @param sharedServedHere the shared subscriptions this node served already: no other node is
   *     asked to serve them
   * @param adoptions this node's {@code SessionRegistry.adoptions()} read before it routed the
   *     message here, for {@link #relay}
   * @return null when it went to no other node
   */
  Forwarded forward(
      Publish message,
      String publisherClientId,
      Set<SharedFilter> sharedServedHere,
      long adoptions);

  /**
   * Relays messages for sessions that this node gave up a moment ago to the nodes that took them,
   * whose routes may not have reached every node yet. A node that had the message from its
   * publisher's node gets no copy; the publisher's node itself gets one with {@code
   * originAdoptions}, and keeps it only for a session that took in its subscriptions after it
   * routed the message.
   *
   * @param origin the id of the node the message was published on; null for this node
   * @param reached the ids of the nodes the publisher's node sent the message to
   * @return completes once each node took its messages; null when there was nothing to relay
   */
  default CompletableFuture<Void> relay(
      List<Relayed> relays,
      String publisherClientId,
      String origin,
      Set<String> reached,
      long originAdoptions) {
    return null;
  }

  /**
   * Hands a change of a retained message that is not a publish (an administrator's deletion) to
   * every node, to apply without delivering it to any session; null when there is no other node.
   */
  default Forwarded retainedOnly(Publish change) {
    return null;
  }

  /**
   * Where a message went.
   *
   * @param taken completes when every node it went to took it (stored it, where one of its
   *     persistent sessions did), or fails when one of them could not
   * @param matched whether a subscriber's route on another node matched, not only a node that keeps
   *     retained messages
   * @param nodes the ids of the nodes it went to
   */
  record Forwarded(CompletableFuture<Void> taken, boolean matched, Set<String> nodes) {}
}
