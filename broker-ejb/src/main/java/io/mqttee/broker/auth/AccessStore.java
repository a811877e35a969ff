// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.broker.admin.AclRuleView;
import io.mqttee.broker.admin.BanView;
import java.util.List;

/**
 * Where MQTT users, topic ACL rules, bans and access settings are kept. Each call is committed in
 * its own transaction before it returns, or throws. Called for the rare administrator's change and
 * at start-up, never on the packet path.
 */
public interface AccessStore {

  /** Everything stored, expired bans included. */
  AccessSnapshot load();

  /** Inserts the user or replaces the one of the same name. */
  void saveUser(StoredUser user);

  void deleteUser(String username);

  /** Makes {@code rules} the stored rules, in their order. */
  void saveRules(List<AclRuleView> rules);

  void saveSetting(String name, String value);

  /** Inserts the ban or replaces the one of the same kind and value. */
  void saveBan(BanView ban);

  void deleteBan(BanView.Kind kind, String value);

  /** Deletes the bans that are over at {@code nowMillis}. */
  void deleteExpiredBans(long nowMillis);
}
