// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.admin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@link AdminUser}s in the caller's transaction. */
public class AdminUserRepository {
  private final EntityManager em;

  public AdminUserRepository(EntityManager em) {
    this.em = em;
  }

  public List<AdminUser> findAll() {
    return em.createQuery("select a from AdminUser a order by a.username", AdminUser.class)
        .getResultList();
  }

  public Optional<AdminUser> find(String username) {
    return Optional.ofNullable(em.find(AdminUser.class, username));
  }

  /** The account, locked until the transaction ends (for changes that read it first). */
  public Optional<AdminUser> findForUpdate(String username) {
    return Optional.ofNullable(em.find(AdminUser.class, username, LockModeType.PESSIMISTIC_WRITE));
  }

  public long count() {
    return em.createQuery("select count(a) from AdminUser a", Long.class).getSingleResult();
  }

  public void insert(AdminUser user) {
    em.persist(user);
  }

  public void delete(AdminUser user) {
    em.remove(user);
  }
}
