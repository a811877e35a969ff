// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import io.mqttee.persistence.message.PendingReleaseRepository;
import io.mqttee.persistence.message.QueuedMessageRepository;
import io.mqttee.persistence.retained.RetainedMessageRepository;
import io.mqttee.persistence.session.PersistentSessionRepository;
import io.mqttee.persistence.session.SessionSubscriptionRepository;
import jakarta.persistence.EntityManager;

/** The repositories of one transaction, all on the same entity manager. */
public record StoreRepositories(
    PersistentSessionRepository sessions,
    SessionSubscriptionRepository subscriptions,
    QueuedMessageRepository messages,
    PendingReleaseRepository pendingReleases,
    RetainedMessageRepository retained) {

  public static StoreRepositories of(EntityManager em) {
    return new StoreRepositories(
        new PersistentSessionRepository(em),
        new SessionSubscriptionRepository(em),
        new QueuedMessageRepository(em),
        new PendingReleaseRepository(em),
        new RetainedMessageRepository(em));
  }
}
