// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.auth.ClientIdentity;
import io.mqttee.broker.auth.TopicAcl;
import io.mqttee.broker.publish.SubscriptionIdentifiers;
import io.mqttee.broker.retained.RetainedMessages;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.routing.Subscription;
import io.mqttee.broker.store.MessageStore;
import io.mqttee.broker.sys.BrokerMetrics;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.packet.TopicSubscription;
import io.mqttee.protocol.topic.SharedFilter;
import io.mqttee.protocol.topic.TopicFilters;

/**
 * Adds and removes one filter of a session, in the router and, for a persistent session, in the
 * store: what SUBSCRIBE and UNSUBSCRIBE do per filter, and what an administrator does for a client.
 * Thread-safe.
 */
public final class SessionSubscriptions {
  private final Router router;
  private final RetainedMessages retained;
  private final MessageStore store;
  private final TopicAcl acl;
  private final BrokerMetrics metrics;

  public SessionSubscriptions(
      Router router,
      RetainedMessages retained,
      MessageStore store,
      TopicAcl acl,
      BrokerMetrics metrics) {
    this.router = router;
    this.retained = retained;
    this.store = store;
    this.acl = acl;
    this.metrics = metrics;
  }

  /**
   * What became of one requested filter.
   *
   * @param subscription the subscription taken, null when refused
   * @param reasonCode the SUBACK code: the granted QoS, or 0x80 when refused
   * @param sendsRetained whether the filter's retained messages are to be sent now
   */
  public record Outcome(Subscription subscription, int reasonCode, boolean sendsRetained) {
    public boolean granted() {
      return subscription != null;
    }
  }

  /**
   * Validates the filter, checks the topic ACL for {@code client} and adds the subscription,
   * replacing the session's one to the same filter (MQTT-3.8.4-3).
   *
   * @param identifier the MQTT 5 subscription identifier, 0 for none
   */
  public Outcome subscribe(
      Session session, ClientIdentity client, TopicSubscription requested, int identifier) {
    if (!TopicFilters.isValid(requested.topicFilter())) {
      metrics.topicRefused();
      return refused(); // MQTT-3.9.3-2 (0x80 for this filter only)
    }
    Subscription subscription = toSubscription(session.clientId(), requested, identifier);
    if (!acl.maySubscribe(client, subscription.topicFilter())) {
      // refused by the topic ACL: 0x80, the failure code MQTT 3.1.1 and 5 clients both know
      return refused();
    }
    boolean replaced = router.subscribe(subscription);
    if (session.persistent()) {
      store.subscriptionSaved(session.clientId(), StoredForms.stored(subscription));
    }
    // MQTT-3.9.3-1: the granted QoS is the requested one
    return new Outcome(
        subscription, subscription.maxQos().value(), sendsRetained(subscription, replaced));
  }

  /** MQTT-3.3.1-6, MQTT-3.3.1-8: matching retained messages go out with RETAIN=1. */
  public void sendRetained(Session session, Subscription subscription) {
    try {
      retained.forEachMatching(
          subscription.topicFilter(),
          message ->
              session.deliver(
                  SubscriptionIdentifiers.attach(message, subscription.identifier()),
                  message.qos().min(subscription.maxQos()),
                  true));
    } catch (SessionMovedAway late) {
      // the session went to another node while this SUBSCRIBE was handled; the client is gone
    }
  }

  /**
   * Removes the session's subscription to {@code topicFilter} (with its {@code $share/group/}
   * prefix, if any).
   *
   * @return false when the session had none
   */
  public boolean unsubscribe(Session session, String topicFilter) {
    SharedFilter shared = TopicFilters.parseShared(topicFilter);
    String plain = shared == null ? topicFilter : shared.filter();
    String group = shared == null ? null : shared.group();
    boolean existed = router.unsubscribe(session.clientId(), plain, group);
    if (existed && session.persistent()) {
      store.subscriptionRemoved(session.clientId(), plain, group);
    }
    return existed;
  }

  private static Outcome refused() {
    return new Outcome(null, ReasonCodes.SUBACK_FAILURE, false);
  }

  /**
   * MQTT-3.8.4-3: a replacing 3.1.1 subscription re-sends retained messages. Shared subscriptions
   * get none (MQTT 5 section 4.8.2); MQTT 5 Retain Handling 1 sends them for new subscriptions
   * only, 2 never (MQTT-3.3.1-9..11 of MQTT 5).
   */
  private static boolean sendsRetained(Subscription subscription, boolean replaced) {
    if (subscription.shareGroup() != null) {
      return false;
    }
    return switch (subscription.retainHandling()) {
      case 0 -> true;
      case 1 -> !replaced;
      default -> false;
    };
  }

  private static Subscription toSubscription(
      String clientId, TopicSubscription requested, int identifier) {
    SharedFilter shared = TopicFilters.parseShared(requested.topicFilter());
    return new Subscription(
        clientId,
        shared == null ? requested.topicFilter() : shared.filter(),
        shared == null ? null : shared.group(),
        requested.maxQos(),
        requested.noLocal(),
        requested.retainAsPublished(),
        requested.retainHandling(),
        identifier);
  }
}
