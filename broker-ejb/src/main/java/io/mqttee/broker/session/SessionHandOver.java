// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.auth.ApplicationAuthenticator;
import io.mqttee.broker.session.SessionOwnership.Claimed;
import io.mqttee.broker.store.MessageStore;
import io.mqttee.broker.store.StoreSnapshot.SessionState;
import io.mqttee.broker.will.DelayedWills;
import io.mqttee.protocol.packet.ReasonCodes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Moves sessions between the nodes of a cluster: a CONNECT claims its client id, and the node that
 * held it gives the session up, with its connection closed. Each claim has a number, one higher
 * than the client id's claim before it, so that a node never gives up a session for an older claim
 * than its own, nor before its own claim has settled.
 *
 * <p>When the nodes share one database, the session's rows move with it: the node that gives a
 * session up leaves its rows, once committed, to the taker, which writes them anew as its own; and
 * the session of a node that died is read back from them.
 */
public final class SessionHandOver {
  private static final long WAIT_SECONDS = 10;

  /**
   * How long a node that gave a session up relays what matches its subscriptions to the node that
   * took it: the taker's routes reach every node well within it (usually in under a second).
   */
  private static final long RELAY_SECONDS = 10;

  /**
   * How long forwarded messages wait for a session moving here to take in its subscriptions: as
   * long as the hand-over itself may take.
   */
  private static final long MOVE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(WAIT_SECONDS);

  /**
   * Connections that belong to this node alone, whose client ids every node uses: a gateway's own
   * connection and an application's.
   */
  private static final Set<String> NODE_LOCAL_TRANSPORTS =
      Set.of("gateway", ApplicationAuthenticator.TRANSPORT);

  private final SessionRegistry sessions;
  private final ConnectionCloser closer;
  private final MessageStore store;
  private final DelayedWills delayedWills;
  private final Map<String, Claim> claims = new ConcurrentHashMap<>();
  private final Map<String, MoveIn> movingIn = new ConcurrentHashMap<>();
  private volatile SessionOwnership ownership = SessionOwnership.SINGLE;
  private volatile boolean sharedDatabase;
  private volatile ScheduledExecutorService relayEnds;

  /** A session another node is handing over to this node: settled once it took it in. */
  private record MoveIn(CompletableFuture<Void> settled, long startedNanos) {}

  /** This node's latest claim of a client id: its number, and when it settled here. */
  private record Claim(CompletableFuture<Long> number, CompletableFuture<Void> settled) {}

  public SessionHandOver(
      SessionRegistry sessions,
      ConnectionCloser closer,
      MessageStore store,
      DelayedWills delayedWills) {
    this.sessions = sessions;
    this.closer = closer;
    this.store = store;
    this.delayedWills = delayedWills;
    sessions.whenGone(this::gone);
  }

  private void gone(String clientId) {
    claims.remove(clientId);
    ownership.gone(clientId);
  }

  /**
   * Set when the broker joins a cluster, before it takes connections.
   *
   * @param shared whether the nodes share one database
   * @param timers where the relay of a session given up ends
   */
  public void ownedThrough(
      SessionOwnership clusterOwnership, boolean shared, ScheduledExecutorService timers) {
    this.sharedDatabase = shared;
    this.relayEnds = timers;
    this.ownership = clusterOwnership;
  }

  /**
   * Whether a CONNECT over {@code transport} claims nothing: the broker is not in a cluster, or the
   * connection is this node's own.
   */
  boolean claimsNothing(String transport) {
    return ownership == SessionOwnership.SINGLE
        || transport != null && NODE_LOCAL_TRANSPORTS.contains(transport);
  }

  /**
   * Claims the client id of {@code session}, which a CONNECT opened here, and takes in what the
   * previous owner handed over unless the CONNECT starts clean. Completes with whether a session
   * was taken in; what it wrote to the store is for the caller to wait for.
   */
  CompletableFuture<Boolean> claim(Session session, boolean cleanStart) {
    String clientId = session.clientId();
    CompletableFuture<Long> number = new CompletableFuture<>();
    CompletableFuture<Void> settled = new CompletableFuture<>();
    claims.put(clientId, new Claim(number, settled));
    return ownership
        .claim(clientId, cleanStart, number)
        .thenApply(claimed -> take(session, claimed, cleanStart))
        .whenComplete((took, failure) -> settled.complete(null));
  }

  private boolean take(Session session, Claimed claimed, boolean cleanStart) {
    if (claimed.superseded()) {
      // a newer CONNECT on the node that held it took the client id; it closes this connection
      throw new IllegalStateException("a newer CONNECT took " + session.clientId());
    }
    if (sharedDatabase
        && claimed.fromAnotherNode()
        && sessions.get(session.clientId()) == session) {
      sessions.storeAnew(session); // the rows the previous owner left are replaced
    }
    return claimed.state() != null
        && !cleanStart
        && sessions.adopt(session, claimed.state(), claimed.handedOverBy());
  }

  /**
   * Another node is about to hand the session of {@code clientId} over for this node's claim: until
   * it is taken in, forwarded messages wait ({@link #awaitMovesUnderWay}).
   */
  public void movingIn(String clientId) {
    Claim own = claims.get(clientId);
    if (own == null || own.settled().isDone()) {
      return;
    }
    MoveIn move = new MoveIn(own.settled(), System.nanoTime());
    movingIn.put(clientId, move);
    own.settled().whenComplete((done, failed) -> movingIn.remove(clientId, move));
  }

