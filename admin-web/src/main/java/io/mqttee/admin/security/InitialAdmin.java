// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.security;

import io.mqttee.persistence.schema.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;

/**
 * Creates the first administrator when the console starts, so the log says at once how to sign in.
 * Should the database not answer yet, the first sign-in creates it instead.
 */
@ApplicationScoped
public class InitialAdmin {
  private static final Logger LOG = System.getLogger(InitialAdmin.class.getName());

  @Resource(lookup = "java:app/jdbc/mqttee")
  DataSource dataSource;

  @Inject AdminAccounts accounts;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    try {
      // the broker migrates too; whichever module starts first creates the tables
      SchemaMigrations.migrate(dataSource);
      accounts.createInitialIfNone();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "cannot check the administrator accounts yet, the first sign-in will: {0}",
          e.toString());
    }
  }
}
