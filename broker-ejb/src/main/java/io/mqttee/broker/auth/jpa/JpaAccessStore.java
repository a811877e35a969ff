// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth.jpa;

import io.mqttee.broker.admin.AclRuleView;
import io.mqttee.broker.admin.BanView;
import io.mqttee.broker.auth.AccessSnapshot;
import io.mqttee.broker.auth.AccessStore;
import io.mqttee.broker.auth.StoredUser;
import io.mqttee.persistence.access.AclRuleRepository;
import io.mqttee.persistence.access.BanRepository;
import io.mqttee.persistence.access.MqttUserRepository;
import io.mqttee.persistence.access.SettingRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The access store in the database of the persistence unit {@code mqttee}. Each call commits on its
 * own, synchronously: these are rare administrator's changes, not packets, so they do not go
 * through the message store's write-behind log.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JpaAccessStore implements AccessStore {

  @PersistenceContext(unitName = "mqttee")
  private EntityManager em;

  public JpaAccessStore() {}

  /** Outside a container: the caller runs each call in a transaction of {@code entityManager}. */
  JpaAccessStore(EntityManager entityManager) {
    this.em = entityManager;
  }

  @Override
  public AccessSnapshot load() {
    return new AccessSnapshot(
        new MqttUserRepository(em).findAll().stream().map(AccessRows::user).toList(),
        new AclRuleRepository(em).findAll().stream().map(AccessRows::rule).toList(),
        new BanRepository(em).findAll().stream().map(AccessRows::ban).toList(),
        new SettingRepository(em).findAll());
  }

  @Override
  public void saveUser(StoredUser user) {
    new MqttUserRepository(em).save(AccessRows.row(user));
    em.flush();
  }

  @Override
  public void deleteUser(String username) {
    new MqttUserRepository(em).delete(username);
  }

  @Override
  public void saveRules(List<AclRuleView> rules) {
    new AclRuleRepository(em).replaceAll(rules.stream().map(AccessRows::row).toList());
    em.flush();
  }

  @Override
  public void saveSetting(String name, String value) {
    new SettingRepository(em).save(name, value);
    em.flush();
  }

  @Override
  public void saveBan(BanView ban) {
    new BanRepository(em).save(AccessRows.row(ban));
    em.flush();
  }

  @Override
  public void deleteBan(BanView.Kind kind, String value) {
    new BanRepository(em).delete(AccessRows.word(kind), value);
  }

  @Override
  public void deleteExpiredBans(long nowMillis) {
    new BanRepository(em).deleteExpired(nowMillis);
  }
}
