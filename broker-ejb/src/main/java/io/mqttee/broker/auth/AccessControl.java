// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.broker.admin.AccessAdmin;
import io.mqttee.broker.admin.AclRuleDraft;
import io.mqttee.broker.admin.AclRuleView;
import io.mqttee.broker.admin.BanDraft;
import io.mqttee.broker.admin.BanView;
import io.mqttee.broker.admin.ConflictException;
import io.mqttee.broker.admin.MqttUserView;
import io.mqttee.broker.admin.NotFoundException;
import io.mqttee.broker.admin.Page;
import io.mqttee.broker.admin.PageRequest;
import io.mqttee.broker.config.BrokerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * MQTT users, topic ACL rules, bans and the access settings: each change is committed to the
 * database first, in its own transaction, then applied to the {@link AccessGate} the packet path
 * reads, so the next CONNECT, PUBLISH or SUBSCRIBE sees it. Changes are serialized; reads are not.
 */
@ApplicationScoped
public class AccessControl implements AccessAdmin {
  static final String ALLOW_ANONYMOUS = "allow_anonymous";
  static final String ACL_DEFAULT = "acl_default";
  static final String ACL_FILE_DIGEST = "acl_file_sha256";

  private static final Logger LOG = System.getLogger(AccessControl.class.getName());

  @Inject AccessStore store;

  private final LongSupplier clock;
  private final AccessGate gate;
  private volatile AclRuleList rules = new AclRuleList(List.of());
  private long lastRuleId;
  private boolean started;

  /** For CDI: the store is injected, the clock is the system's. */
  public AccessControl() {
    this(null, System::currentTimeMillis);
  }

  public AccessControl(AccessStore store, LongSupplier clock) {
    this.store = store;
    this.clock = clock;
    this.gate = new AccessGate(clock);
  }

  /**
   * Loads what the database holds, then applies the start-up settings: the users of {@code
   * mqttee.auth.users} are created or get that password, the rules of {@code mqttee.acl.file}
   * replace the stored rules when the file changed since it was last imported. Runs once; later
   * calls do nothing.
   */
  public synchronized void start(BrokerConfig config) {
    if (started) {
      return;
    }
    started = true;
    AccessSnapshot stored = store.load();
    stored.users().forEach(gate.users()::put);
    stored.bans().forEach(gate.bans()::put);
    if (gate.bans().removeExpired(clock.getAsLong())) {
      store.deleteExpiredBans(clock.getAsLong());
    }
    Map<String, String> settings = stored.settings();
    gate.allowAnonymous(setting(settings, ALLOW_ANONYMOUS, config.allowAnonymous()));
    rules = new AclRuleList(stored.rules());
    lastRuleId = rules.maxId();
    gate.rules(
        new AclRules(rules.drafts(), setting(settings, ACL_DEFAULT, config.aclAllowsByDefault())));
    new SeedUsers(store, gate.users(), clock).apply(config.users());
    config.aclRules().ifPresent(text -> importAclFile(text, config.aclFile(), settings));
    if (gate.allowAnonymous()) {
      LOG.log(
          Level.WARNING,
          "anonymous MQTT clients are allowed; set allow_anonymous to false in the console or the"
              + " API, or start a new database with -Dmqttee.auth.allow-anonymous=false, to turn"
              + " it off");
    }
  }

  /**
   * Rules edited in the console or the API must survive a restart, so the file replaces the stored
   * rules only when its text differs from the text imported last.
   */
  private void importAclFile(String text, String file, Map<String, String> settings) {
    String digest = AclFileDigest.of(text);
    if (digest.equals(settings.get(ACL_FILE_DIGEST))) {
      LOG.log(
          Level.INFO,
          "topic ACL: {0} is unchanged since it was imported; the stored rules stay",
          file);
      return;
    }
    int count = importAclRules(text, file, true);
    store.saveSetting(ACL_FILE_DIGEST, digest);
    LOG.log(Level.INFO, "topic ACL: the {0} rules of {1} replace the stored rules", count, file);
  }

  /** What the packet path reads. */
  public AccessGate gate() {
    return gate;
  }

  @Override
  public boolean allowAnonymous() {
    return gate.allowAnonymous();
  }

  @Override
  public synchronized void setAllowAnonymous(boolean allow) {
    store.saveSetting(ALLOW_ANONYMOUS, Boolean.toString(allow));
    gate.allowAnonymous(allow);
    LOG.log(Level.INFO, "anonymous MQTT clients are now {0}", allow ? "allowed" : "refused");
  }

  @Override
  public Page<MqttUserView> users(PageRequest page) {
    return Page.of(gate.users().all().stream().map(StoredUser::view), page);
  }

  @Override
  public Optional<MqttUserView> user(String username) {
    return Optional.ofNullable(username == null ? null : gate.users().get(username))
        .map(StoredUser::view);
  }

