// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.AclRuleDraft;
import io.mqttee.broker.admin.AclRuleDraft.Action;
import io.mqttee.broker.admin.AclRuleDraft.Permission;
import io.mqttee.broker.admin.AclRuleDraft.Who;
import io.mqttee.broker.admin.AclRuleView;
import io.mqttee.broker.admin.BanDraft;
import io.mqttee.broker.admin.BanView;
import io.mqttee.broker.admin.BanView.Kind;
import io.mqttee.broker.admin.PageRequest;
import io.mqttee.broker.auth.AccessControl;
import io.mqttee.broker.auth.AccessSnapshot;
import io.mqttee.broker.auth.AccessStore;
import io.mqttee.broker.auth.StoredUser;
import io.mqttee.broker.config.BrokerConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The access store on H2, each call in its own transaction as the container runs it. */
@Tag("unit")
class JpaAccessStoreTest {
  private final EntityManagerFactory emf =
      Persistence.createEntityManagerFactory(
          "mqttee-store-test",
          Map.of(
              "jakarta.persistence.jdbc.url",
              "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
  private final AccessStore store =
      (AccessStore)
          Proxy.newProxyInstance(
              AccessStore.class.getClassLoader(),
              new Class<?>[] {AccessStore.class},
              (InvocationHandler) (proxy, method, args) -> inTransaction(method, args));

  @AfterEach
  void close() {
    emf.close();
  }

  private Object inTransaction(Method method, Object[] args) throws Throwable {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      Object result = method.invoke(new JpaAccessStore(em), args);
      em.getTransaction().commit();
      return result;
    } catch (InvocationTargetException e) {
      throw e.getCause();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Test
  void keepsWhatItIsGiven() {
    StoredUser user = new StoredUser("u", "PBKDF2WithHmacSHA256:1:AA==:AA==", true, 5);
    AclRuleView rule =
        new AclRuleView(
            3,
            1,
            new AclRuleDraft(Permission.DENY, Action.SUBSCRIBE, "a/%c", Who.IPADDRESS, "::1"));
    BanView ban = new BanView(Kind.USERNAME, "x", "spam", 10, 0);
    store.saveUser(user);
    store.saveRules(List.of(rule));
    store.saveBan(ban);
    store.saveSetting("acl_default", "deny");

    AccessSnapshot loaded = store.load();
    assertEquals(List.of(user), loaded.users());
    assertEquals(List.of(rule), loaded.rules());
    assertEquals(List.of(ban), loaded.bans());
    assertEquals(Map.of("acl_default", "deny"), loaded.settings());

    store.deleteUser("u");
    store.deleteBan(Kind.USERNAME, "x");
    store.saveRules(List.of());
    AccessSnapshot emptied = store.load();
    assertTrue(emptied.users().isEmpty() && emptied.bans().isEmpty() && emptied.rules().isEmpty());
  }

  @Test
  void deletesOnlyBansThatAreOver() {
    store.saveBan(new BanView(Kind.CLIENTID, "over", null, 1, 100));
    store.saveBan(new BanView(Kind.CLIENTID, "later", null, 1, 200));
    store.saveBan(new BanView(Kind.CLIENTID, "never", null, 1, 0));

    store.deleteExpiredBans(100);

    assertEquals(
        List.of("later", "never"),
        store.load().bans().stream().map(BanView::value).sorted().toList());
  }

  @Test
  void accessControlFindsItsChangesAfterARestart() {
    AccessControl first = new AccessControl(store, () -> 1_000);
    first.start(new BrokerConfig());
    first.createUser("alice", "pw".toCharArray(), false);
    first.addAclRule(new AclRuleDraft(Permission.DENY, Action.ALL, "x/#", Who.ALL, null), null);
    first.addAclRule(new AclRuleDraft(Permission.ALLOW, Action.ALL, "x/y", Who.ALL, null), 1);
    first.ban(new BanDraft(Kind.IPADDRESS, "10.0.0.1", "test", 0));
    first.setAllowAnonymous(false);

    AccessControl restarted = new AccessControl(store, () -> 2_000);
    restarted.start(new BrokerConfig());

    assertTrue(restarted.user("alice").isPresent());
    assertEquals(
        List.of("x/y", "x/#"),
        restarted.aclRules().stream().map(r -> r.rule().topicFilter()).toList());
    assertEquals(1, restarted.bans(PageRequest.first(10)).total());
    assertFalse(restarted.allowAnonymous());
  }
}
