// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth.jpa;

import io.mqttee.broker.admin.AclRuleDraft;
import io.mqttee.broker.admin.AclRuleView;
import io.mqttee.broker.admin.BanView;
import io.mqttee.broker.auth.StoredUser;
import io.mqttee.persistence.access.AclRule;
import io.mqttee.persistence.access.Ban;
import io.mqttee.persistence.access.MqttUser;
import java.util.Locale;

/** Turns access records into rows and back; enumerations are stored as lower-case words. */
final class AccessRows {
  private AccessRows() {}

  static MqttUser row(StoredUser user) {
    return new MqttUser(
        user.username(), user.passwordHash(), user.superuser(), user.createdAtMillis());
  }

  static StoredUser user(MqttUser row) {
    return new StoredUser(
        row.getUsername(), row.getPasswordHash(), row.isSuperuser(), row.getCreatedAtMillis());
  }

  static AclRule row(AclRuleView view) {
    AclRuleDraft rule = view.rule();
    return new AclRule(
        view.id(),
        view.position(),
        word(rule.permission()),
        word(rule.action()),
        rule.topicFilter(),
        word(rule.who()),
        rule.value());
  }

  static AclRuleView rule(AclRule row) {
    return new AclRuleView(
        row.getId(),
        row.getPosition(),
        new AclRuleDraft(
            AclRuleDraft.Permission.valueOf(upper(row.getPermission())),
            AclRuleDraft.Action.valueOf(upper(row.getAction())),
            row.getTopicFilter(),
            AclRuleDraft.Who.valueOf(upper(row.getWho())),
            row.getWhoValue()));
  }

  static Ban row(BanView ban) {
    return new Ban(
        word(ban.kind()), ban.value(), ban.reason(), ban.createdAtMillis(), ban.untilMillis());
  }

  static BanView ban(Ban row) {
    return new BanView(
        BanView.Kind.valueOf(upper(row.getKind())),
        row.getValue(),
        row.getReason(),
        row.getCreatedAtMillis(),
        row.getUntilMillis());
  }

  static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static String upper(String word) {
    return word.toUpperCase(Locale.ROOT);
  }
}
