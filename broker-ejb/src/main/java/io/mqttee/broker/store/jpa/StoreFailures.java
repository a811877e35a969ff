// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import java.sql.SQLException;

/**
 * Tells a write the database refuses for its data (SQLState class 22, data exception, or 23,
 * integrity constraint violation: the same write fails every time) from a database that cannot
 * write at all (no connection, disk full, read-only, out of resources), which passes.
 */
final class StoreFailures {

  private StoreFailures() {}

  static boolean isRowError(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        return state.startsWith("22") || state.startsWith("23");
      }
    }
    return false;
  }
}
