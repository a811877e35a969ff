// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.api.json;

import io.mqttee.broker.admin.AclRuleDraft;
import io.mqttee.broker.admin.AclRuleView;
import io.mqttee.broker.admin.BanDraft;
import io.mqttee.broker.admin.BanView;
import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.MqttUserView;
import java.util.Locale;
import java.util.Map;

/** MQTT users, ACL rules and bans, out and in. */
public final class AccessJson {
  private AccessJson() {}

  public static Map<String, Object> user(MqttUserView u) {
    Map<String, Object> json = Fields.object();
    json.put("username", u.username());
    json.put("superuser", u.superuser());
    json.put("created_at", Fields.time(u.createdAtMillis()));
    return json;
  }

  public static Map<String, Object> aclRule(AclRuleView r) {
    AclRuleDraft rule = r.rule();
    Map<String, Object> json = Fields.object();
    json.put("id", r.id());
    json.put("position", r.position());
    json.put("permission", lower(rule.permission()));
    json.put("action", lower(rule.action()));
    json.put("topic", rule.topicFilter());
    json.put("who", lower(rule.who()));
    json.put("value", rule.value());
    return json;
  }

  /** {@code {permission, action, topic, who, value}}; {@code value} is required unless who=all. */
  public static AclRuleDraft aclRuleDraft(RequestBody body) {
    String permission = body.choice("permission", null, "allow", "deny");
    String action = body.choice("action", null, "publish", "subscribe", "all");
    String topic = body.string("topic");
    if (topic.isEmpty()) {
      throw body.invalid("topic", "must not be empty");
    }
    String who = body.choice("who", "all", "all", "username", "clientid", "ipaddress");
    String value = body.optionalString("value").orElse(null);
    if (who.equals("all")) {
      value = null;
    } else if (value == null || value.isEmpty()) {
      throw body.invalid("value", "is required when who is " + who);
    }
    return new AclRuleDraft(
        AclRuleDraft.Permission.valueOf(upper(permission)),
        AclRuleDraft.Action.valueOf(upper(action)),
        topic,
        AclRuleDraft.Who.valueOf(upper(who)),
        value);
  }

  public static Map<String, Object> ban(BanView b) {
    Map<String, Object> json = Fields.object();
    json.put("as", banKindName(b.kind()));
    json.put("who", b.value());
    json.put("reason", b.reason());
    json.put("at", b.createdAtMillis() / 1000);
    json.put("until", b.untilMillis() / 1000);
    return json;
  }

  /** {@code {as: clientid|username|peerhost, who, reason, until}}, until in epoch seconds. */
  public static BanDraft banDraft(RequestBody body, long nowMillis) {
    BanView.Kind kind = banKind(body.choice("as", null, "clientid", "username", "peerhost"));
    String who = body.string("who");
    if (who.isEmpty()) {
      throw body.invalid("who", "must not be empty");
    }
    String reason = body.optionalString("reason").orElse("");
    long until = body.integer("until", 0, Long.MAX_VALUE / 1000, 0);
    if (until != 0 && until * 1000 <= nowMillis) {
      throw body.invalid("until", "must be in the future (epoch seconds), or 0 for never");
    }
    return new BanDraft(kind, who, reason, until * 1000);
  }

  /** The path segment {@code as} of DELETE /banned/{as}/{who}. */
  public static BanView.Kind banKind(String as) {
    return switch (as == null ? "" : as.toLowerCase(Locale.ROOT)) {
      case "clientid" -> BanView.Kind.CLIENTID;
      case "username" -> BanView.Kind.USERNAME;
      case "peerhost" -> BanView.Kind.IPADDRESS;
      default -> throw new InvalidInputException("as must be clientid, username or peerhost");
    };
  }

  static String banKindName(BanView.Kind kind) {
    return switch (kind) {
      case CLIENTID -> "clientid";
      case USERNAME -> "username";
      case IPADDRESS -> "peerhost";
    };
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static String upper(String value) {
    return value.toUpperCase(Locale.ROOT);
  }
}
