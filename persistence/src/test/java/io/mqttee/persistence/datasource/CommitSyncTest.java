// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.datasource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.persistence.FakeConnections;
import io.mqttee.persistence.H2Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class CommitSyncTest {

  @Test
  void syncsAnH2FileDatabase(@TempDir Path dir) throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("sync") + ";WRITE_DELAY=0";
    try (Connection c = H2Database.dataSource(url).getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("create table t (id int primary key)");
        s.execute("insert into t values (1)");
      }
      assertTrue(CommitSync.isNeeded(c));
      CommitSync.afterCommit(c);
    }
  }

  @Test
  void needsNoSyncForAnH2InMemoryDatabase() throws SQLException {
    try (Connection c = H2Database.dataSource(H2Database.memoryUrl()).getConnection()) {
      assertFalse(CommitSync.isNeeded(c));
      CommitSync.afterCommit(c);
    }
  }

  @Test
  void leavesPostgresqlAlone() throws SQLException {
    // the fake connection fails any statement
    Connection postgresql = FakeConnections.to("PostgreSQL", "jdbc:postgresql://localhost/m");

    assertFalse(CommitSync.isNeeded(postgresql));
    CommitSync.afterCommit(postgresql);
  }

  @Test
  void refusesAnUnsupportedDatabase() {
    Connection db2 = FakeConnections.to("Db2", "jdbc:db2://localhost/m");

    assertThrows(SQLException.class, () -> CommitSync.afterCommit(db2));
  }
}
