// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import io.mqttee.persistence.BulkStatement;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads and writes {@link Ban}s in the caller's transaction. */
public class BanRepository {
  private final EntityManager em;

  public BanRepository(EntityManager em) {
    this.em = em;
  }

  /** Every stored ban, expired or not, newest first. */
  public List<Ban> findAll() {
    return em.createQuery(
            "select b from Ban b order by b.createdAt desc, b.kind, b.banValue", Ban.class)
        .getResultList();
  }

  /** Inserts the ban or replaces the stored one of the same kind and value. */
  public void save(Ban ban) {
    em.merge(ban);
  }

  public boolean delete(String kind, String value) {
    return BulkStatement.execute(
            em,
            em.createQuery("delete from Ban b where b.kind = :k and b.banValue = :v")
                .setParameter("k", kind)
                .setParameter("v", value))
        > 0;
  }

  /** Deletes the bans that ended at or before {@code nowMillis}; returns how many. */
  public int deleteExpired(long nowMillis) {
    return BulkStatement.execute(
        em,
        em.createQuery("delete from Ban b where b.untilAt > 0 and b.untilAt <= :now")
            .setParameter("now", nowMillis));
  }
}
