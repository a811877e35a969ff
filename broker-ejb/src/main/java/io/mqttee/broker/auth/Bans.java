// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.auth;

import io.mqttee.broker.admin.BanView;
import io.mqttee.broker.admin.BanView.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The bans in memory, as the database has them; a CONNECT is checked here. Thread-safe. */
public final class Bans {
  private final Map<Kind, Map<String, BanView>> byKind = new EnumMap<>(Kind.class);

  public Bans() {
    for (Kind kind : Kind.values()) {
      byKind.put(kind, new ConcurrentHashMap<>());
    }
  }

  /** Whether the ban is over at {@code nowMillis}. */
  public static boolean expired(BanView ban, long nowMillis) {
    return ban.untilMillis() != 0 && ban.untilMillis() <= nowMillis;
  }

  /** Whether {@code ban} names this connected client. */
  public static boolean covers(BanView ban, ClientIdentity client) {
    String value =
        switch (ban.kind()) {
          case CLIENTID -> client.clientId();
          case USERNAME -> client.username();
          case IPADDRESS -> client.ipAddress();
        };
    return ban.value().equals(value);
  }

  /** The ban in force on any of the client id, user name or address, or null. */
  public BanView covering(String clientId, String username, String ipAddress, long nowMillis) {
    BanView ban = inForce(Kind.CLIENTID, clientId, nowMillis);
    if (ban == null) {
      ban = inForce(Kind.USERNAME, username, nowMillis);
    }
    if (ban == null) {
      ban = inForce(Kind.IPADDRESS, ipAddress, nowMillis);
    }
    return ban;
  }

  /** The ban of that kind and value if it is in force, else null. */
  public BanView inForce(Kind kind, String value, long nowMillis) {
    if (value == null) {
      return null;
    }
    BanView ban = byKind.get(kind).get(value);
    return ban == null || expired(ban, nowMillis) ? null : ban;
  }

  public void put(BanView ban) {
    byKind.get(ban.kind()).put(ban.value(), ban);
  }

  public void remove(Kind kind, String value) {
    byKind.get(kind).remove(value);
  }

  /** Forgets the bans that are over; returns whether there were any. */
  public boolean removeExpired(long nowMillis) {
    boolean any = false;
    for (Map<String, BanView> bans : byKind.values()) {
      any |= bans.values().removeIf(ban -> expired(ban, nowMillis));
    }
    return any;
  }

  /** Every ban held, newest first. */
  public List<BanView> all() {
    List<BanView> all = new ArrayList<>();
    byKind.values().forEach(bans -> all.addAll(bans.values()));
    all.sort(
        Comparator.comparingLong(BanView::createdAtMillis)
            .reversed()
            .thenComparing(BanView::kind)
            .thenComparing(BanView::value));
    return all;
  }
}
