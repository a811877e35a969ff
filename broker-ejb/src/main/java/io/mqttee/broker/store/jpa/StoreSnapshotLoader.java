// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import io.mqttee.broker.store.StoreSnapshot;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads everything stored in one transaction, for start-up. */
@Stateless
public class StoreSnapshotLoader {

  @PersistenceContext(unitName = "mqttee")
  private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public StoreSnapshot load() {
    StoreRepositories r = StoreRepositories.of(em);
    return SnapshotAssembler.assemble(
        r.sessions().findAll(),
        r.subscriptions().findAll(),
        r.messages().findAll(),
        r.pendingReleases().findAll(),
        r.retained().findAll());
  }
}
