// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mqttee.broker.admin.AclRuleDraft;
import io.mqttee.broker.admin.AclRuleDraft.Action;
import io.mqttee.broker.admin.AclRuleDraft.Permission;
import io.mqttee.broker.admin.AclRuleDraft.Who;
import io.mqttee.broker.admin.AclRuleView;
import io.mqttee.broker.admin.BanDraft;
import io.mqttee.broker.admin.BanView;
import io.mqttee.broker.admin.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class AccessJsonTest {

  private static String refusal(String json) {
    return assertThrows(
            InvalidInputException.class, () -> AccessJson.aclRuleDraft(RequestBody.of(json)))
        .getMessage();
  }

  @Test
  void readsAnAclRule() {
    AclRuleDraft rule =
        AccessJson.aclRuleDraft(
            RequestBody.of(
                "{\"permission\": \"deny\", \"action\": \"publish\", \"topic\": \"a/#\","
                    + " \"who\": \"username\", \"value\": \"bob\"}"));

    assertEquals(
        new AclRuleDraft(Permission.DENY, Action.PUBLISH, "a/#", Who.USERNAME, "bob"), rule);
  }

  @Test
  void anAclRuleForEveryoneHasNoValue() {
    AclRuleDraft rule =
        AccessJson.aclRuleDraft(
            RequestBody.of(
                "{\"permission\": \"allow\", \"action\": \"all\", \"topic\": \"x\","
                    + " \"value\": \"ignored\"}"));

    assertEquals(new AclRuleDraft(Permission.ALLOW, Action.ALL, "x", Who.ALL, null), rule);
  }

  @Test
  void refusesIncompleteAclRules() {
    assertEquals(
        "permission is required (allow, deny)", refusal("{\"action\": \"all\", \"topic\": \"x\"}"));
    assertEquals(
        "action must be one of publish, subscribe, all",
        refusal("{\"permission\": \"allow\", \"action\": \"read\", \"topic\": \"x\"}"));
    assertEquals(
        "topic must not be empty",
        refusal("{\"permission\": \"allow\", \"action\": \"all\", \"topic\": \"\"}"));
    assertEquals(
        "value is required when who is clientid",
        refusal(
            "{\"permission\": \"allow\", \"action\": \"all\", \"topic\": \"x\","
                + " \"who\": \"clientid\"}"));
  }

  @Test
  void showsAnAclRuleInLowerCase() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("id", 7L);
    expected.put("position", 2);
    expected.put("permission", "allow");
    expected.put("action", "subscribe");
    expected.put("topic", "t/%c");
    expected.put("who", "ipaddress");
    expected.put("value", "10.0.0.1");

    assertEquals(
        expected,
        AccessJson.aclRule(
            new AclRuleView(
                7,
                2,
                new AclRuleDraft(
                    Permission.ALLOW, Action.SUBSCRIBE, "t/%c", Who.IPADDRESS, "10.0.0.1"))));
  }

  @Test
  void readsBansInEpochSecondsAsEmqxV4Does() {
    BanDraft ban =
        AccessJson.banDraft(
            RequestBody.of(
                "{\"as\": \"peerhost\", \"who\": \"10.0.0.9\", \"reason\": \"flood\","
                    + " \"until\": 2000}"),
            1_000_000);

    assertEquals(new BanDraft(BanView.Kind.IPADDRESS, "10.0.0.9", "flood", 2_000_000), ban);
    assertEquals(
        new BanDraft(BanView.Kind.CLIENTID, "c", "", 0),
        AccessJson.banDraft(RequestBody.of("{\"as\": \"clientid\", \"who\": \"c\"}"), 5));
  }

  @Test
  void refusesBansThatEndedOrNameNoOne() {
    assertEquals(
        "until must be in the future (epoch seconds), or 0 for never",
        assertThrows(
                InvalidInputException.class,
                () ->
                    AccessJson.banDraft(
                        RequestBody.of("{\"as\": \"username\", \"who\": \"u\", \"until\": 1}"),
                        5000))
            .getMessage());
    assertEquals(
        "as must be clientid, username or peerhost",
        assertThrows(InvalidInputException.class, () -> AccessJson.banKind("ip")).getMessage());
  }

  @Test
  void showsBansInEmqxV4Shape() {
    Map<String, Object> json =
        AccessJson.ban(new BanView(BanView.Kind.USERNAME, "u", "why", 5_000, 0));

    assertEquals("username", json.get("as"));
    assertEquals("u", json.get("who"));
    assertEquals(5L, json.get("at"));
    assertEquals(0L, json.get("until"));
  }
}
