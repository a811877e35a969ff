// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.publish;

import io.mqttee.broker.retained.RetainedMessages;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.session.SessionRegistry;
import io.mqttee.protocol.packet.Publish;

/**
 * The one path every message takes into the broker: client PUBLISH packets, wills and $SYS topics.
 * Applies the RETAIN flag, then delivers to each matching session. Thread-safe.
 */
public final class PublishService {
  private final Router router;
  private final RetainedMessages retained;
  private final SessionRegistry sessions;

  public PublishService(Router router, RetainedMessages retained, SessionRegistry sessions) {
    this.router = router;
    this.retained = retained;
    this.sessions = sessions;
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
    Publish message =
        incoming.packetId() == 0 && !incoming.dup()
            ? incoming
            : incoming.forDelivery(incoming.qos(), 0, incoming.retain());
    // MQTT-3.3.1-5, MQTT-3.3.1-10/11: store or clear the topic's retained message
    boolean retainedStored = message.retain() && retained.apply(message);
    Delivery delivery = new Delivery(message, publisherClientId, sessions);
    router.route(message.topic(), delivery);
    return new PublishOutcome(
        retainedStored || delivery.persisted(), delivery.reached() > 0, delivery.reached());
  }
}
