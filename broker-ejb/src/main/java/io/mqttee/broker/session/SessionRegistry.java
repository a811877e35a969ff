// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.store.MessageStore;
import io.mqttee.broker.store.StoreSnapshot.SessionState;
import io.mqttee.broker.store.StoredMessage;
import io.mqttee.broker.store.StoredSession;
import io.mqttee.broker.store.StoredSubscription;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
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
  private volatile long adoptions; // written under this monitor only

  /**
   * Sessions this node gave up to another node a moment ago, by client id: the relay to that node.
   * Their subscriptions stay in the router for a while, and what matches them is relayed there.
   */
  private final Map<String, Relay> relayedTo = new ConcurrentHashMap<>();

  private long relays; // written under this monitor only

  /** One relay of a session given up; {@code number} tells a later relay of it apart. */
  private record Relay(String node, long number) {}

  private volatile Consumer<String> gone = clientId -> {};

  public SessionRegistry(
      Router router, MessageStore store, SessionResources resources, LongSupplier clock) {
    this.router = router;
    this.store = store;
    this.resources = resources;
    this.clock = clock;
  }

  /** Told the client id of each session that ended here: its connection closed, or it expired. */
  public void whenGone(Consumer<String> listener) {
    this.gone = listener;
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
      stopRelay(clientId);
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
      gone.accept(session.clientId());
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
    stopRelay(stored.clientId());
    Session session = new Session(stored.clientId(), true, stored.protocolLevel(), resources);
    session.connectedWith(stored.protocolLevel(), stored.expiryIntervalSeconds());
    session.disconnectedAt(
        stored.disconnectedAtMillis() == 0 ? clock.getAsLong() : stored.disconnectedAtMillis());
    for (StoredSubscription s : state.subscriptions()) {
      router.subscribe(StoredForms.subscription(stored.clientId(), s));
    }
    for (StoredMessage message : state.messages()) {
      session.restore(message);
    }
    state.awaitingRelease().forEach(session::restoreAwaitingRelease);
    put(session);
  }

  /**
   * What this broker gave up when another node took a client id over.
   *
   * @param relay the number of the relay it began, for {@link #endRelay}; 0 for none
   */
  public record Released(SessionState state, ClientConnection previous, long relay) {}

  /**
   * Another node took the client id over: the session leaves this broker, with its subscriptions. A
   * persistent session's state goes to the taker; the connection, if any, is returned for the
   * caller to close (MQTT-3.1.4-2). When {@code relayTo} names the node that took a persistent
   * session, its subscriptions stay here until {@link #endRelay}: messages that match them are for
   * that node, whose routes may not have reached every node yet.
   */
  public synchronized Released release(String clientId, boolean deleteStored, String relayTo) {
    Session session = sessions.get(clientId);
    if (session == null) {
      return new Released(null, null, 0);
    }
    long relay = relayTo != null && session.persistent() ? ++relays : 0;
    if (relay != 0) {
      // before the export: a delivery the exported session turns away is relayed
      relayedTo.put(clientId, new Relay(relayTo, relay));
    }
    ClientConnection previous = session.online();
    if (previous != null) {
      session.detach(previous);
    } else {
      previous = session.claimant();
    }
    SessionState state = null;
    if (session.persistent()) {
      state =
          new SessionState(
              new StoredSession(
                  clientId,
                  session.protocolLevel(),
                  session.expirySeconds(),
                  session.disconnectedAtMillis()),
              router.subscriptionsOf(clientId).stream().map(StoredForms::stored).toList(),
              session.export(),
              session.awaitingReleaseIds());
    }
    discard(session, deleteStored, relay != 0);
    return new Released(state, previous, relay);
  }

  /** The node a message for {@code clientId}'s session goes to, which took it over; or null. */
  public String relayedTo(String clientId) {
    Relay relay = relayedTo.get(clientId);
    return relay == null ? null : relay.node();
  }

  /**
   * The relay numbered {@code number} of a session given up ends, unless a later one replaced it:
   * its subscriptions leave the router.
   */
  public synchronized void endRelay(String clientId, long number) {
    Relay relay = relayedTo.get(clientId);
    if (relay != null
        && relay.number() == number
        && relayedTo.remove(clientId, relay)
        && !sessions.containsKey(clientId)) {
      router.unsubscribeAll(clientId);
    }
  }

  /** A session of this client id begins here again: what the relay kept goes. */
  private void stopRelay(String clientId) {
    if (relayedTo.remove(clientId) != null) {
      router.unsubscribeAll(clientId);
    }
  }

  /**
   * How many sessions took in what another node handed over, so far. A message whose routing began
   * with this count at or above a session's {@link Session#adoptedAt()} met the subscriptions the
   * session took in; one that began before may also be relayed by the node that handed it over.
   */
  public long adoptions() {
    return adoptions;
  }

  /**
   * Takes the state another node handed over into {@code session}, which a CONNECT opened here:
   * subscriptions the client made meanwhile stay as they are; the messages queue behind what the
   * session holds. Stored, for a persistent session, before its CONNACK. False when the session is
   * no longer this registry's.
   *
   * @param handedOverBy the id of the node that handed it over and relays messages for it for a
   *     while; null for none
   */
  public synchronized boolean adopt(Session session, SessionState state, String handedOverBy) {
    String clientId = session.clientId();
    if (sessions.get(clientId) != session) {
      return false;
    }
    boolean persistent = session.persistent();
    for (StoredMessage message : state.messages()) {
      long sequence = session.adopt(message);
      if (persistent) {
        store.messageQueued(clientId, sequence, message.message());
        if (message.packetId() != 0) {
          store.messageSent(clientId, sequence, message.packetId());
        }
        if (message.received()) {
          store.messageReceived(clientId, sequence);
        }
      }
    }
    for (int packetId : state.awaitingRelease()) {
      session.restoreAwaitingRelease(packetId);
      if (persistent) {
        store.inboundReceived(clientId, packetId);
      }
    }
    // the subscriptions last: what they bring in queues behind what was handed over; the session
    // is marked first, so that a message routed here that meets them knows it may be relayed too
    long adoption = adoptions + 1;
    session.adopted(adoption, handedOverBy);
    Set<String> made = new HashSet<>();
    router.subscriptionsOf(clientId).forEach(s -> made.add(s.shareGroup() + " " + s.topicFilter()));
    for (StoredSubscription s : state.subscriptions()) {
      if (made.add(s.shareGroup() + " " + s.topicFilter())) {
        router.subscribe(StoredForms.subscription(clientId, s));
        if (persistent) {
          store.subscriptionSaved(clientId, s);
        }
      }
    }
    adoptions = adoption;
    return true;
  }

  /** Discards the offline sessions whose expiry interval has passed; returns how many. */
  public synchronized int expireOffline(long nowMillis) {
    List<Session> expired = sessions.values().stream().filter(s -> s.expiredAt(nowMillis)).toList();
    expired.forEach(
        session -> {
          discard(session);
          gone.accept(session.clientId());
        });
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

  /**
   * In a database the nodes of a cluster share, the rows another node left for {@code session}'s
   * client id are replaced by the session as it is here.
   */
  public synchronized void storeAnew(Session session) {
    store.sessionRemoved(session.clientId());
    if (session.persistent()) {
      store.sessionSaved(
          new StoredSession(
              session.clientId(), session.protocolLevel(), session.expirySeconds(), 0));
    }
  }

  /**
   * Restores, offline, a session a node that died left in the shared database, and stores it as
   * this node's; into the session a CONNECT opened here meanwhile, if there is one.
   */
  public synchronized void adoptOffline(SessionState state) {
    Session opened = sessions.get(state.session().clientId());
    if (opened != null) {
      // a CONNECT here opened it meanwhile: the stored state joins it
      storeAnew(opened);
      adopt(opened, state, null);
      return;
    }
    restore(state);
    store.sessionSaved(state.session());
  }

  private void discard(Session session) {
    discard(session, true);
  }

  private void discard(Session session, boolean deleteStored) {
    discard(session, deleteStored, false);
  }

  private void discard(Session session, boolean deleteStored, boolean keepRoutes) {
    session.claim(null);
    if (sessions.remove(session.clientId(), session)) {
      changes++;
    }
    if (!keepRoutes) {
      router.unsubscribeAll(session.clientId());
    }
    if (session.persistent() && deleteStored) {
      store.sessionRemoved(session.clientId());
    }
  }
}
