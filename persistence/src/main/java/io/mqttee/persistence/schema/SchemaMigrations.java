// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.schema;

import io.mqttee.persistence.DatabaseVendor;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the versioned SQL migrations under {@code
 * db/migration/<vendor>/}, before anything reads or writes the store.
 *
 * <p>Databases that {@code hibernate.hbm2ddl.auto=update} created before there were migrations have
 * no history table: they hold exactly what V1 creates, so they are adopted as version 1 and only
 * later versions run on them.
 */
public final class SchemaMigrations {

  /**
   * Flyway's history table. Named for MQTTee so that it cannot mix with the history of another
   * application migrated by Flyway in the same PostgreSQL schema.
   */
  public static final String HISTORY_TABLE = "mqttee_schema_history";

  static final String MIGRATIONS_ROOT = "db/migration";

  /** A table V1 creates; finding it without a history table means hbm2ddl created the schema. */
  private static final String V1_TABLE = "mqttee_session";

  private static final Logger LOG = System.getLogger(SchemaMigrations.class.getName());

  private SchemaMigrations() {}

  /**
   * Applies the migrations the database lacks and returns their versions in the order applied
   * (empty when it was up to date).
   *
   * @throws SchemaMigrationException if the database is not supported or a migration failed; a
   *     failed migration is rolled back where the database can roll back DDL (PostgreSQL, not H2)
   */
  public static List<String> migrate(DataSource dataSource) {
    try {
      DatabaseVendor vendor;
      boolean createdByHbm2ddl;
      try (Connection connection = dataSource.getConnection()) {
        vendor = DatabaseVendor.of(connection);
        createdByHbm2ddl = tableExists(connection, V1_TABLE);
      }
      MigrateResult result = flyway(dataSource, vendor, createdByHbm2ddl).migrate();
      List<String> applied = result.migrations.stream().map(m -> m.version).toList();
      log(result, applied);
      return applied;
    } catch (SQLException | FlywayException e) {
      throw new SchemaMigrationException(
          "cannot migrate the database schema: " + e.getMessage(), e);
    }
  }

  private static Flyway flyway(
      DataSource dataSource, DatabaseVendor vendor, boolean createdByHbm2ddl) {
    ClassLoader loader = SchemaMigrations.class.getClassLoader();
    String folder = MIGRATIONS_ROOT + "/" + vendor.folderName();
    ClassProvider<JavaMigration> noJavaMigrations = List::of;
    return Flyway.configure(loader)
        .dataSource(dataSource)
        .table(HISTORY_TABLE)
        // both set: Flyway then builds no class path scanner at all
        .resourceProvider(IndexedMigrationScripts.load(loader, folder))
        .javaMigrationClassProvider(noJavaMigrations)
        .validateMigrationNaming(true)
        .placeholderReplacement(false)
        // Baselining only happens on a schema that has tables but no history table. Version 0
        // covers a PostgreSQL schema shared with other tables but none of MQTTee's: all run.
        .baselineOnMigrate(true)
        .baselineVersion(createdByHbm2ddl ? "1" : "0")
        .baselineDescription(
            createdByHbm2ddl ? "schema created by hibernate.hbm2ddl.auto" : "schema of others")
        .load();
  }

  private static boolean tableExists(Connection connection, String name) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String stored =
        meta.storesUpperCaseIdentifiers()
            ? name.toUpperCase(Locale.ROOT)
            : meta.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
    // the name is a LIKE pattern, where "_" would match any character
    String pattern = stored.replace("_", meta.getSearchStringEscape() + "_");
    try (ResultSet tables =
        meta.getTables(connection.getCatalog(), connection.getSchema(), pattern, null)) {
      return tables.next();
    }
  }

  private static void log(MigrateResult result, List<String> applied) {
    if (applied.isEmpty()) {
      LOG.log(
          Level.INFO,
          "database schema is up to date at version {0} ({1})",
          result.targetSchemaVersion != null
              ? result.targetSchemaVersion
              : result.initialSchemaVersion,
          result.database);
      return;
    }
    LOG.log(
        Level.INFO,
        "database schema migrated from version {0} to {1} ({2}): {3}",
        result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion,
        result.targetSchemaVersion,
        result.database,
        String.join(", ", result.migrations.stream().map(SchemaMigrations::describe).toList()));
  }

  private static String describe(MigrateOutput migration) {
    return "V" + migration.version + " " + migration.description;
  }
}
