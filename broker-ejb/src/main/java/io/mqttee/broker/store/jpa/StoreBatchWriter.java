// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import io.mqttee.persistence.datasource.ConfiguredDataSource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;

/**
 * Commits one batch of store operations in one JTA transaction.
 *
 * <p>The datasource of the persistence unit {@code mqttee} is defined here, pooled by the server.
 * {@link ConfiguredDataSource} connects to the database that the JVM system properties {@code
 * mqttee.db.url}, {@code mqttee.db.user} and {@code mqttee.db.password} name (PostgreSQL in
 * production), and by default to the embedded H2 file database below. Its relative path resolves
 * against the server's data directory: on Payara Server its working directory, {@code
 * domains/domain1/config/}, on WildFly {@code jboss.server.data.dir} ({@code standalone/data/}).
 * The URL carries no {@code ;NAME=value} settings, which WildFly would take for properties of the
 * datasource class; {@link ConfiguredDataSource} adds the ones the store needs.
 */
@DataSourceDefinition(
    name = StoreBatchWriter.DATASOURCE,
    className = "io.mqttee.persistence.datasource.ConfiguredDataSource",
    url = "jdbc:h2:file:./mqttee-data/mqttee",
    user = "sa",
    password = "",
    minPoolSize = 2,
    maxPoolSize = 16,
    transactional = true)
@Stateless
public class StoreBatchWriter {

  /** The JNDI name the persistence unit's {@code jta-data-source} refers to. */
  public static final String DATASOURCE = "java:app/jdbc/mqttee";

  @PersistenceContext(unitName = "mqttee")
  private EntityManager em;

  /** Applies the operations in order; throws {@link StoreWriteFailed} if they cannot be. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void apply(List<StoreOperation> operations) {
    try {
      StoreRepositories repositories = StoreRepositories.of(em);
      for (StoreOperation op : operations) {
        op.applyTo(repositories);
      }
      // constraint violations surface here, not at commit where they would be system exceptions
      em.flush();
    } catch (PersistenceException e) {
      throw new StoreWriteFailed("store batch of " + operations.size() + " operations failed", e);
    }
  }
}
