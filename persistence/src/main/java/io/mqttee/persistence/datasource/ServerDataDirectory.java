// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.datasource;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the server keeps its applications' data, for relative H2 paths. WildFly names the directory
 * ({@code standalone/data}); it runs in whatever directory it was started from, which would scatter
 * the database. Payara Server names none and runs in its domain's {@code config/} directory, where
 * relative paths stay. The adapter's development keystore follows the same rule.
 */
final class ServerDataDirectory {
  static final String WILDFLY_PROPERTY = "jboss.server.data.dir";

  private ServerDataDirectory() {}

  static Optional<Path> find() {
    String wildfly = System.getProperty(WILDFLY_PROPERTY);
    return wildfly == null || wildfly.isBlank() ? Optional.empty() : Optional.of(Path.of(wildfly));
  }
}
