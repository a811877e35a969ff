// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class TopicAclTest {

  private static TopicAcl acl(String... lines) {
    return TopicAcl.parse(List.of(lines), "test");
  }

  @Test
  void theFirstRuleThatAppliesDecidesAndNoRuleAllows() {
    TopicAcl acl = acl("# comment", "", "allow subscribe secret/open", "deny subscribe secret/#");

    assertTrue(acl.maySubscribe(null, "secret/open"));
    assertFalse(acl.maySubscribe(null, "secret/closed"));
    assertFalse(acl.maySubscribe(null, "secret/+"));
    assertTrue(acl.maySubscribe(null, "#"), "a broader filter is not covered by the rule");
    assertTrue(acl.maySubscribe(null, "public/x"));
    assertTrue(acl.mayPublish(null, "secret/closed"), "subscribe rules leave publishing alone");
  }

  @Test
  void publishRulesMatchTopicNamesAndUserRulesOnlyTheirUser() {
    TopicAcl acl = acl("allow publish devices/# user gateway", "deny all devices/#");

    assertTrue(acl.mayPublish("gateway", "devices/1/state"));
    assertFalse(acl.mayPublish("alice", "devices/1/state"));
    assertFalse(acl.mayPublish(null, "devices/1/state"));
    assertFalse(acl.maySubscribe("gateway", "devices/1/state"));
  }

  @Test
  void anAllowListEndsWithDenyAll() {
    TopicAcl acl = acl("allow all public/#", "deny all #");

    assertTrue(acl.mayPublish(null, "public/a"));
    assertFalse(acl.mayPublish(null, "private/a"));
    assertFalse(acl.maySubscribe(null, "#"));
  }

  @Test
  void noRulesAllowEverything() {
    assertTrue(TopicAcl.ALLOW_ALL.mayPublish(null, "any/topic"));
    assertTrue(TopicAcl.ALLOW_ALL.maySubscribe("u", "#"));
  }

  @Test
  void aLineThatIsNotARuleFailsWithItsNumber() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> acl("allow all a/#", "permit all b"));
    assertTrue(e.getMessage().startsWith("test line 2:"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> acl("deny read a"));
    assertThrows(IllegalArgumentException.class, () -> acl("deny all a/#/b"));
    assertEquals(
        "test line 1: expected allow|deny publish|subscribe|all filter: deny all",
        assertThrows(IllegalArgumentException.class, () -> acl("deny all")).getMessage());
  }
}
