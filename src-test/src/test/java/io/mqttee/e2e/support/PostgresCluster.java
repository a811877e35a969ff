// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The throwaway PostgreSQL cluster the build starts for the end-to-end tests
 * (src/test/postgres/start.sh, on 127.0.0.1 and a free port): its coordinates, and stopping and
 * starting it under the running broker.
 */
public final class PostgresCluster {

  private static final Duration TIMEOUT = Duration.ofMinutes(3);
  private static final List<String> BROKER_TABLES =
      List.of(
          "mqttee_session",
          "mqttee_subscription",
          "mqttee_queued_message",
          "mqttee_retained_message",
          "mqttee_pending_release");

  private PostgresCluster() {}

  /** The JDBC URL the broker is given ({@code jdbc:postgresql://127.0.0.1:PORT/mqttee}). */
  public static String url() {
    return setting("url");
  }

  /**
   * A new, empty database on the cluster, owned by the tests' user, replacing one of the same name;
   * returns its JDBC URL.
   */
  public static String freshDatabase(String name) throws IOException, InterruptedException {
    sql("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
    sql("CREATE DATABASE \"" + name + "\"");
    return url().substring(0, url().lastIndexOf('/') + 1) + name;
  }

  public static String user() {
    return setting("user");
  }

  public static String password() {
    return setting("password");
  }

  /**
   * Stops the cluster the way a crash would ({@code pg_ctl stop -m immediate}: no checkpoint, open
   * connections cut); it recovers from its write-ahead log at {@link #start}.
   */
  public static void crash() throws IOException, InterruptedException {
    script("stop.sh", setting("dir"), "immediate");
  }

  /** Starts the cluster again with its data; returns once it accepts connections. */
  public static void start() throws IOException, InterruptedException {
    script("resume.sh", setting("dir"));
  }

  /**
   * Makes every write to the broker's tables fail as on a full disk: a trigger raises SQLSTATE
   * 53100 {@code disk_full}, the error PostgreSQL gives when it cannot extend a file, while the
   * server still answers. {@link #diskFreed} removes it.
   */
  public static void diskFull() throws IOException, InterruptedException {
    StringBuilder sql =
        new StringBuilder(
            "CREATE OR REPLACE FUNCTION mqttee_test_disk_full() RETURNS trigger AS $$ BEGIN"
                + " RAISE EXCEPTION 'could not extend file: No space left on device'"
                + " USING ERRCODE = 'disk_full'; END $$ LANGUAGE plpgsql;");
    for (String table : BROKER_TABLES) {
      sql.append(" CREATE TRIGGER mqttee_test_disk_full BEFORE INSERT OR UPDATE OR DELETE ON ")
          .append(table)
          .append(" FOR EACH STATEMENT EXECUTE FUNCTION mqttee_test_disk_full();");
    }
    sql(sql.toString());
  }

  /** Ends {@link #diskFull}. */
  public static void diskFreed() throws IOException, InterruptedException {
    sql("DROP FUNCTION IF EXISTS mqttee_test_disk_full() CASCADE");
  }

  /**
   * The number of tables in the broker's database outside PostgreSQL's own schemas: more than none
   * once the broker has created its schema there, which shows it runs on this cluster.
   */
  public static int brokerTables() throws IOException, InterruptedException {
    String count =
        sql(
            "SELECT count(*) FROM information_schema.tables"
                + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')");
    return Integer.parseInt(count.trim());
  }

  private static String sql(String statements) throws IOException, InterruptedException {
    return script("psql.sh", setting("port"), setting("database"), user(), password(), statements);
  }

  private static String script(String name, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add(Path.of(setting("scripts"), name).toString());
    command.addAll(List.of(args));
    return Commands.run(command, TIMEOUT);
  }

  private static String setting(String name) {
    String property = "mqttee.test.postgres." + name;
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(property + " is not set; run the tests with mvn verify");
    }
    return value;
  }
}
