// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.admin.AclRuleDraft;
import io.mqttee.broker.admin.AclRuleDraft.Action;
import io.mqttee.broker.admin.AclRuleDraft.Permission;
import io.mqttee.broker.admin.AclRuleDraft.Who;
import io.mqttee.broker.admin.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class AclRuleFileTest {

  @Test
  void readsRulesWithAndWithoutAUser() {
    assertEquals(
        List.of(
            new AclRuleDraft(Permission.ALLOW, Action.PUBLISH, "devices/#", Who.USERNAME, "gw"),
            new AclRuleDraft(Permission.DENY, Action.ALL, "#", Who.ALL, null)),
        AclRuleFile.parse(
            "# gateways\n\n  allow publish devices/# user gw\ndeny  ALL #\n", "acl.txt"));
  }

  @Test
  void aLineThatIsNotARuleFailsWithItsNumber() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> AclRuleFile.parse("allow all a/#\npermit all b", "t"));
    assertTrue(e.getMessage().startsWith("t line 2:"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> AclRuleFile.parse("deny read a", "t"));
    assertThrows(InvalidInputException.class, () -> AclRuleFile.parse("deny all a/#/b", "t"));
    assertThrows(InvalidInputException.class, () -> AclRuleFile.parse("deny all a usr x", "t"));
    assertEquals(
        "t line 1: expected allow|deny publish|subscribe|all filter: deny all",
        assertThrows(InvalidInputException.class, () -> AclRuleFile.parse("deny all", "t"))
            .getMessage());
  }
}
