// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.routing.Subscription;
import io.mqttee.broker.store.MessageStore;
import io.mqttee.broker.store.StoreSnapshot.SessionState;
import io.mqttee.broker.store.StoredMessage;
import io.mqttee.broker.store.StoredSession;
import io.mqttee.broker.store.StoredSubscription;
import io.mqttee.protocol.packet.QoS;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The sessions by client id. Opening and ending sessions is serialized here, so that a take-over
 * and the close of the connection it replaces cannot interleave; lookups are lock-free.
 */
public final class SessionRegistry {
  /** MQTT 3.1.1 sessions with clean session 0 never expire. */
  public static final long NEVER_EXPIRES = 0xFFFF_FFFFL;

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Router router;
  private final MessageStore store;
  private final SessionResources resources;
  private final LongSupplier clock;
  private volatile long changes; // written under this monitor only

  public SessionRegistry(
      Router router, MessageStore store, SessionResources resources, LongSupplier clock) {
    this.router = router;
    this.store = store;
    this.resources = resources;
    this.clock = clock;
  }

  /** What opening a session found. */
  public record Opened(Session session, boolean present, ClientConnection previous) {}

  /**
   * Finds or creates the session for a CONNECT. An online previous connection is detached and
   * returned for the caller to close (MQTT-3.1.4-2); clean session 1, or an existing clean session,
   * starts afresh (MQTT-3.1.2-6); otherwise a persistent session resumes (MQTT-3.1.2-4), even when
   * this CONNECT asks for no expiry: MQTT 5 resumes on Clean Start 0 (MQTT-3.1.2-5), and the new
   * Session Expiry Interval only decides what happens once this connection ends (MQTT-3.1.2-23).
   *
   * @param expirySeconds how long the session outlives its connection: 0 for clean session 1,
   *     {@link #NEVER_EXPIRES} for MQTT 3.1.1 clean session 0, the Session Expiry Interval for MQTT
   *     5
   */
  public synchronized Opened open(
      String clientId,
      boolean cleanStart,
      int protocolLevel,
      long expirySeconds,
      ClientConnection connection) {
    boolean persistent = expirySeconds > 0;
    Session existing = sessions.get(clientId);
    ClientConnection previous = null;
    if (existing != null) {
      previous = existing.online();
      if (previous != null) {
        existing.detach(previous);
      } else {
        previous = existing.claimant(); // its CONNACK still waits for the store
      }
      if (cleanStart || !existing.persistent()) {
        discard(existing);
        existing = null;
      }
    }
    Session session = existing;
    if (session == null) {
      session = new Session(clientId, persistent, protocolLevel, resources);
      put(session);
    }
    session.connectedWith(protocolLevel, expirySeconds);
    session.claim(connection);
    if (session.persistent()) {
      store.sessionSaved(new StoredSession(clientId, protocolLevel, expirySeconds, 0));
    }
    return new Opened(session, existing != null, previous == connection ? null : previous);
  }

  /**
   * Makes {@code connection} the session's online one, unless it closed or another CONNECT took the
   * session while its CONNACK waited for the store.
   */
  public synchronized boolean attach(
      Session session, ClientConnection connection, int receiveMaximum) {
    if (connection.isClosing() || session.claimant() != connection) {
      return false;
    }
    session.attach(connection, receiveMaximum);
    session.claim(null); // attached now: online() is what take-overs and ends look at
    return true;
  }

  /**
   * The connection of {@code session} ended: a clean session goes, a persistent one waits unless
   * its last Session Expiry Interval is 0 (MQTT-3.1.2-23).
   */
  public synchronized void ended(Session session, ClientConnection connection) {
    boolean wasOnline = session.detach(connection);
    // its CONNACK was still waiting for the store when it ended; a session that a later CONNECT
    // replaced is no longer this registry's to end
    boolean neverAttached =
        session.online() == null
            && session.claimant() == connection
            && sessions.get(session.clientId()) == session;
    if (!wasOnline && !neverAttached) {
      return;
    }
    if (session.persistent() && session.expirySeconds() > 0) {
      long now = clock.getAsLong();
      session.disconnectedAt(now);
      store.sessionSaved(
          new StoredSession(
              session.clientId(), session.protocolLevel(), session.expirySeconds(), now));
    } else {
      discard(session);
    }
  }

  /**
   * A DISCONNECT replaced the session's expiry interval (MQTT 5 section 3.14.2.2.2); a persistent
   * session stores it at once, before the connection closes.
   */
  public synchronized void expiryChanged(Session session, long expirySeconds) {
    session.expiresAfter(expirySeconds);
    if (session.persistent() && expirySeconds > 0) {
      store.sessionSaved(
          new StoredSession(
              session.clientId(), session.protocolLevel(), expirySeconds, clock.getAsLong()));
    }
  }

  /** Rebuilds an offline persistent session from the store at start-up. */
  public synchronized void restore(SessionState state) {
    StoredSession stored = state.session();
    Session session = new Session(stored.clientId(), true, stored.protocolLevel(), resources);
    session.connectedWith(stored.protocolLevel(), stored.expiryIntervalSeconds());
    session.disconnectedAt(
        stored.disconnectedAtMillis() == 0 ? clock.getAsLong() : stored.disconnectedAtMillis());
    for (StoredSubscription s : state.subscriptions()) {
      router.subscribe(
          new Subscription(
              stored.clientId(),
              s.topicFilter(),
              s.shareGroup(),
              QoS.of(s.maxQos()),
              s.noLocal(),
              s.retainAsPublished(),
              s.retainHandling(),
              s.identifier()));
    }
    for (StoredMessage message : state.messages()) {
      session.restore(message);
    }
    state.awaitingRelease().forEach(session::restoreAwaitingRelease);
    put(session);
  }

  /** Discards the offline sessions whose expiry interval has passed; returns how many. */
  public synchronized int expireOffline(long nowMillis) {
    List<Session> expired = sessions.values().stream().filter(s -> s.expiredAt(nowMillis)).toList();
    expired.forEach(this::discard);
    return expired.size();
  }

  /** The session of a client id, or null. */
  public Session get(String clientId) {
    return sessions.get(clientId);
  }

  public int size() {
    return sessions.size();
  }

  /**
   * Every session, read without this registry's lock (which CONNECT takes): weakly consistent,
   * sessions opened or ended meanwhile may or may not be seen.
   */
  public Collection<Session> all() {
    return Collections.unmodifiableCollection(sessions.values());
  }

  /** Grows whenever a session is added or removed: an unchanged count means the same sessions. */
  public long changes() {
    return changes;
  }

  private void put(Session session) {
    sessions.put(session.clientId(), session);
    changes++;
  }

  private void discard(Session session) {
    session.claim(null);
    if (sessions.remove(session.clientId(), session)) {
      changes++;
    }
    router.unsubscribeAll(session.clientId());
    if (session.persistent()) {
      store.sessionRemoved(session.clientId());
    }
  }
}
