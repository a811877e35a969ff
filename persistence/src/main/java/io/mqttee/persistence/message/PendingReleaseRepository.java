// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.message;

import io.mqttee.persistence.BulkStatement;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads and writes {@link PendingRelease}s in the caller's transaction. */
public class PendingReleaseRepository {
  private final EntityManager em;

  public PendingReleaseRepository(EntityManager em) {
    this.em = em;
  }

  /** All pending releases, grouped by client, each client's in packet id order. */
  public List<PendingRelease> findAll() {
    return em.createQuery(
            "select p from PendingRelease p order by p.clientId, p.packetId", PendingRelease.class)
        .getResultList();
  }

  /** One client's pending releases in packet id order. */
  public List<PendingRelease> findByClient(String clientId) {
    return em.createQuery(
            "select p from PendingRelease p where p.clientId = :c order by p.packetId",
            PendingRelease.class)
        .setParameter("c", clientId)
        .getResultList();
  }

  /**
   * Records the packet id; one already recorded stays as it is. A merge rather than a persist: a
   * client that resends the PUBLISH before its PUBREL gets a second PUBREC, and the same id is
   * recorded again.
   */
  public void insert(PendingRelease row) {
    em.merge(row);
  }

  /** Forgets the packet id once PUBREL arrived; an id not recorded is no error. */
  public void delete(String clientId, int packetId) {
    BulkStatement.execute(
        em,
        em.createQuery("delete from PendingRelease p where p.clientId = :c and p.packetId = :p")
            .setParameter("c", clientId)
            .setParameter("p", packetId));
  }

  /** Forgets every packet id of the client, when its session ends. */
  public void deleteAllOf(String clientId) {
    BulkStatement.execute(
        em,
        em.createQuery("delete from PendingRelease p where p.clientId = :c")
            .setParameter("c", clientId));
  }
}
