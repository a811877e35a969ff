// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence;

import io.mqttee.persistence.schema.SchemaMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The test unit "mqttee-test" on a real H2 database, with a transaction per call. The schema
 * migrations run first, and Hibernate validates the schema they made against the entities.
 */
public final class H2Database implements AutoCloseable {
  private final EntityManagerFactory emf;

  private H2Database(String url) {
    SchemaMigrations.migrate(dataSource(url));
    emf =
        Persistence.createEntityManagerFactory(
            "mqttee-test", Map.of("jakarta.persistence.jdbc.url", url));
  }

  /** A fresh in-memory database that lives until {@link #close}. */
  public static H2Database inMemory() {
    return on(memoryUrl());
  }

  /** The file database at {@code pathWithoutSuffix}, created when missing. */
  public static H2Database onFile(String pathWithoutSuffix) {
    return on("jdbc:h2:file:" + pathWithoutSuffix);
  }

  /** The database at {@code url}, migrated. */
  public static H2Database on(String url) {
    return new H2Database(url);
  }

  /** The URL of a fresh in-memory database that lives until the JVM ends. */
  public static String memoryUrl() {
    return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  /** H2's own datasource for {@code url}, as user sa (the admin of databases it creates). */
  public static JdbcDataSource dataSource(String url) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    ds.setPassword("");
    return ds;
  }

  public void inTransaction(Consumer<EntityManager> work) {
    call(
        em -> {
          work.accept(em);
          return null;
        });
  }

  public <T> T call(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    EntityTransaction tx = em.getTransaction();
    try {
      tx.begin();
      T result = work.apply(em);
      tx.commit();
      return result;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.close();
    }
  }

  @Override
  public void close() {
    emf.close();
  }
}
