// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Runs a bulk JPQL update or delete in a transaction that also merges and persists entities. A bulk
 * statement bypasses the persistence context, so the context is flushed first (keeping call order)
 * and cleared after: a later merge or persist of a row the statement deleted must not meet a stale
 * managed copy.
 */
public final class BulkStatement {

  private BulkStatement() {}

  /** Executes {@code query} and returns the number of rows it touched. */
  public static int execute(EntityManager em, Query query) {
    em.flush();
    int rows = query.executeUpdate();
    em.clear();
    return rows;
  }
}
