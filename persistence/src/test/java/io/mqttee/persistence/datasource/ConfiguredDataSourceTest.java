// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

@Tag("unit")
class ConfiguredDataSourceTest {
  private Path dir;

  @BeforeEach
  void createDirectory() throws IOException {
    Files.createDirectories(Path.of("target"));
    dir = Files.createTempDirectory(Path.of("target"), "configured-datasource-");
  }

  @AfterEach
  void clearPropertiesAndFiles() throws IOException {
    System.clearProperty(ConfiguredDataSource.URL_PROPERTY);
    System.clearProperty(ConfiguredDataSource.USER_PROPERTY);
    System.clearProperty(ConfiguredDataSource.PASSWORD_PROPERTY);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Set up as a server sets up the datasource of a {@code @DataSourceDefinition}. */
  private static ConfiguredDataSource defined(String url, String user, String password) {
    ConfiguredDataSource ds = new ConfiguredDataSource();
    ds.setURL(url);
    ds.setUser(user);
    ds.setPassword(password);
    return ds;
  }

  private String fileUrl(String name) {
    return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  private static String writeDelay(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select setting_value from information_schema.settings"
                    + " where setting_name = 'WRITE_DELAY'")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void connectsToTheDefinedH2FileWithCommitsWrittenAtOnce() throws SQLException {
    ConfiguredDataSource ds = defined(fileUrl("defined"), "sa", "");

    try (Connection c = ds.getConnection()) {
      assertEquals("0", writeDelay(c));
      assertTrue(c.getMetaData().getURL().contains("defined"));
    }
    assertTrue(Files.exists(dir.resolve("defined.mv.db")));
    assertEquals(fileUrl("defined") + ";WRITE_DELAY=0", ds.resolvedUrl());
    assertTrue(ds.needsSyncAfterCommit());
  }

  @Test
  void keepsAWriteDelayTheUrlSets() throws SQLException {
    ConfiguredDataSource ds = defined(fileUrl("delayed") + ";write_delay=100", "sa", "");

    try (Connection c = ds.getConnection()) {
      assertEquals("100", writeDelay(c));
    }
    assertEquals(fileUrl("delayed") + ";write_delay=100", ds.resolvedUrl());
  }

  @Test
  void connectsToTheDatabaseTheSystemPropertiesName() throws SQLException {
    System.setProperty(ConfiguredDataSource.URL_PROPERTY, fileUrl("configured"));
    System.setProperty(ConfiguredDataSource.USER_PROPERTY, "mqttee");
    System.setProperty(ConfiguredDataSource.PASSWORD_PROPERTY, "secret");
    ConfiguredDataSource ds = defined(fileUrl("defined"), "sa", "");

    try (Connection c = ds.getConnection()) {
      assertEquals("0", writeDelay(c));
      assertEquals("MQTTEE", c.getMetaData().getUserName());
    }
    // the server passes the defined user and password; the properties still win
    try (Connection c = ds.getConnection("sa", "")) {
      assertEquals("MQTTEE", c.getMetaData().getUserName());
    }
    assertTrue(Files.exists(dir.resolve("configured.mv.db")));
    assertFalse(Files.exists(dir.resolve("defined.mv.db")));

    // H2 made the first user of the new database its admin, with that password
    JdbcDataSource direct = new JdbcDataSource();
    direct.setURL(fileUrl("configured"));
    direct.setUser("mqttee");
    direct.setPassword("secret");
    try (Connection c = direct.getConnection()) {
      assertTrue(c.isValid(1));
    }
  }

  @Test
  void usesPostgresqlsDataSourceForAPostgresqlUrl() throws SQLException {
    System.setProperty(
        ConfiguredDataSource.URL_PROPERTY, "jdbc:postgresql://db.example:5433/mqttee");
    ConfiguredDataSource ds = defined(fileUrl("defined"), "mqttee", "secret");

    PGSimpleDataSource postgresql = ds.unwrap(PGSimpleDataSource.class);
    assertEquals("db.example", postgresql.getServerNames()[0]);
    assertEquals(5433, postgresql.getPortNumbers()[0]);
    assertEquals("mqttee", postgresql.getDatabaseName());
    assertEquals("mqttee", postgresql.getUser());
    assertFalse(ds.needsSyncAfterCommit());
  }

  @Test
  void refusesAnUnsupportedUrl() {
    ConfiguredDataSource ds = defined("jdbc:mysql://localhost/mqttee?password=x", "u", "p");

    SQLException e = assertThrows(SQLException.class, ds::getConnection);
    assertEquals(
        "unsupported database URL jdbc:mysql://localhost/mqttee?password=***:"
            + " set mqttee.db.url to a jdbc:h2: or jdbc:postgresql: URL",
        e.getMessage());
  }

  @Test
  void leavesAnInMemoryUrlAsItIs() throws SQLException {
    ConfiguredDataSource ds = defined("jdbc:h2:mem:configured-ds;DB_CLOSE_DELAY=0", "sa", "");

    assertEquals("jdbc:h2:mem:configured-ds;DB_CLOSE_DELAY=0", ds.resolvedUrl());
    assertFalse(ds.needsSyncAfterCommit());
    try (Connection c = ds.getConnection()) {
      assertTrue(c.isValid(1));
    }
  }

  @Test
  void passesTheLoginTimeoutOn() throws SQLException {
    ConfiguredDataSource ds = defined(fileUrl("defined"), "sa", "");
    ds.setLoginTimeout(7);

    assertEquals(7, ds.getLoginTimeout());
    assertEquals(7, ds.unwrap(JdbcDataSource.class).getLoginTimeout());
    assertTrue(ds.isWrapperFor(JdbcDataSource.class));
  }
}
