// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.session;

import io.mqttee.persistence.BulkStatement;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads and writes {@link SessionSubscription}s in the caller's transaction. */
public class SessionSubscriptionRepository {
  private final EntityManager em;

  public SessionSubscriptionRepository(EntityManager em) {
    this.em = em;
  }

  /** All subscriptions, grouped by client. */
  public List<SessionSubscription> findAll() {
    return em.createQuery(
            "select s from SessionSubscription s order by s.clientId, s.shareGroup, s.topicFilter",
            SessionSubscription.class)
        .getResultList();
  }

  /** One client's subscriptions. */
  public List<SessionSubscription> findByClient(String clientId) {
    return em.createQuery(
            "select s from SessionSubscription s where s.clientId = :c"
                + " order by s.shareGroup, s.topicFilter",
            SessionSubscription.class)
        .setParameter("c", clientId)
        .getResultList();
  }

  /** Inserts the subscription or replaces the options of the same client, filter and group. */
  public void save(SessionSubscription subscription) {
    em.merge(subscription);
  }

  /** Deletes one subscription; {@code shareGroup} is null for an ordinary subscription. */
  public boolean delete(String clientId, String topicFilter, String shareGroup) {
    return BulkStatement.execute(
            em,
            em.createQuery(
                    "delete from SessionSubscription s where s.clientId = :c"
                        + " and s.topicFilter = :f and s.shareGroup = :g")
                .setParameter("c", clientId)
                .setParameter("f", topicFilter)
                .setParameter(
                    "g", shareGroup == null ? SessionSubscription.NO_SHARE_GROUP : shareGroup))
        > 0;
  }

  /** Deletes every subscription of the client; returns how many there were. */
  public int deleteAllOf(String clientId) {
    return BulkStatement.execute(
        em,
        em.createQuery("delete from SessionSubscription s where s.clientId = :c")
            .setParameter("c", clientId));
  }
}
