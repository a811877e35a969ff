// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import static io.mqttee.broker.admin.AclRuleDraft.Action.ALL;
import static io.mqttee.broker.admin.AclRuleDraft.Action.PUBLISH;
import static io.mqttee.broker.admin.AclRuleDraft.Action.SUBSCRIBE;
import static io.mqttee.broker.admin.AclRuleDraft.Permission.ALLOW;
import static io.mqttee.broker.admin.AclRuleDraft.Permission.DENY;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.AclRuleDraft;
import io.mqttee.broker.admin.AclRuleDraft.Who;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class AclRulesTest {
  private static final ClientIdentity ANONYMOUS = new ClientIdentity("anon", null, "10.0.0.9");
  private static final ClientIdentity ALICE = new ClientIdentity("c-alice", "alice", "10.0.0.1");

  private static AclRules file(String... lines) {
    return new AclRules(AclRuleFile.parse(String.join("\n", lines), "test"), true);
  }

  private static AclRules rules(boolean allowByDefault, AclRuleDraft... rules) {
    return new AclRules(List.of(rules), allowByDefault);
  }

  private static AclRuleDraft rule(
      AclRuleDraft.Permission permission,
      AclRuleDraft.Action action,
      String filter,
      Who who,
      String value) {
    return AclRuleValidation.check(new AclRuleDraft(permission, action, filter, who, value));
  }

  @Test
  void theFirstRuleThatAppliesDecidesAndNoRuleAllows() {
    AclRules acl = file("# comment", "", "allow subscribe secret/open", "deny subscribe secret/#");

    assertTrue(acl.maySubscribe(ANONYMOUS, "secret/open"));
    assertFalse(acl.maySubscribe(ANONYMOUS, "secret/closed"));
    assertFalse(acl.maySubscribe(ANONYMOUS, "secret/+"));
    assertTrue(acl.maySubscribe(ANONYMOUS, "#"), "a broader filter is not covered by the rule");
    assertTrue(acl.maySubscribe(ANONYMOUS, "public/x"));
    assertTrue(
        acl.mayPublish(ANONYMOUS, "secret/closed"), "subscribe rules leave publishing alone");
  }

  @Test
  void theDefaultDecidesWhenNoRuleApplies() {
    AclRules denyList = rules(true, rule(DENY, ALL, "private/#", Who.ALL, null));
    AclRules allowList = rules(false, rule(ALLOW, ALL, "public/#", Who.ALL, null));

    assertTrue(denyList.mayPublish(ANONYMOUS, "other"));
    assertFalse(denyList.mayPublish(ANONYMOUS, "private/x"));
    assertFalse(allowList.mayPublish(ANONYMOUS, "other"));
    assertFalse(allowList.maySubscribe(ANONYMOUS, "#"));
    assertTrue(allowList.mayPublish(ANONYMOUS, "public/x"));
    assertTrue(allowList.maySubscribe(ANONYMOUS, "public/+/y"));
  }

  @Test
  void aLeadingWildcardDoesNotCoverSysTopics() { // MQTT-4.7.2-1
    AclRules acl = file("allow all public/#", "deny all #");

    assertFalse(acl.mayPublish(ANONYMOUS, "private/a"));
    assertTrue(acl.mayPublish(ANONYMOUS, "$SYS/broker/x"), "# does not match $SYS");
    assertTrue(acl.maySubscribe(ANONYMOUS, "$SYS/#"));
    assertFalse(file("deny all $SYS/#").maySubscribe(ANONYMOUS, "$SYS/broker/+"));
  }

  @Test
  void publishRulesMatchTopicNamesAndUserRulesOnlyTheirUser() {
    AclRules acl = file("allow publish devices/# user alice", "deny all devices/#");

    assertTrue(acl.mayPublish(ALICE, "devices/1/state"));
    assertFalse(acl.mayPublish(new ClientIdentity("c", "bob", null), "devices/1/state"));
    assertFalse(acl.mayPublish(ANONYMOUS, "devices/1/state"));
    assertFalse(acl.maySubscribe(ALICE, "devices/1/state"));
  }

  @Test
  void clientIdAndAddressRulesApplyToTheirClientsOnly() {
    AclRules acl =
        rules(
            false,
            rule(ALLOW, PUBLISH, "by-id", Who.CLIENTID, "anon"),
            rule(ALLOW, PUBLISH, "by-net", Who.IPADDRESS, "10.0.0.0/30"),
            rule(ALLOW, SUBSCRIBE, "by-ip", Who.IPADDRESS, "10.0.0.9"));

    assertTrue(acl.mayPublish(ANONYMOUS, "by-id"));
    assertFalse(acl.mayPublish(ALICE, "by-id"));
    assertTrue(acl.mayPublish(ALICE, "by-net"));
    assertFalse(acl.mayPublish(ANONYMOUS, "by-net"));
    assertTrue(acl.maySubscribe(ANONYMOUS, "by-ip"));
    assertFalse(acl.maySubscribe(ALICE, "by-ip"));
    assertFalse(acl.mayPublish(ClientIdentity.UNKNOWN, "by-net"));
  }

  @Test
  void placeholdersStandForTheClientIdAndTheUserName() {
    AclRules acl =
        rules(
            false,
            rule(ALLOW, ALL, "clients/%c/#", Who.ALL, null),
            rule(ALLOW, SUBSCRIBE, "users/%u/+", Who.ALL, null),
            rule(ALLOW, PUBLISH, "mixed/%u-%c", Who.ALL, null));

    assertTrue(acl.mayPublish(ALICE, "clients/c-alice/x"));
    assertFalse(acl.mayPublish(ALICE, "clients/anon/x"));
    assertTrue(acl.maySubscribe(ALICE, "users/alice/inbox"));
    assertFalse(acl.maySubscribe(ALICE, "users/bob/inbox"));
    assertFalse(acl.maySubscribe(ALICE, "users/+/inbox"), "the rule covers only alice's level");
    assertTrue(acl.mayPublish(ALICE, "mixed/alice-c-alice"));
  }

  @Test
  void aUserNamePlaceholderSaysNothingAboutAnonymousClients() {
    AclRules acl = rules(true, rule(DENY, PUBLISH, "users/%u/#", Who.ALL, null));

    assertTrue(acl.mayPublish(ANONYMOUS, "users/%u/x"));
    assertFalse(acl.mayPublish(ALICE, "users/alice/x"));
  }

  @Test
  void aNameThatWouldWidenTheFilterGetsNoAllowRuleButEveryDenyRule() {
    ClientIdentity wildcard = new ClientIdentity("c", "+", null);
    ClientIdentity levels = new ClientIdentity("a/b", "x", null);
    AclRules allow = rules(false, rule(ALLOW, ALL, "users/%u/#", Who.ALL, null));
    AclRules deny = rules(true, rule(DENY, ALL, "clients/%c", Who.ALL, null));

    assertFalse(allow.maySubscribe(wildcard, "users/bob/#"));
    assertFalse(allow.mayPublish(wildcard, "users/bob/x"));
    assertFalse(deny.mayPublish(levels, "anything"));
    assertTrue(deny.mayPublish(ALICE, "anything"));
  }

  @Test
  void anEqFilterMatchesOnlyItselfLiterally() {
    AclRules acl = rules(true, rule(DENY, SUBSCRIBE, "eq sensors/#", Who.ALL, null));

    assertFalse(acl.maySubscribe(ANONYMOUS, "sensors/#"));
    assertTrue(acl.maySubscribe(ANONYMOUS, "sensors/1"));
  }

  @Test
  void aSuperuserSkipsTheRules() {
    AccessGate gate = new AccessGate(() -> 0);
    gate.rules(rules(false));
    gate.users().put(new StoredUser("root", "x", true, 0));
    gate.users().put(new StoredUser("alice", "x", false, 0));

    assertTrue(gate.mayPublish(new ClientIdentity("c", "root", null), "anything"));
    assertTrue(gate.maySubscribe(new ClientIdentity("c", "root", null), "#"));
    assertFalse(gate.mayPublish(ALICE, "anything"));
    assertFalse(gate.mayPublish(null, "anything"));
  }

  @Test
  void noRulesAllowEverything() {
    assertTrue(AclRules.ALLOW_ALL.allowsEverything());
    assertFalse(rules(false).allowsEverything());
    assertTrue(new AccessGate(() -> 0).mayPublish(null, "any/topic"));
  }
}