  @Override
  public synchronized MqttUserView createUser(String username, char[] password, boolean superuser) {
    AccessInput.username(username);
    AccessInput.password(password);
    if (gate.users().get(username) != null) {
      throw new ConflictException("MQTT user " + username + " exists");
    }
    StoredUser user =
        new StoredUser(username, PasswordHash.of(password), superuser, clock.getAsLong());
    store.saveUser(user);
    gate.users().put(user);
    return user.view();
  }

  @Override
  public synchronized MqttUserView updateUser(
      String username, char[] newPasswordOrNull, Boolean superuserOrNull) {
    StoredUser old = username == null ? null : gate.users().get(username);
    if (old == null) {
      throw new NotFoundException("no MQTT user " + username);
    }
    String hash =
        newPasswordOrNull == null
            ? old.passwordHash()
            : PasswordHash.of(AccessInput.password(newPasswordOrNull));
    boolean superuser = superuserOrNull == null ? old.superuser() : superuserOrNull;
    StoredUser user = new StoredUser(username, hash, superuser, old.createdAtMillis());
    store.saveUser(user);
    gate.users().put(user);
    return user.view();
  }

  @Override
  public synchronized void deleteUser(String username) {
    if (username == null || gate.users().get(username) == null) {
      throw new NotFoundException("no MQTT user " + username);
    }
    store.deleteUser(username);
    gate.users().remove(username);
  }

  @Override
  public List<AclRuleView> aclRules() {
    return rules.views();
  }

  @Override
  public AclRuleView aclRule(long id) {
    return rules.get(id);
  }

  @Override
  public synchronized AclRuleView addAclRule(AclRuleDraft rule, Integer positionOrNull) {
    AclRuleList changed = rules.add(lastRuleId + 1, AclRuleValidation.check(rule), positionOrNull);
    saveRules(changed);
    lastRuleId++;
    return changed.get(lastRuleId);
  }

  @Override
  public synchronized AclRuleView updateAclRule(long id, AclRuleDraft rule) {
    rules.get(id); // NotFoundException before InvalidInputException
    AclRuleList changed = rules.replace(id, AclRuleValidation.check(rule));
    saveRules(changed);
    return changed.get(id);
  }

  @Override
  public synchronized void deleteAclRule(long id) {
    saveRules(rules.remove(id));
  }

  @Override
  public int importAclRules(String text, boolean replace) {
    return importAclRules(text, "imported rules", replace);
  }

  private synchronized int importAclRules(String text, String source, boolean replace) {
    List<AclRuleDraft> imported = AclRuleFile.parse(text == null ? "" : text, source);
    AclRuleList base = replace ? new AclRuleList(List.of()) : rules;
    saveRules(base.append(imported, lastRuleId));
    lastRuleId += imported.size();
    return imported.size();
  }

  @Override
  public boolean aclAllowsByDefault() {
    return gate.rules().allowByDefault();
  }

  @Override
  public synchronized void setAclAllowsByDefault(boolean allow) {
    store.saveSetting(ACL_DEFAULT, allow ? "allow" : "deny");
    gate.rules(new AclRules(rules.drafts(), allow));
  }

  @Override
  public Page<BanView> bans(PageRequest page) {
    purgeExpiredBans();
    return Page.of(gate.bans().all(), page);
  }

  @Override
  public synchronized BanView ban(BanDraft draft) {
    long now = clock.getAsLong();
    BanDraft ban = AccessInput.ban(draft, now);
    if (gate.bans().inForce(ban.kind(), ban.value(), now) != null) {
      throw new ConflictException(
          "a ban of " + ban.kind().name().toLowerCase(Locale.ROOT) + " " + ban.value() + " exists");
    }
    BanView view = new BanView(ban.kind(), ban.value(), ban.reason(), now, ban.untilMillis());
    store.saveBan(view);
    gate.bans().put(view);
    LOG.log(Level.INFO, "banned {0} {1}: {2}", ban.kind(), ban.value(), ban.reason());
    gate.banned(view);
    return view;
  }

  @Override
  public synchronized void unban(BanView.Kind kind, String value) {
    String key = AccessInput.banValue(kind, value);
    if (gate.bans().inForce(kind, key, clock.getAsLong()) == null) {
      throw new NotFoundException("no ban of " + kind + " " + value);
    }
    store.deleteBan(kind, key);
    gate.bans().remove(kind, key);
  }

  private void saveRules(AclRuleList changed) {
    store.saveRules(changed.views());
    rules = changed;
    gate.rules(new AclRules(changed.drafts(), gate.rules().allowByDefault()));
  }

  private synchronized void purgeExpiredBans() {
    long now = clock.getAsLong();
    if (gate.bans().removeExpired(now)) {
      store.deleteExpiredBans(now);
    }
  }

  private static boolean setting(Map<String, String> settings, String name, boolean fallback) {
    String value = settings.get(name);
    if (value == null) {
      return fallback;
    }
    return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("allow");
  }
}
