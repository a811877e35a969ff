// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import io.mqttee.persistence.BulkStatement;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads and writes {@link MqttUser}s in the caller's transaction. */
public class MqttUserRepository {
  private final EntityManager em;

  public MqttUserRepository(EntityManager em) {
    this.em = em;
  }

  public List<MqttUser> findAll() {
    return em.createQuery("select u from MqttUser u order by u.username", MqttUser.class)
        .getResultList();
  }

  /** Inserts the user or replaces the stored one of the same name. */
  public void save(MqttUser user) {
    em.merge(user);
  }

  public boolean delete(String username) {
    return BulkStatement.execute(
            em,
            em.createQuery("delete from MqttUser u where u.username = :u")
                .setParameter("u", username))
        > 0;
  }
}
