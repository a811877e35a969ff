// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.publish;

import io.mqttee.broker.retained.RetainedMessages;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.session.SessionRegistry;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.topic.SharedFilter;
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
    Delivery delivery =
        routeHere(message, publisherClientId, null, forwarding != PeerForwarding.NONE, true);
    PeerForwarding.Forwarded forwarded =
        forwarding.forward(message, publisherClientId, delivery.sharedServed());
    boolean persisted = delivery.persisted() || delivery.retainedStored();
    if (forwarded == null) {
      return new PublishOutcome(persisted, delivery.reached() > 0, delivery.reached());
    }
    return new PublishOutcome(
        persisted,
        delivery.reached() > 0 || forwarded.matched(),
        delivery.reached(),
        forwarded.taken());
  }

  /**
   * Publishes a message another node of the cluster forwarded here: to this node's sessions only,
   * and to its shared subscriptions only where the other node assigned them here.
   */
  public PublishOutcome routeForwarded(
      Publish message, String publisherClientId, Set<SharedFilter> sharedAssigned) {
    Delivery delivery =
        routeHere(message, publisherClientId, sharedAssigned, true, storesForwarded);
    boolean persisted = delivery.persisted() || delivery.retainedStored();
    return new PublishOutcome(persisted, delivery.reached() > 0, delivery.reached());
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
      boolean storeRetained) {
    // MQTT-3.3.1-5, MQTT-3.3.1-10/11: store or clear the topic's retained message
    boolean retainedStored =
        message.retain()
            && (storeRetained ? retained.apply(message) : retained.applyUnstored(message));
    Delivery delivery =
        new Delivery(message, publisherClientId, sessions, sharedAssigned, trackShared);
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
