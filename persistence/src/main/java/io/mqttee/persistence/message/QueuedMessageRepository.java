// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.message;

import io.mqttee.persistence.BulkStatement;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads and writes {@link QueuedMessage}s in the caller's transaction. */
public class QueuedMessageRepository {
  private final EntityManager em;

  public QueuedMessageRepository(EntityManager em) {
    this.em = em;
  }

  /** All queued messages, grouped by client, each client's in sequence order. */
  public List<QueuedMessage> findAll() {
    return em.createQuery(
            "select m from QueuedMessage m order by m.clientId, m.sequence", QueuedMessage.class)
        .getResultList();
  }

  /** One client's queued messages in sequence order. */
  public List<QueuedMessage> findByClient(String clientId) {
    return em.createQuery(
            "select m from QueuedMessage m where m.clientId = :c order by m.sequence",
            QueuedMessage.class)
        .setParameter("c", clientId)
        .getResultList();
  }

  /** Inserts the message or replaces the stored one of the same client and sequence. */
  public void save(QueuedMessage message) {
    em.merge(message);
  }

  /**
   * Inserts a message whose sequence the client has not used yet, without the look-up {@link #save}
   * makes first; a sequence already stored fails the transaction.
   */
  public void insert(QueuedMessage message) {
    em.persist(message);
  }

  /** Records the packet id the message went out with; false if it is not stored. */
  public boolean markSent(String clientId, long sequence, int packetId) {
    return BulkStatement.execute(
            em,
            em.createQuery(
                    "update QueuedMessage m set m.packetId = :p"
                        + " where m.clientId = :c and m.sequence = :s")
                .setParameter("p", packetId)
                .setParameter("c", clientId)
                .setParameter("s", sequence))
        > 0;
  }

  /** Records that PUBREC arrived; false if the message is not stored. */
  public boolean markReceived(String clientId, long sequence) {
    return BulkStatement.execute(
            em,
            em.createQuery(
                    "update QueuedMessage m set m.received = true"
                        + " where m.clientId = :c and m.sequence = :s")
                .setParameter("c", clientId)
                .setParameter("s", sequence))
        > 0;
  }

  public boolean delete(String clientId, long sequence) {
    return BulkStatement.execute(
            em,
            em.createQuery("delete from QueuedMessage m where m.clientId = :c and m.sequence = :s")
                .setParameter("c", clientId)
                .setParameter("s", sequence))
        > 0;
  }

  /** Deletes the client's whole queue; returns how many messages it held. */
  public int deleteAllOf(String clientId) {
    return BulkStatement.execute(
        em,
        em.createQuery("delete from QueuedMessage m where m.clientId = :c")
            .setParameter("c", clientId));
  }
}
