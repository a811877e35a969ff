// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.publish;

import io.mqttee.broker.routing.RouteTarget;
import io.mqttee.broker.routing.Subscription;
import io.mqttee.broker.session.Session;
import io.mqttee.broker.session.SessionMovedAway;
import io.mqttee.broker.session.SessionRegistry;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.topic.SharedFilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Hands one published message to each session the router finds. */
final class Delivery implements RouteTarget {
  private final Publish message;
  private final String publisherClientId;
  private final SessionRegistry sessions;
  private final Set<SharedFilter> sharedAssigned;
  private final boolean trackShared;
  private Set<SharedFilter> sharedServed = Set.of();
  private List<Relayed> relays = List.of();
  private List<Deferred> deferred = List.of();
  private final long routedAt;

  /**
   * A delivery to a session that took in another node's session while this message was being
   * routed: that node may relay the message too, so it waits until the nodes the message goes to
   * are known.
   */
  record Deferred(Session session, Publish message, QoS qos, boolean retainFlag) {

    /**
     * Delivers, unless the message went to the node that handed the session over, which relays it.
     *
     * @return true when a persistent session stored it
     */
    boolean deliverUnlessSentTo(Set<String> nodes) {
      String handedOverBy = session.handedOverBy();
      if (handedOverBy != null && nodes.contains(handedOverBy)) {
        return false;
      }
      try {
        return session.deliver(message, qos, retainFlag);
      } catch (SessionMovedAway moved) {
        return false; // moved on again at once: the client connects elsewhere without it
      }
    }
  }

  private boolean persisted;
  private boolean retainedStored;
  private int reached;

  /**
   * @param sharedAssigned null to serve every matching share group; otherwise only these, the ones
   *     another node forwarded the message here for
   * @param trackShared whether to note the share groups served, for a cluster: no other node is
   *     then asked to serve them
   * @param routedAt the registry's adoption count read before routing began; {@link Long#MAX_VALUE}
   *     for a message another node forwarded
   */
  Delivery(
      Publish message,
      String publisherClientId,
      SessionRegistry sessions,
      Set<SharedFilter> sharedAssigned,
      boolean trackShared,
      long routedAt) {
    this.routedAt = routedAt;
    this.message = message;
    this.publisherClientId = publisherClientId;
    this.sessions = sessions;
    this.sharedAssigned = sharedAssigned;
    this.trackShared = trackShared || sharedAssigned != null;
  }

  @Override
  public void deliver(Subscription best, int[] identifiers) {
    if (best.noLocal() && best.clientId().equals(publisherClientId)) {
      return; // MQTT 5 No Local (MQTT-3.8.3-3); always false for 3.1.1 subscriptions
    }
    boolean shared = best.shareGroup() != null && trackShared;
    SharedFilter group = shared ? new SharedFilter(best.shareGroup(), best.topicFilter()) : null;
    if (shared && sharedAssigned != null && !sharedAssigned.contains(group)) {
      return; // another node was asked to serve this group
    }
    String clientId = best.clientId();
    Session session = sessions.get(clientId);
    String movedTo = session == null ? sessions.relayedTo(clientId) : null;
    if (session == null && movedTo == null) {
      return;
    }
    if (shared) {
      served(group);
    }
    reached++;
    // MQTT-3.3.1-9: RETAIN is 0 on normal delivery, unless MQTT 5 Retain As Published
    boolean retainFlag = best.retainAsPublished() && message.retain();
    // delivery QoS is the lower of message and subscription QoS (MQTT 3.1.1 section 3.8.4)
    Publish forSession = SubscriptionIdentifiers.attach(message, identifiers);
    QoS qos = message.qos().min(best.maxQos());
    if (session != null) {
      // a share group served here is assigned to no other node, so no other node relays it
      if (!shared && session.adoptedAt() > routedAt) {
        if (deferred.isEmpty()) {
          deferred = new ArrayList<>(2);
        }
        deferred.add(new Deferred(session, forSession, qos, retainFlag));
        return;
      }
      try {
        persisted |= session.deliver(forSession, qos, retainFlag);
        return;
      } catch (SessionMovedAway moved) {
        movedTo = sessions.relayedTo(clientId);
        if (movedTo == null) {
          return; // the session did not go on elsewhere
        }
      }
    }
    if (relays.isEmpty()) {
      relays = new ArrayList<>(2);
    }
    relays.add(new Relayed(movedTo, clientId, forSession.forDelivery(qos, 0, retainFlag), shared));
  }

  /** Deliveries that wait until the nodes the message goes to are known. */
  List<Deferred> deferred() {
    return deferred;
  }

  /** Messages for sessions that another node took over a moment ago, to relay there. */
  List<Relayed> relays() {
    return relays;
  }

  private void served(SharedFilter group) {
    if (sharedServed.isEmpty()) {
      sharedServed = new HashSet<>(4);
    }
    sharedServed.add(group);
  }

  /** The shared subscriptions one of this node's members served. */
  Set<SharedFilter> sharedServed() {
    return sharedServed;
  }

  void retainedStored(boolean stored) {
    retainedStored = stored;
  }

  /** The message changed a stored retained message. */
  boolean retainedStored() {
    return retainedStored;
  }

  boolean persisted() {
    return persisted;
  }

  /** The sessions reached, the publisher's No Local subscriptions not counted. */
  int reached() {
    return reached;
  }
}
