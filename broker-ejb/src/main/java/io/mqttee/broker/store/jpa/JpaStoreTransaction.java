// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import io.mqttee.persistence.datasource.CommitSync;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * A batch in one JTA transaction of {@link StoreBatchWriter}, then the database's own way of
 * forcing that commit to disk: H2 syncs its file on request, PostgreSQL's commit already waited for
 * its write-ahead log to be flushed.
 */
final class JpaStoreTransaction implements StoreTransaction {
  private static final int VALIDATION_SECONDS = 2;

  private final StoreBatchWriter batchWriter;
  private final DataSource dataSource;

  JpaStoreTransaction(StoreBatchWriter batchWriter, DataSource dataSource) {
    this.batchWriter = batchWriter;
    this.dataSource = dataSource;
  }

  @Override
  public void commit(List<StoreOperation> operations) {
    batchWriter.apply(operations);
    try (Connection connection = dataSource.getConnection()) {
      CommitSync.afterCommit(connection);
    } catch (SQLException e) {
      throw new StoreWriteFailed("the commit was not forced to disk", e);
    }
  }

  @Override
  public boolean reachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALIDATION_SECONDS);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
