// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.persistence.H2Database;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class AccessRepositoriesTest {
  private final H2Database db = H2Database.inMemory();

  @AfterEach
  void close() {
    db.close();
  }

  private List<MqttUser> users() {
    return db.call(em -> new MqttUserRepository(em).findAll());
  }

  @Test
  void replacesTheUserOfTheSameNameAndDeletesIt() {
    db.inTransaction(em -> new MqttUserRepository(em).save(new MqttUser("u", "h1", false, 5)));
    db.inTransaction(em -> new MqttUserRepository(em).save(new MqttUser("u", "h2", true, 5)));

    assertEquals(1, users().size());
    assertEquals("h2", users().get(0).getPasswordHash());
    assertTrue(users().get(0).isSuperuser());
    assertEquals(5, users().get(0).getCreatedAtMillis());

    assertTrue(db.<Boolean>call(em -> new MqttUserRepository(em).delete("u")));
    assertFalse(db.<Boolean>call(em -> new MqttUserRepository(em).delete("u")));
    assertEquals(List.of(), users());
  }

  @Test
  void rulesComeBackInPositionOrderAndAreReplacedAsAWhole() {
    db.inTransaction(
        em ->
            new AclRuleRepository(em)
                .replaceAll(
                    List.of(
                        new AclRule(7, 2, "deny", "all", "#", "all", null),
                        new AclRule(3, 1, "allow", "publish", "a/%c", "username", "gw"))));
    List<AclRule> rules = db.call(em -> new AclRuleRepository(em).findAll());
    assertEquals(List.of(3L, 7L), rules.stream().map(AclRule::getId).toList());
    assertEquals("gw", rules.get(0).getWhoValue());
    assertNull(rules.get(1).getWhoValue());

    db.inTransaction(
        em ->
            new AclRuleRepository(em)
                .replaceAll(List.of(new AclRule(7, 1, "deny", "subscribe", "x", "all", null))));
    rules = db.call(em -> new AclRuleRepository(em).findAll());
    assertEquals(1, rules.size());
    assertEquals("subscribe", rules.get(0).getAction());
  }

  @Test
  void bansAreKeyedByKindAndValueAndExpiredOnesArePurged() {
    db.inTransaction(
        em -> {
          BanRepository repo = new BanRepository(em);
          repo.save(new Ban("clientid", "x", "spam", 10, 0));
          repo.save(new Ban("username", "x", null, 20, 100));
          repo.save(new Ban("ipaddress", "10.0.0.1", null, 30, 1000));
        });

    List<Ban> bans = db.call(em -> new BanRepository(em).findAll());
    assertEquals(
        List.of("ipaddress", "username", "clientid"), bans.stream().map(Ban::getKind).toList());

    assertEquals(1, db.<Integer>call(em -> new BanRepository(em).deleteExpired(100)));
    assertTrue(db.<Boolean>call(em -> new BanRepository(em).delete("clientid", "x")));
    assertFalse(db.<Boolean>call(em -> new BanRepository(em).delete("clientid", "x")));
    bans = db.call(em -> new BanRepository(em).findAll());
    assertEquals(List.of("10.0.0.1"), bans.stream().map(Ban::getValue).toList());
  }

  @Test
  void aSettingKeepsItsLastValue() {
    db.inTransaction(em -> new SettingRepository(em).save("allow_anonymous", "true"));
    db.inTransaction(em -> new SettingRepository(em).save("allow_anonymous", "false"));
    db.inTransaction(em -> new SettingRepository(em).save("acl_default", "deny"));

    assertEquals(
        Map.of("allow_anonymous", "false", "acl_default", "deny"),
        db.call(em -> new SettingRepository(em).findAll()));
  }
}
