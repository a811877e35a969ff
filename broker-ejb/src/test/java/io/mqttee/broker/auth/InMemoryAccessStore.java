// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.broker.admin.AclRuleView;
import io.mqttee.broker.admin.BanView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An access store in memory, for tests; it can be told to fail like a database that is down. */
public final class InMemoryAccessStore implements AccessStore {
  public final Map<String, StoredUser> users = new LinkedHashMap<>();
  public final List<AclRuleView> rules = new ArrayList<>();
  public final Map<String, BanView> bans = new LinkedHashMap<>();
  public final Map<String, String> settings = new LinkedHashMap<>();
  public boolean failing;
  public int writes;

  @Override
  public AccessSnapshot load() {
    return new AccessSnapshot(
        List.copyOf(users.values()), rules, List.copyOf(bans.values()), settings);
  }

  @Override
  public void saveUser(StoredUser user) {
    write();
    users.put(user.username(), user);
  }

  @Override
  public void deleteUser(String username) {
    write();
    users.remove(username);
  }

  @Override
  public void saveRules(List<AclRuleView> replacement) {
    write();
    rules.clear();
    rules.addAll(replacement);
  }

  @Override
  public void saveSetting(String name, String value) {
    write();
    settings.put(name, value);
  }

  @Override
  public void saveBan(BanView ban) {
    write();
    bans.put(key(ban.kind(), ban.value()), ban);
  }

  @Override
  public void deleteBan(BanView.Kind kind, String value) {
    write();
    bans.remove(key(kind, value));
  }

  @Override
  public void deleteExpiredBans(long nowMillis) {
    write();
    bans.values().removeIf(ban -> Bans.expired(ban, nowMillis));
  }

  private void write() {
    if (failing) {
      throw new IllegalStateException("the database is down");
    }
    writes++;
  }

  private static String key(BanView.Kind kind, String value) {
    return kind + " " + value;
  }
}
