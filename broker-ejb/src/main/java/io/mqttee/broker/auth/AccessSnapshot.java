// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.broker.admin.AclRuleView;
import io.mqttee.broker.admin.BanView;
import java.util.List;
import java.util.Map;

/**
 * What {@link AccessStore} holds, read at start-up.
 *
 * @param rules in the order they are evaluated
 * @param settings by name
 */
public record AccessSnapshot(
    List<StoredUser> users,
    List<AclRuleView> rules,
    List<BanView> bans,
    Map<String, String> settings) {

  public AccessSnapshot {
    users = List.copyOf(users);
    rules = List.copyOf(rules);
    bans = List.copyOf(bans);
    settings = Map.copyOf(settings);
  }
}
