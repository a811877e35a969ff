// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import io.mqttee.persistence.BulkStatement;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Reads and writes the {@link AclRule}s in the caller's transaction. The rules are few and their
 * positions shift together, so the whole list is written at once.
 */
public class AclRuleRepository {
  private final EntityManager em;

  public AclRuleRepository(EntityManager em) {
    this.em = em;
  }

  /** The rules in the order they are evaluated. */
  public List<AclRule> findAll() {
    return em.createQuery("select r from AclRule r order by r.position, r.id", AclRule.class)
        .getResultList();
  }

  /** Makes {@code rules} the stored list: rules not in it are deleted. */
  public void replaceAll(List<AclRule> rules) {
    BulkStatement.execute(em, em.createQuery("delete from AclRule r"));
    for (AclRule rule : rules) {
      em.persist(rule);
    }
  }
}
