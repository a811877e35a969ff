// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.auth.TopicAcl;
import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.publish.SubscriptionIdentifiers;
import io.mqttee.broker.retained.RetainedMessages;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.routing.Subscription;
import io.mqttee.broker.store.MessageStore;
import io.mqttee.broker.store.StoredSubscription;
import io.mqttee.broker.sys.BrokerMetrics;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.packet.SubAck;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import io.mqttee.protocol.topic.SharedFilter;
import io.mqttee.protocol.topic.TopicFilters;
import java.util.ArrayList;
import java.util.List;

/** SUBSCRIBE: validates and adds each filter, answers SUBACK, then sends matching retained. */
public final class SubscribeHandler {
  private final Router router;
  private final RetainedMessages retained;
  private final MessageStore store;
  private final TopicAcl acl;
  private final DurableReplies replies;
  private final BrokerMetrics metrics;

  public SubscribeHandler(
      Router router,
      RetainedMessages retained,
      MessageStore store,
      TopicAcl acl,
      DurableReplies replies,
      BrokerMetrics metrics) {
    this.metrics = metrics;
    this.router = router;
    this.retained = retained;
    this.store = store;
    this.acl = acl;
    this.replies = replies;
  }

  public void subscribe(ClientConnection connection, Subscribe subscribe) {
    Session session = connection.session();
    List<Integer> codes = new ArrayList<>(subscribe.subscriptions().size());
    List<Subscription> withRetained = new ArrayList<>();
    for (TopicSubscription requested : subscribe.subscriptions()) {
      if (!TopicFilters.isValid(requested.topicFilter())) {
        metrics.topicRefused();
        codes.add(ReasonCodes.SUBACK_FAILURE); // MQTT-3.9.3-2 (0x80 for this filter only)
        continue;
      }
      Subscription subscription =
          toSubscription(
              session.clientId(),
              requested,
              subscribe.properties().intValue(SubscriptionIdentifiers.SUBSCRIPTION_IDENTIFIER, 0));
      if (!acl.maySubscribe(connection.identity(), subscription.topicFilter())) {
        // refused by the topic ACL: 0x80, the failure code MQTT 3.1.1 and 5 clients both know
        codes.add(ReasonCodes.SUBACK_FAILURE);
        continue;
      }
      // MQTT-3.8.4-3: a subscription to the same filter replaces the previous one
      boolean replaced = router.subscribe(subscription);
      if (session.persistent()) {
        store.subscriptionSaved(session.clientId(), stored(subscription));
      }
      if (sendsRetained(subscription, replaced)) {
        withRetained.add(subscription);
      }
      codes.add(subscription.maxQos().value()); // MQTT-3.9.3-1: one code per filter, in order
    }
    // MQTT-3.8.4-1: SUBACK before the retained messages for the new subscriptions; for a
    // persistent session it promises the subscriptions, so it waits until they are on disk
    SubAck subAck = new SubAck(subscribe.packetId(), codes, MqttProperties.EMPTY);
    replies.run(
        connection,
        session.persistent(),
        () -> {
          connection.send(subAck);
          withRetained.forEach(subscription -> sendRetained(session, subscription));
        });
  }

  /** MQTT-3.3.1-6, MQTT-3.3.1-8: matching retained messages go out with RETAIN=1. */
  private void sendRetained(Session session, Subscription subscription) {
    retained.forEachMatching(
        subscription.topicFilter(),
        message ->
            session.deliver(
                SubscriptionIdentifiers.attach(message, subscription.identifier()),
                message.qos().min(subscription.maxQos()),
                true));
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

  private static StoredSubscription stored(Subscription s) {
    return new StoredSubscription(
        s.topicFilter(),
        s.shareGroup(),
        s.maxQos().value(),
        s.noLocal(),
        s.retainAsPublished(),
        s.retainHandling(),
        s.identifier());
  }
}
