// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.topic.SharedFilter;
import java.util.Set;

/**
 * A message one node hands another. Of three kinds:
 *
 * <ul>
 *   <li>published: the message, who published it (for No Local), the shared subscriptions the
 *       receiving node is to serve with it, the node it was published on, the nodes that node sent
 *       it to, and that node's adoption count when it routed it (for relays);
 *   <li>a change of a retained message ({@code retainedOnly}), to apply without delivering it;
 *   <li>relayed: for the session of {@code forClient}, which the receiving node took over from the
 *       sending node, named {@code origin} here, a moment ago.
 * </ul>
 */
record ForwardedMessage(
    Publish message,
    String publisherClientId,
    Set<SharedFilter> assigned,
    boolean retainedOnly,
    String origin,
    Set<String> reached,
    long originAdoptions,
    String forClient) {

  static ForwardedMessage published(
      Publish message,
      String publisherClientId,
      Set<SharedFilter> assigned,
      String origin,
      Set<String> reached,
      long originAdoptions) {
    return new ForwardedMessage(
        message, publisherClientId, assigned, false, origin, reached, originAdoptions, null);
  }

  static ForwardedMessage retainedChange(Publish change) {
    return new ForwardedMessage(change, null, Set.of(), true, null, Set.of(), -1, null);
  }

  /**
   * @param originAdoptions -1, unless the message is relayed to the node it was published on
   */
  static ForwardedMessage relayed(
      Publish message,
      String publisherClientId,
      String forClient,
      String from,
      long originAdoptions) {
    return new ForwardedMessage(
        message, publisherClientId, Set.of(), false, from, Set.of(), originAdoptions, forClient);
  }
}
