// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** The databases MQTTee stores its state in. */
public enum DatabaseVendor {
  H2("H2", "jdbc:h2:"),
  POSTGRESQL("PostgreSQL", "jdbc:postgresql:");

  private final String productName;
  private final String urlPrefix;

  DatabaseVendor(String productName, String urlPrefix) {
    this.productName = productName;
    this.urlPrefix = urlPrefix;
  }

  /** The vendor of the database {@code connection} is open to, as its metadata names it. */
  public static DatabaseVendor of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    for (DatabaseVendor vendor : values()) {
      if (vendor.productName.equalsIgnoreCase(product)) {
        return vendor;
      }
    }
    throw new SQLException(
        "unsupported database " + product + ": MQTTee stores its state in H2 or PostgreSQL");
  }

  /** The vendor whose JDBC URLs start like {@code jdbcUrl}, if any. */
  public static Optional<DatabaseVendor> ofUrl(String jdbcUrl) {
    for (DatabaseVendor vendor : values()) {
      if (jdbcUrl != null
          && jdbcUrl.regionMatches(true, 0, vendor.urlPrefix, 0, vendor.urlPrefix.length())) {
        return Optional.of(vendor);
      }
    }
    return Optional.empty();
  }

  /** The name of this vendor's folder among resources that differ by database, such as SQL. */
  public String folderName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
