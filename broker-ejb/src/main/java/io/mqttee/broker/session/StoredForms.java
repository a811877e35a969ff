// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.routing.Subscription;
import io.mqttee.broker.store.StoredSubscription;
import io.mqttee.protocol.packet.QoS;

/** A subscription as the router holds it and as the store (or another node) keeps it. */
final class StoredForms {
  private StoredForms() {}

  static StoredSubscription stored(Subscription s) {
    return new StoredSubscription(
        s.topicFilter(),
        s.shareGroup(),
        s.maxQos().value(),
        s.noLocal(),
        s.retainAsPublished(),
        s.retainHandling(),
        s.identifier());
  }

  static Subscription subscription(String clientId, StoredSubscription s) {
    return new Subscription(
        clientId,
        s.topicFilter(),
        s.shareGroup(),
        QoS.of(s.maxQos()),
        s.noLocal(),
        s.retainAsPublished(),
        s.retainHandling(),
        s.identifier());
  }
}
