// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.publish;

import io.mqttee.broker.routing.RouteTarget;
import io.mqttee.broker.routing.Subscription;
import io.mqttee.broker.session.Session;
import io.mqttee.broker.session.SessionRegistry;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.topic.SharedFilter;
import java.util.HashSet;
import java.util.Set;

/** Hands one published message to each session the router finds. */
final class Delivery implements RouteTarget {
  private final Publish message;
  private final String publisherClientId;
  private final SessionRegistry sessions;
  private final Set<SharedFilter> sharedAssigned;
  private final boolean trackShared;
  private Set<SharedFilter> sharedServed = Set.of();
  private boolean persisted;
  private boolean retainedStored;
  private int reached;

  /**
   * @param sharedAssigned null to serve every matching share group; otherwise only these, the ones
   *     another node forwarded the message here for
   * @param trackShared whether to note the share groups served, for a cluster: no other node is
   *     then asked to serve them
   */
  Delivery(
      Publish message,
      String publisherClientId,
      SessionRegistry sessions,
      Set<SharedFilter> sharedAssigned,
      boolean trackShared) {
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
    Session session = sessions.get(best.clientId());
    if (session == null) {
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
    persisted |= session.deliver(forSession, message.qos().min(best.maxQos()), retainFlag);
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
