// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import static io.mqttee.broker.admin.AclRuleDraft.Action.ALL;
import static io.mqttee.broker.admin.AclRuleDraft.Action.PUBLISH;
import static io.mqttee.broker.admin.AclRuleDraft.Permission.ALLOW;
import static io.mqttee.broker.admin.AclRuleDraft.Permission.DENY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.AclRuleDraft;
import io.mqttee.broker.admin.AclRuleDraft.Who;
import io.mqttee.broker.admin.AclRuleView;
import io.mqttee.broker.admin.ConflictException;
import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.MqttUserView;
import io.mqttee.broker.admin.NotFoundException;
import io.mqttee.broker.admin.PageRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class AccessControlTest {
  private static final ClientIdentity CLIENT = new ClientIdentity("c", null, "10.0.0.1");

  private final AtomicLong now = new AtomicLong(1_000);
  private final InMemoryAccessStore store = new InMemoryAccessStore();
  private final StartConfig config = new StartConfig();

  private AccessControl started() {
    AccessControl access = new AccessControl(store, now::get);
    access.start(config);
    return access;
  }

  private static AclRuleDraft rule(AclRuleDraft.Permission permission, String filter) {
    return new AclRuleDraft(permission, ALL, filter, Who.ALL, null);
  }

  private static AuthResult login(AccessControl access, String user, String password) {
    return access
        .gate()
        .passwords()
        .authenticate(user, password.getBytes(StandardCharsets.UTF_8), null);
  }

  @Test
  void usersAreStoredAndCheckedWithoutARestart() {
    AccessControl access = started();
    MqttUserView alice = access.createUser("alice", "pw".toCharArray(), false);

    assertEquals(new MqttUserView("alice", false, 1_000), alice);
    assertTrue(store.users.get("alice").passwordHash().startsWith("PBKDF2WithHmacSHA256:"));
    assertEquals(AuthResult.ALLOWED, login(access, "alice", "pw"));

    access.updateUser("alice", "new".toCharArray(), true);
    assertEquals(AuthResult.BAD_CREDENTIALS, login(access, "alice", "pw"));
    assertEquals(AuthResult.ALLOWED, login(access, "alice", "new"));
    assertTrue(access.user("alice").orElseThrow().superuser());

    access.updateUser("alice", null, false);
    assertEquals(AuthResult.ALLOWED, login(access, "alice", "new"), "the password is kept");

    access.deleteUser("alice");
    assertTrue(access.user("alice").isEmpty());
    assertTrue(store.users.isEmpty());
  }

  @Test
  void refusesBadUserInputWithAReason() {
    AccessControl access = started();
    access.createUser("alice", "pw".toCharArray(), false);

    assertThrows(
        ConflictException.class, () -> access.createUser("alice", "x".toCharArray(), false));
    assertThrows(
        InvalidInputException.class, () -> access.createUser("", "x".toCharArray(), false));
    assertThrows(InvalidInputException.class, () -> access.createUser("b", new char[0], false));
    assertThrows(InvalidInputException.class, () -> access.createUser("b", new char[1025], false));
    assertThrows(NotFoundException.class, () -> access.updateUser("bob", null, true));
    assertThrows(NotFoundException.class, () -> access.deleteUser("bob"));
    assertEquals(1, access.users(PageRequest.first(10)).total());
  }

  @Test
  void aFailedWriteLeavesTheBrokerAsItWas() {
    AccessControl access = started();
    store.failing = true;

    assertThrows(
        IllegalStateException.class, () -> access.createUser("a", "p".toCharArray(), false));
    assertThrows(IllegalStateException.class, () -> access.addAclRule(rule(DENY, "#"), null));
    assertThrows(IllegalStateException.class, () -> access.setAllowAnonymous(false));

    assertTrue(access.user("a").isEmpty());
    assertEquals(List.of(), access.aclRules());
    assertTrue(access.gate().mayPublish(CLIENT, "x"));
    assertTrue(access.allowAnonymous());
  }

  @Test
  void rulesGoWhereTheyAreAskedForAndTakeEffectAtOnce() {
    AccessControl access = started();
    AclRuleView denyAll = access.addAclRule(rule(DENY, "#"), null);
    AclRuleView allowPublic = access.addAclRule(rule(ALLOW, "public/#"), 1);

    assertEquals(
        List.of(allowPublic.id(), denyAll.id()),
        access.aclRules().stream().map(AclRuleView::id).toList());
    assertEquals(List.of(1, 2), access.aclRules().stream().map(AclRuleView::position).toList());
    assertEquals(access.aclRules(), store.rules);
    assertTrue(access.gate().mayPublish(CLIENT, "public/x"));
    assertFalse(access.gate().mayPublish(CLIENT, "private/x"));

    access.updateAclRule(denyAll.id(), rule(ALLOW, "#"));
    assertTrue(access.gate().mayPublish(CLIENT, "private/x"));

    access.deleteAclRule(allowPublic.id());
    assertEquals(List.of(denyAll.id()), store.rules.stream().map(AclRuleView::id).toList());
    assertEquals(1, access.aclRule(denyAll.id()).position());
  }

  @Test
  void refusesBadRulesWithAReason() {
    AccessControl access = started();

    assertThrows(InvalidInputException.class, () -> access.addAclRule(rule(DENY, "a/#/b"), null));
    assertThrows(InvalidInputException.class, () -> access.addAclRule(rule(DENY, ""), null));
    assertThrows(InvalidInputException.class, () -> access.addAclRule(rule(DENY, "a"), 2));
    assertThrows(
        InvalidInputException.class,
        () -> access.addAclRule(new AclRuleDraft(DENY, PUBLISH, "a", Who.USERNAME, null), null));
    assertThrows(
        InvalidInputException.class,
        () -> access.addAclRule(new AclRuleDraft(DENY, PUBLISH, "a", Who.IPADDRESS, "host"), null));
    assertThrows(
        InvalidInputException.class,
        () -> access.addAclRule(new AclRuleDraft(DENY, PUBLISH, "a", Who.ALL, "x"), null));
    assertThrows(NotFoundException.class, () -> access.aclRule(9));
    assertThrows(NotFoundException.class, () -> access.updateAclRule(9, rule(DENY, "a")));
    assertThrows(NotFoundException.class, () -> access.deleteAclRule(9));
    assertEquals(0, store.writes);
  }

  @Test
  void importedRulesGoAfterTheOthersOrReplaceThem() {
    AccessControl access = started();
    access.addAclRule(rule(ALLOW, "first"), null);

    assertEquals(2, access.importAclRules("deny publish a\ndeny subscribe b user u", false));
    assertEquals(
        List.of("first", "a", "b"),
        access.aclRules().stream().map(r -> r.rule().topicFilter()).toList());

    assertEquals(1, access.importAclRules("allow all c", true));
    assertEquals(List.of("c"), store.rules.stream().map(r -> r.rule().topicFilter()).toList());

    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> access.importAclRules("deny all x\noops", true));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertEquals(1, access.aclRules().size(), "nothing is imported");
  }

  @Test
  void theDefaultPolicyAndAnonymousSwitchAreStoredSettings() {
    AccessControl access = started();
    access.setAclAllowsByDefault(false);
    access.setAllowAnonymous(false);

    assertFalse(access.gate().mayPublish(CLIENT, "x"));
    assertEquals(
        AuthResult.NOT_AUTHORIZED, access.gate().passwords().authenticate(null, null, null));
    assertEquals(Map.of("acl_default", "deny", "allow_anonymous", "false"), store.settings);

    AccessControl restarted = started();
    assertFalse(restarted.aclAllowsByDefault());
    assertFalse(restarted.allowAnonymous());
  }

  @Test
  void theStartupSettingsAreDefaultsUntilAnAdministratorChangesThem() {
    config.allowAnonymous = false;
    config.aclAllowsByDefault = false;

    AccessControl access = started();

    assertFalse(access.allowAnonymous());
    assertFalse(access.aclAllowsByDefault());
    assertTrue(store.settings.isEmpty());
  }

  @Test
  void startLoadsWhatIsStoredAndSeedsTheConfiguredUsers() {
    AccessControl first = started();
    first.createUser("kept", "pw".toCharArray(), true);
    first.addAclRule(rule(DENY, "stored"), null);
    config.users = Map.of("seed", "s1", "kept", "reset");

    AccessControl access = started();

    assertEquals(AuthResult.ALLOWED, login(access, "seed", "s1"));
    assertEquals(AuthResult.ALLOWED, login(access, "kept", "reset"));
    assertTrue(access.user("kept").orElseThrow().superuser(), "a seed keeps the superuser flag");
    assertFalse(access.gate().mayPublish(CLIENT, "stored"));
    int writes = store.writes;

    started();
    assertEquals(writes, store.writes, "a seed whose password is unchanged is not written again");
  }

  @Test
  void theRulesOfTheAclFileReplaceTheStoredRulesAtStart() {
    started().addAclRule(rule(DENY, "stored"), null);
    config.aclRules = "deny publish from-file";

    AccessControl access = started();

    assertEquals(
        List.of("from-file"), access.aclRules().stream().map(r -> r.rule().topicFilter()).toList());
    assertTrue(access.gate().mayPublish(CLIENT, "stored"));
    assertFalse(access.gate().mayPublish(CLIENT, "from-file"));
  }

  @Test
  void anUnchangedAclFileLeavesTheRulesEditedSinceItsImport() {
    config.aclRules = "deny publish from-file";
    started().addAclRule(rule(DENY, "edited"), null);

    AccessControl restarted = started();

    assertEquals(
        List.of("from-file", "edited"),
        restarted.aclRules().stream().map(r -> r.rule().topicFilter()).toList());
    config.aclRules = "deny publish changed-file";
    assertEquals(
        List.of("changed-file"),
        started().aclRules().stream().map(r -> r.rule().topicFilter()).toList());
  }

  @Test
  void aBadAclFileStopsTheStart() {
    config.aclRules = "allow everything";
    assertThrows(InvalidInputException.class, this::started);
  }
}
