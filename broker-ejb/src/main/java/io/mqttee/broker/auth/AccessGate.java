// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.broker.admin.BanView;
import java.util.function.LongSupplier;

/**
 * What the packet path asks of access control: who may connect, publish and subscribe. Reads only
 * memory, never the database; {@link AccessControl} keeps it up to date. A plain object, so that
 * network lanes call it without a CDI proxy in between. Thread-safe.
 */
public final class AccessGate implements TopicAcl {
  private final MqttUsers users = new MqttUsers();
  private final Bans bans = new Bans();
  private final LongSupplier clock;
  private final Authenticator passwords;
  private volatile AclRules rules = AclRules.ALLOW_ALL;
  private volatile boolean allowAnonymous = true;
  private volatile BanEnforcer enforcer = BanEnforcer.NONE;

  public AccessGate(LongSupplier clock) {
    this.clock = clock;
    this.passwords = new StoredUsersAuthenticator(users, () -> this.allowAnonymous);
  }

  /** Checks CONNECT user names and passwords against the MQTT users. */
  public Authenticator passwords() {
    return passwords;
  }

  /**
   * The ban in force that covers a client, or null.
   *
   * @param claimedUsername the user name of the CONNECT, verified or not: a banned name is refused
   *     whatever the password
   */
  public BanView banOf(ClientIdentity client, String claimedUsername) {
    long now = clock.getAsLong();
    BanView ban = bans.covering(client.clientId(), client.username(), client.ipAddress(), now);
    return ban != null ? ban : bans.inForce(BanView.Kind.USERNAME, claimedUsername, now);
  }

  /** Where a new ban disconnects the clients it covers. */
  public void enforceBansWith(BanEnforcer bansEnforcer) {
    this.enforcer = bansEnforcer;
  }

  @Override
  public boolean mayPublish(ClientIdentity client, String topic) {
    AclRules current = rules;
    if (current.allowsEverything()) {
      return true; // the PUBLISH path without an ACL: one volatile read
    }
    ClientIdentity who = client == null ? ClientIdentity.UNKNOWN : client;
    return isSuperuser(who) || current.mayPublish(who, topic);
  }

  @Override
  public boolean maySubscribe(ClientIdentity client, String filter) {
    AclRules current = rules;
    if (current.allowsEverything()) {
      return true;
    }
    ClientIdentity who = client == null ? ClientIdentity.UNKNOWN : client;
    return isSuperuser(who) || current.maySubscribe(who, filter);
  }

  private boolean isSuperuser(ClientIdentity client) {
    return client.username() != null && users.isSuperuser(client.username());
  }

  boolean allowAnonymous() {
    return allowAnonymous;
  }

  void allowAnonymous(boolean allow) {
    this.allowAnonymous = allow;
  }

  AclRules rules() {
    return rules;
  }

  void rules(AclRules replacement) {
    this.rules = replacement;
  }

  MqttUsers users() {
    return users;
  }

  Bans bans() {
    return bans;
  }

  /** A ban was added (it is in {@link #bans} already): clients it covers are disconnected. */
  void banned(BanView ban) {
    enforcer.disconnectCovered(ban);
  }
}
