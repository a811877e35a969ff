// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import io.mqttee.broker.store.StoreSnapshot;
import io.mqttee.broker.store.StoreSnapshot.SessionState;
import io.mqttee.persistence.session.PersistentSession;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads everything stored in one transaction, for start-up; and one session, for a cluster node
 * that takes over the sessions of a node that died.
 */
@Stateless
public class StoreSnapshotLoader {

  @PersistenceContext(unitName = "mqttee")
  private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  /**
   * @param owner in a cluster whose nodes share the database, the node whose sessions to read; null
   *     reads them all
   */
  public StoreSnapshot load(String owner) {
    StoreRepositories r = StoreRepositories.of(em);
    return SnapshotAssembler.assemble(
        owner == null ? r.sessions().findAll() : r.sessions().findOwnedBy(owner),
        r.subscriptions().findAll(),
        r.messages().findAll(),
        r.pendingReleases().findAll(),
        r.retained().findAll());
  }

  /** The session of {@code clientId} as stored, or null when there is none. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public SessionState loadSession(String clientId) {
    StoreRepositories r = StoreRepositories.of(em);
    PersistentSession row = r.sessions().find(clientId);
    if (row == null) {
      return null;
    }
    return SnapshotAssembler.assemble(
            List.of(row),
            r.subscriptions().findByClient(clientId),
            r.messages().findByClient(clientId),
            r.pendingReleases().findByClient(clientId),
            List.of())
        .sessions()
        .get(0);
  }
}
