// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.admin;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@link ApiKey}s in the caller's transaction. */
public class ApiKeyRepository {
  private final EntityManager em;

  public ApiKeyRepository(EntityManager em) {
    this.em = em;
  }

  /** Every key, oldest first. */
  public List<ApiKey> findAll() {
    return em.createQuery(
            "select k from ApiKey k order by k.createdAtMillis, k.keyId", ApiKey.class)
        .getResultList();
  }

  public Optional<ApiKey> find(String keyId) {
    return Optional.ofNullable(em.find(ApiKey.class, keyId));
  }

  public void insert(ApiKey key) {
    em.persist(key);
  }

  public boolean delete(String keyId) {
    ApiKey key = em.find(ApiKey.class, keyId);
    if (key == null) {
      return false;
    }
    em.remove(key);
    return true;
  }
}
