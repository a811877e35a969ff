// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;

/**
 * Connections to databases that are not there, which only tell their metadata: for the vendors the
 * unit tests have no server of. Any other call fails the test.
 */
public final class FakeConnections {
  private FakeConnections() {}

  public static Connection to(String productName, String url) {
    DatabaseMetaData meta =
        proxy(
            DatabaseMetaData.class,
            (method) ->
                switch (method) {
                  case "getDatabaseProductName" -> productName;
                  case "getURL" -> url;
                  default -> throw new UnsupportedOperationException(method);
                });
    return proxy(
        Connection.class,
        (method) ->
            switch (method) {
              case "getMetaData" -> meta;
              case "close" -> null;
              default -> throw new UnsupportedOperationException(method);
            });
  }

  public static DataSource dataSourceOf(String productName, String url) {
    return proxy(
        DataSource.class,
        (method) -> {
          if (method.equals("getConnection")) {
            return to(productName, url);
          }
          throw new UnsupportedOperationException(method);
        });
  }

  private interface Answer {
    Object to(String method);
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    return type.cast(
        Proxy.newProxyInstance(
            FakeConnections.class.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> answer.to(method.getName())));
  }
}
