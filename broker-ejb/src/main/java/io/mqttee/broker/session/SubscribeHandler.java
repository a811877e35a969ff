// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.publish.SubscriptionIdentifiers;
import io.mqttee.broker.routing.Subscription;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.SubAck;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import java.util.ArrayList;
import java.util.List;

/** SUBSCRIBE: validates and adds each filter, answers SUBACK, then sends matching retained. */
public final class SubscribeHandler {
  private final SessionSubscriptions subscriptions;
  private final DurableReplies replies;

  public SubscribeHandler(SessionSubscriptions subscriptions, DurableReplies replies) {
    this.subscriptions = subscriptions;
    this.replies = replies;
  }

  public void subscribe(ClientConnection connection, Subscribe subscribe) {
    Session session = connection.session();
    int identifier =
        subscribe.properties().intValue(SubscriptionIdentifiers.SUBSCRIPTION_IDENTIFIER, 0);
    List<Integer> codes = new ArrayList<>(subscribe.subscriptions().size());
    List<Subscription> withRetained = new ArrayList<>();
    for (TopicSubscription requested : subscribe.subscriptions()) {
      SessionSubscriptions.Outcome outcome =
          subscriptions.subscribe(session, connection.identity(), requested, identifier);
      if (outcome.sendsRetained()) {
        withRetained.add(outcome.subscription());
      }
      codes.add(outcome.reasonCode()); // MQTT-3.9.3-1: one code per filter, in order
    }
    // MQTT-3.8.4-1: SUBACK before the retained messages for the new subscriptions; for a
    // persistent session it promises the subscriptions, so it waits until they are on disk
    SubAck subAck = new SubAck(subscribe.packetId(), codes, MqttProperties.EMPTY);
    replies.run(
        connection,
        session.persistent(),
        () -> {
          connection.send(subAck);
          withRetained.forEach(subscription -> subscriptions.sendRetained(session, subscription));
        });
  }
}
