// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import java.util.List;

/** The database as the store's writer sees it. */
interface StoreTransaction {

  /**
   * Applies the operations in one transaction, commits, and forces the commit to disk; throws if
   * any of that failed, in which case nothing of it may be relied on.
   */
  void commit(List<StoreOperation> operations);

  /** True when the database answers at all, which tells an outage from an unwritable row. */
  boolean reachable();
}
