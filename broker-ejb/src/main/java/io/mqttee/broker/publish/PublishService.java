// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.publish;

import io.mqttee.broker.retained.RetainedMessages;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.session.Session;
import io.mqttee.broker.session.SessionMovedAway;
import io.mqttee.broker.session.SessionRegistry;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.topic.SharedFilter;
import io.mqttee.protocol.topic.TopicFilters;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The one path every message takes into the broker: client PUBLISH packets, wills and $SYS topics.
 * Applies the RETAIN flag, then delivers to each matching session, and hands the message to the
 * other nodes of a cluster whose clients subscribed. Thread-safe.
 */
public final class PublishService {
  private final Router router;
  private final RetainedMessages retained;
  private final SessionRegistry sessions;
  private volatile PeerForwarding peers = PeerForwarding.NONE;
  private volatile boolean storesForwarded = true;

  public PublishService(Router router, RetainedMessages retained, SessionRegistry sessions) {
    this.router = router;
    this.retained = retained;
    this.sessions = sessions;
  }

  /** Set when this node joins a cluster, before clients connect. */
  public void forwardTo(PeerForwarding forwarding) {
    this.peers = forwarding;
  }

  /**
   * Publishes a message.
   *
   * @param publisherClientId the publishing client, or null for messages of the broker itself
   * @return true when a persistent session or the retained store stored it: the publisher's PUBACK
   *     or PUBREC must then wait for the store's durability point
   */
  public boolean publish(Publish incoming, String publisherClientId) {
    return route(incoming, publisherClientId).persisted();
  }

  /** Publishes a message and tells whether any subscriber matched and a session stored it. */
  public PublishOutcome route(Publish incoming, String publisherClientId) {
    Publish message = withoutPacketId(incoming);
    PeerForwarding forwarding = peers;
    long adoptions = sessions.adoptions(); // before routing here: see PeerForwarding.relay
    Delivery delivery =
        routeHere(
            message, publisherClientId, null, forwarding != PeerForwarding.NONE, true, adoptions);
    PeerForwarding.Forwarded forwarded =
        forwarding.forward(message, publisherClientId, delivery.sharedServed(), adoptions);
    boolean persisted = delivery.persisted() || delivery.retainedStored();
    for (Delivery.Deferred held : delivery.deferred()) {
      persisted |= held.deliverUnlessSentTo(forwarded == null ? Set.of() : forwarded.nodes());
    }
    CompletableFuture<Void> relayed =
        delivery.relays().isEmpty()
            ? null
            : forwarding.relay(
                delivery.relays(),
                publisherClientId,
                null,
                forwarded == null ? Set.of() : forwarded.nodes(),
                -1);
    if (forwarded == null) {
      return new PublishOutcome(persisted, delivery.reached() > 0, delivery.reached(), relayed);
    }
    return new PublishOutcome(
        persisted,
        delivery.reached() > 0 || forwarded.matched(),
        delivery.reached(),
        both(forwarded.taken(), relayed));
  }

  /**
   * Publishes a message another node of the cluster forwarded here: to this node's sessions only,
   * and to its shared subscriptions only where the other node assigned them here. What matches a
   * session this node gave up a moment ago is relayed to the node that took it.
   *
   * @param origin the id of the node it was published on
   * @param reached the ids of the nodes that node sent it to
   * @param originAdoptions that node's adoption count when it routed the message
   */
  public PublishOutcome routeForwarded(
      Publish message,
      String publisherClientId,
      Set<SharedFilter> sharedAssigned,
      String origin,
      Set<String> reached,
      long originAdoptions) {
    Delivery delivery =
        routeHere(
            message, publisherClientId, sharedAssigned, true, storesForwarded, Long.MAX_VALUE);
    boolean persisted = delivery.persisted() || delivery.retainedStored();
    CompletableFuture<Void> relayed =
        delivery.relays().isEmpty()
            ? null
            : peers.relay(delivery.relays(), publisherClientId, origin, reached, originAdoptions);
    return new PublishOutcome(persisted, delivery.reached() > 0, delivery.reached(), relayed);
  }

  /**
   * Delivers a message another node relayed for the session of {@code clientId}, which this node
   * took over from it, while the session still has a subscription it matches; relayed on when the
   * session moved on again.
   *
   * @param from the node that relayed it, which must be the one that handed the session over
   * @param originAdoptions -1 when the message was published on another node; otherwise it was
   *     published here, and this node's adoption count when it routed it: a session that took in
   *     its subscriptions before had it from that routing already
   */
  public PublishOutcome deliverRelayed(
      Publish message, String clientId, String from, long originAdoptions) {
    Session session = sessions.get(clientId);
    if (session != null) {
      if (!from.equals(session.handedOverBy())
          || originAdoptions >= session.adoptedAt()
          || !subscribed(clientId, message.topic())) {
        return new PublishOutcome(false, false, 0);
      }
      try {
        return new PublishOutcome(
            session.deliver(message, message.qos(), message.retain()), true, 1);
      } catch (SessionMovedAway moved) {
        // gone on to another node: relayed there below
      }
    }
    String next = sessions.relayedTo(clientId);
    if (next == null) {
      return new PublishOutcome(false, false, 0);
    }
    Relayed onward = new Relayed(next, clientId, message, true);
    return new PublishOutcome(
        false, true, 0, peers.relay(List.of(onward), null, null, Set.of(), -1));
  }

  private boolean subscribed(String clientId, String topic) {
    return router.subscriptionsOf(clientId).stream()
        .anyMatch(s -> TopicFilters.matches(s.topicFilter(), topic));
  }

  private static CompletableFuture<Void> both(
      CompletableFuture<Void> first, CompletableFuture<Void> second) {
    return second == null ? first : CompletableFuture.allOf(first, second);
  }

  /**
   * Applies a change of a retained message on this node and on every other node, delivering it to
   * no session: an administrator's deletion, an empty retained message (MQTT-3.3.1-10).
   *
   * @return completes once every node applied it
   */
  public CompletableFuture<Void> changeRetained(Publish change) {
    retained.apply(change);
    PeerForwarding.Forwarded forwarded = peers.retainedOnly(change);
    return forwarded == null ? CompletableFuture.completedFuture(null) : forwarded.taken();
  }

  /**
   * Applies a change of a retained message another node forwarded, delivering it nowhere.
   *
   * @return true when the store keeps the change: its durability point is to be waited for
   */
  public boolean applyRetained(Publish change) {
    return storesForwarded ? retained.apply(change) : retained.applyUnstored(change);
  }

  /**
   * The nodes of the cluster share one database: a retained message another node forwarded is
   * stored there by that node, not again here.
   */
  public void sharesTheDatabase() {
    storesForwarded = false;
  }

  private Delivery routeHere(
      Publish message,
      String publisherClientId,
      Set<SharedFilter> sharedAssigned,
      boolean trackShared,
      boolean storeRetained,
      long routedAt) {
    // MQTT-3.3.1-5, MQTT-3.3.1-10/11: store or clear the topic's retained message
    boolean retainedStored =
        message.retain()
            && (storeRetained ? retained.apply(message) : retained.applyUnstored(message));
    Delivery delivery =
        new Delivery(message, publisherClientId, sessions, sharedAssigned, trackShared, routedAt);
    delivery.retainedStored(retainedStored);
    router.route(message.topic(), delivery);
    return delivery;
  }

  private static Publish withoutPacketId(Publish incoming) {
    return incoming.packetId() == 0 && !incoming.dup()
        ? incoming
        : incoming.forDelivery(incoming.qos(), 0, incoming.retain());
  }
}
