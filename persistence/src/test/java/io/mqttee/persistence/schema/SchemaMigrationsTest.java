// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mqttee.persistence.FakeConnections;
import io.mqttee.persistence.H2Database;
import io.mqttee.persistence.message.PendingRelease;
import io.mqttee.persistence.message.PendingReleaseRepository;
import io.mqttee.persistence.session.PersistentSession;
import io.mqttee.persistence.session.PersistentSessionRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SchemaMigrationsTest {
  private final String url = H2Database.memoryUrl();
  private final DataSource dataSource = H2Database.dataSource(url);

  /** The versions the history table records, as "version type", in order. */
  private List<String> history() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select \"version\", \"type\", \"success\" from \""
                    + SchemaMigrations.HISTORY_TABLE
                    + "\" where \"version\" is not null order by \"installed_rank\"")) {
      while (rs.next()) {
        rows.add(rs.getString(1) + " " + rs.getString(2) + (rs.getBoolean(3) ? "" : " failed"));
      }
    }
    return rows;
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** Creates the schema as MQTTee 0.1 did, by hbm2ddl, with one session stored. */
  private void createAsHbm2ddlDid() {
    EntityManagerFactory emf =
        Persistence.createEntityManagerFactory(
            "mqttee-hbm2ddl-0.1", Map.of("jakarta.persistence.jdbc.url", url));
    try {
      EntityManager em = emf.createEntityManager();
      em.getTransaction().begin();
      em.persist(new PersistentSession("kept", 5, 60, 0));
      em.getTransaction().commit();
      em.close();
    } finally {
      emf.close();
    }
  }

  @Test
  void createsAFreshDatabaseAndThenHasNothingToDo() throws SQLException {
    assertEquals(List.of("1", "2", "3", "4", "5"), SchemaMigrations.migrate(dataSource));
    assertEquals(List.of(), SchemaMigrations.migrate(dataSource));

    assertEquals(List.of("1 SQL", "2 SQL", "3 SQL", "4 SQL", "5 SQL"), history());
  }

  @Test
  void adoptsADatabaseHbm2ddlCreatedAsVersion1() throws SQLException {
    createAsHbm2ddlDid();

    assertEquals(List.of("2", "3", "4", "5"), SchemaMigrations.migrate(dataSource));

    assertEquals(List.of("1 BASELINE", "2 SQL", "3 SQL", "4 SQL", "5 SQL"), history());
    try (H2Database db = H2Database.on(url)) {
      List<PersistentSession> sessions =
          db.call(em -> new PersistentSessionRepository(em).findAll());
      assertEquals("kept", sessions.get(0).getClientId());
      db.inTransaction(em -> new PendingReleaseRepository(em).insert(new PendingRelease("c", 1)));
      assertEquals(1, db.call(em -> new PendingReleaseRepository(em).findAll()).size());
    }
  }

  @Test
  void runsEveryMigrationOnASchemaThatHoldsOnlyOtherTables() throws SQLException {
    execute("create table not_ours (id int primary key)");

    assertEquals(List.of("1", "2", "3", "4", "5"), SchemaMigrations.migrate(dataSource));

    assertEquals(List.of("0 BASELINE", "1 SQL", "2 SQL", "3 SQL", "4 SQL", "5 SQL"), history());
  }

  @Test
  void createsWhatHbm2ddlCreatesForTheEntities() throws SQLException {
    SchemaMigrations.migrate(dataSource);
    String hbm2ddlUrl = H2Database.memoryUrl();
    Persistence.createEntityManagerFactory(
            "mqttee-test",
            Map.of("jakarta.persistence.jdbc.url", hbm2ddlUrl, "hibernate.hbm2ddl.auto", "update"))
        .close();

    List<String> migrated = SchemaDescription.of(dataSource);
    assertFalse(migrated.isEmpty());
    assertEquals(SchemaDescription.of(H2Database.dataSource(hbm2ddlUrl)), migrated);
  }

  @Test
  void failsOnADatabaseItDoesNotSupport() {
    DataSource unknown = FakeConnections.dataSourceOf("Db2", "jdbc:db2://localhost/mqttee");

    SchemaMigrationException e =
        assertThrows(SchemaMigrationException.class, () -> SchemaMigrations.migrate(unknown));
    assertEquals(
        "cannot migrate the database schema: unsupported database Db2:"
            + " MQTTee stores its state in H2 or PostgreSQL",
        e.getMessage());
  }
}
