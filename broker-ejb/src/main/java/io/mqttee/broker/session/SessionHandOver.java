// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.store.StoreSnapshot.SessionState;
import io.mqttee.protocol.packet.ReasonCodes;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Moves sessions between the nodes of a cluster: a CONNECT claims its client id, and the node that
 * held it gives the session up, with its connection closed. Each claim has a number, one higher
 * than the client id's claim before it, so that a node never gives up a session for an older claim
 * than its own.
 */
public final class SessionHandOver {
  private static final long CLAIM_WAIT_SECONDS = 10;

  private final SessionRegistry sessions;
  private final ConnectionCloser closer;
  private final Map<String, Claim> claims = new ConcurrentHashMap<>();
  private volatile SessionOwnership ownership = SessionOwnership.SINGLE;

  /** This node's latest claim of a client id: its number once the grid gave it. */
  private record Claim(CompletableFuture<Long> number) {}

  public SessionHandOver(SessionRegistry sessions, ConnectionCloser closer) {
    this.sessions = sessions;
    this.closer = closer;
    sessions.whenGone(this::gone);
  }

  private void gone(String clientId) {
    claims.remove(clientId);
    ownership.gone(clientId);
  }

  /** Set when the broker joins a cluster, before it takes connections. */
  public void ownedThrough(SessionOwnership clusterOwnership) {
    this.ownership = clusterOwnership;
  }

  /** True when the broker is not in a cluster: a CONNECT claims nothing. */
  boolean single() {
    return ownership == SessionOwnership.SINGLE;
  }

  /** Claims the client id of a CONNECT; see {@link SessionOwnership#claim}. */
  CompletableFuture<SessionState> claim(String clientId) {
    CompletableFuture<Long> number = new CompletableFuture<>();
    claims.put(clientId, new Claim(number));
    return ownership.claim(clientId, number);
  }

  /** Takes a handed-over session into the session a CONNECT opened here. */
  boolean adopt(Session session, SessionState state) {
    return sessions.adopt(session, state);
  }

  /**
   * Another node's claim numbered {@code claim} took the client id over: closes this node's
   * connection for it with 0x8E and gives the session up. Waits, on the grid's thread, for a claim
   * of this node still under way. Returns the state of a persistent session for the taker, or null;
   * nothing changes when this node's own claim is newer.
   */
  public SessionState release(String clientId, long claim) {
    Claim own = claims.get(clientId);
    if (own != null) {
      long ownNumber;
      try {
        ownNumber = own.number().get(CLAIM_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while " + clientId + " was being claimed", e);
      } catch (Exception e) {
        ownNumber = 0; // this node's claim failed: its CONNECT was refused
      }
      if (ownNumber > claim) {
        return null;
      }
      claims.remove(clientId, own);
    }
    SessionRegistry.Released released = sessions.release(clientId);
    if (released.previous() != null) {
      closer.abort(
          released.previous(),
          ReasonCodes.SESSION_TAKEN_OVER,
          "session taken over on another node",
          "MQTT-3.1.4-2");
    }
    return released.state();
  }
}
