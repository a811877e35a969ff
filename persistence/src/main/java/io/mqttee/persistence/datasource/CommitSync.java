// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.datasource;

import io.mqttee.persistence.DatabaseVendor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Forces committed transactions to the disk where the commit itself does not.
 *
 * <p>H2 (with {@code WRITE_DELAY=0}) writes a commit to its file before the commit returns, but
 * leaves it in the operating system's cache: {@code CHECKPOINT SYNC} makes it call {@code
 * FileChannel.force}. It needs admin rights. PostgreSQL's commit already waited for its write-ahead
 * log to be flushed (with the default {@code synchronous_commit=on}), so nothing is done there.
 */
public final class CommitSync {
  private static final String H2_SYNC = "CHECKPOINT SYNC";

  private CommitSync() {}

  /** True if {@link #afterCommit} has anything to do on the database {@code connection} is to. */
  public static boolean isNeeded(Connection connection) throws SQLException {
    return DatabaseVendor.of(connection) == DatabaseVendor.H2
        && !H2Url.isInMemory(connection.getMetaData().getURL());
  }

  /**
   * Makes every transaction committed so far durable; call it on any connection to the database
   * after the commit returned, outside a transaction of its own.
   */
  public static void afterCommit(Connection connection) throws SQLException {
    if (isNeeded(connection)) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(H2_SYNC);
      }
    }
  }
}
