// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.session;

import io.mqttee.persistence.BulkStatement;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads and writes {@link PersistentSession}s in the caller's transaction. */
public class PersistentSessionRepository {
  private final EntityManager em;

  public PersistentSessionRepository(EntityManager em) {
    this.em = em;
  }

  public List<PersistentSession> findAll() {
    return em.createQuery(
            "select s from PersistentSession s order by s.clientId", PersistentSession.class)
        .getResultList();
  }

  /**
   * The sessions that {@code node} holds in a cluster whose nodes share this database, and those no
   * node holds (stored by a broker that ran alone): the claims each node makes at start-up settle
   * which node keeps one of these.
   */
  public List<PersistentSession> findOwnedBy(String node) {
    return em.createQuery(
            "select s from PersistentSession s where s.ownerNode = :n or s.ownerNode is null"
                + " order by s.clientId",
            PersistentSession.class)
        .setParameter("n", node)
        .getResultList();
  }

  public PersistentSession find(String clientId) {
    return em.find(PersistentSession.class, clientId);
  }

  /** Inserts the session or replaces the stored one of the same client. */
  public void save(PersistentSession session) {
    em.merge(session);
  }

  public boolean delete(String clientId) {
    return BulkStatement.execute(
            em,
            em.createQuery("delete from PersistentSession s where s.clientId = :c")
                .setParameter("c", clientId))
        > 0;
  }
}
