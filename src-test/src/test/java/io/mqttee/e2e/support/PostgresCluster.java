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

  private PostgresCluster() {}

  /** The JDBC URL the broker is given ({@code jdbc:postgresql://127.0.0.1:PORT/mqttee}). */
  public static String url() {
    return setting("url");
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
   * The number of tables in the broker's database outside PostgreSQL's own schemas: more than none
   * once the broker has created its schema there, which shows it runs on this cluster.
   */
  public static int brokerTables() throws IOException, InterruptedException {
    String count =
        script(
            "psql.sh",
            setting("port"),
            setting("database"),
            user(),
            password(),
            "SELECT count(*) FROM information_schema.tables"
                + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')");
    return Integer.parseInt(count.trim());
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
