// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The database the broker under test keeps its state in: the embedded H2 default (under the
 * domain's {@code config/mqttee-data}) or the build's {@link PostgresCluster}.
 *
 * <p>The broker reads the JVM system properties {@code mqttee.db.url}, {@code mqttee.db.user} and
 * {@code mqttee.db.password} when its datasource first connects, after each deployment. {@link
 * #select} sets or removes them with {@code asadmin create-system-properties} and {@code
 * delete-system-property} on the server instance: Payara applies such a change to the running JVM
 * at once ({@code System.setProperty}, {@code System.clearProperty}) and keeps it in domain.xml, so
 * the next deployment and every later start of the server use the selected database. Select while
 * the broker is not deployed; a test class that selects PostgreSQL selects H2 again when it is
 * done.
 */
public enum Database {
  H2,
  POSTGRESQL;

  private static final String URL = "mqttee.db.url";
  private static final String USER = "mqttee.db.user";
  private static final String PASSWORD = "mqttee.db.password";

  /** Makes the next deployment of the broker, and restarts of the server, use this database. */
  public void select() throws IOException, InterruptedException {
    if (this == POSTGRESQL) {
      String url = PostgresCluster.url();
      Asadmin.run(
          "create-system-properties",
          "--target",
          "server",
          String.join(
              ":",
              Asadmin.property(URL, url),
              Asadmin.property(USER, PostgresCluster.user()),
              Asadmin.property(PASSWORD, PostgresCluster.password())));
      String set = Asadmin.systemProperties().get(URL);
      if (!url.equals(set)) {
        throw new IllegalStateException("the server's " + URL + " is " + set + ", not " + url);
      }
    } else {
      Map<String, String> present = Asadmin.systemProperties();
      for (String name : List.of(URL, USER, PASSWORD)) {
        if (present.containsKey(name)) {
          Asadmin.run("delete-system-property", "--target", "server", name);
        }
      }
    }
  }
}
