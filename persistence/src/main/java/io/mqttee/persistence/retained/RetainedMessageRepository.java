// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.retained;

import io.mqttee.persistence.BulkStatement;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads and writes {@link RetainedMessage}s in the caller's transaction. */
public class RetainedMessageRepository {
  private final EntityManager em;

  public RetainedMessageRepository(EntityManager em) {
    this.em = em;
  }

  public List<RetainedMessage> findAll() {
    return em.createQuery("select r from RetainedMessage r order by r.topic", RetainedMessage.class)
        .getResultList();
  }

  /** Stores the topic's retained message, replacing the previous one (MQTT-3.3.1-5). */
  public void save(RetainedMessage message) {
    em.merge(message);
  }

  public boolean delete(String topic) {
    return BulkStatement.execute(
            em,
            em.createQuery("delete from RetainedMessage r where r.topic = :t")
                .setParameter("t", topic))
        > 0;
  }
}