  /**
   * Waits, on a grid thread and for ten seconds at most after each move began, until the sessions
   * being handed over to this node have taken in their subscriptions: a message another node sent
   * here because of this node's other routes then reaches them too, since the node that gave them
   * up relays only what this node did not get.
   */
  public void awaitMovesUnderWay() {
    if (movingIn.isEmpty()) {
      return;
    }
    for (MoveIn move : List.copyOf(movingIn.values())) {
      long left = move.startedNanos() + MOVE_WAIT_NANOS - System.nanoTime();
      try {
        if (left > 0) {
          move.settled().get(left, TimeUnit.NANOSECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException | TimeoutException slowOrFailed) {
        // a hand-over that does not finish holds up no message longer
      }
    }
  }

  /**
   * The session of {@code clientId} that a node which died left in the shared database, or null;
   * read at once, off the packet path.
   */
  public SessionState storedSession(String clientId) {
    return sharedDatabase ? store.loadSession(clientId) : null;
  }

  /**
   * This node took over {@code clientId}, numbered {@code number}, from a node that died: its
   * session, as read from the shared database, comes back offline here with its subscriptions, and
   * is stored as this node's.
   */
  public void adoptStored(String clientId, long number, SessionState state) {
    CompletableFuture<Void> settled = new CompletableFuture<>();
    claims.put(clientId, new Claim(CompletableFuture.completedFuture(number), settled));
    try {
      sessions.adoptOffline(state);
    } finally {
      settled.complete(null);
    }
  }

  /** The client ids of the sessions this node holds. */
  public List<String> clientIds() {
    return sessions.all().stream().map(Session::clientId).toList();
  }

  /**
   * A session that another node holds now, found at start-up or after a partition healed: dropped
   * here, its connection closed with 0x8E, and with a database of its own, from it too.
   */
  public void dropRestored(String clientId) {
    giveUp(clientId, null);
  }

  /**
   * Another node's claim numbered {@code claim} took the client id over: closes this node's
   * connection for it with 0x8E and gives the session up. Waits, on the grid's thread, for a claim
   * of this node still under way, and with a shared database for the commit of what this node
   * wrote. Returns the state of a persistent session for the taker, or null.
   *
   * @param taker the id of the node that claimed it, to relay to for a while what matches the
   *     session's subscriptions here; null when its CONNECT starts clean
   * @throws SupersededClaim when this node's own claim is newer: nothing changes here
   */
  public SessionState release(String clientId, long claim, String taker) throws SupersededClaim {
    Claim own = claims.get(clientId);
    if (own != null) {
      Long ownNumber = await(own.number(), clientId);
      if (ownNumber != null && ownNumber > claim) {
        throw new SupersededClaim(clientId);
      }
      // this node's older claim settles first, so that what it takes over is given up with it;
      // a wait goes to an older claim each time, so no two nodes wait for each other
      await(own.settled(), clientId);
      claims.remove(clientId, own);
    }
    SessionState state = giveUp(clientId, taker);
    if (sharedDatabase) {
      awaitCommit(clientId);
    }
    return state;
  }

  /** The asking node's claim is older than this node's own: it took nothing. */
  public static final class SupersededClaim extends Exception {
    private static final long serialVersionUID = 1L;

    SupersededClaim(String clientId) {
      super("a newer claim holds " + clientId, null, false, false);
    }
  }

  /** The value of this node's claim future; null when that claim failed, as its CONNECT did. */
  private static <T> T await(CompletableFuture<T> claimPart, String clientId) {
    try {
      return claimPart.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + clientId + " was being claimed", e);
    } catch (ExecutionException failed) {
      return null;
    } catch (TimeoutException e) {
      throw new IllegalStateException("the claim of " + clientId + " here does not settle", e);
    }
  }

  /**
   * The session leaves this node, its connection closed with 0x8E; returns its state. Messages for
   * it are relayed to {@code relayTo}, if not null, for {@link #RELAY_SECONDS}.
   */
  private SessionState giveUp(String clientId, String relayTo) {
    SessionRegistry.Released released = sessions.release(clientId, !sharedDatabase, relayTo);
    ScheduledExecutorService timers = relayEnds;
    long relay = released.relay();
    if (relay != 0 && timers != null) {
      timers.schedule(() -> sessions.endRelay(clientId, relay), RELAY_SECONDS, TimeUnit.SECONDS);
    }
    if (released.previous() != null) {
      closer.abort(
          released.previous(),
          ReasonCodes.SESSION_TAKEN_OVER,
          "session taken over on another node",
          "MQTT-3.1.4-2");
    }
    // MQTT-3.1.3-9: the session goes on on the other node, so a delayed will is not sent
    delayedWills.reconnected(clientId, released.state() != null);
    return released.state();
  }

  private void awaitCommit(String clientId) {
    CompletableFuture<Void> committed = new CompletableFuture<>();
    store.whenDurable(
        () -> committed.complete(null),
        () -> committed.completeExceptionally(new IllegalStateException("commit failed")));
    try {
      committed.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing " + clientId + " over", e);
    } catch (Exception e) {
      throw new IllegalStateException("the session of " + clientId + " is not committed", e);
    }
  }
}
