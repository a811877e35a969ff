// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import io.mqttee.persistence.BulkStatement;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads and writes {@link AclRule}s in the caller's transaction. */
public class AclRuleRepository {
  private final EntityManager em;

  public AclRuleRepository(EntityManager em) {
    this.em = em;
  }

  /** Every rule in the order they are evaluated. */
  public List<AclRule> findAll() {
    return em.createQuery("select r from AclRule r order by r.position, r.id", AclRule.class)
        .getResultList();
  }

  /**
   * Makes {@code rules} the whole rule list. Rules are few and an insert at a position renumbers
   * the ones after it, so the list is written as one.
   */
  public void replaceAll(List<AclRule> rules) {
    BulkStatement.execute(em, em.createQuery("delete from AclRule r"));
    for (AclRule rule : rules) {
      em.persist(rule);
    }
  }
}
