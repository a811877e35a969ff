// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.store.StoreSnapshot.SessionState;
import java.util.concurrent.CompletableFuture;

/**
 * Which node of a cluster holds a client id's session. A single broker holds every session, and its
 * {@link SessionRegistry} alone decides a take-over.
 */
public interface SessionOwnership {

  /** The ownership of a broker that is not in a cluster. */
  SessionOwnership SINGLE =
      (clientId, cleanStart, number) -> {
        number.complete(0L);
        return CompletableFuture.completedFuture(Claimed.HERE);
      };

  /**
   * What a claim found.
   *
   * @param state the persistent session the previous owner handed over, or that a node which died
   *     left in the shared database; null for none
   * @param fromAnotherNode whether another node held the client id before
   * @param superseded whether that node's own claim is newer: this CONNECT lost the client id
   * @param handedOverBy the id of the live node that handed the session over, which relays messages
   *     for it for a while; null for none
   */
  record Claimed(
      SessionState state, boolean fromAnotherNode, boolean superseded, String handedOverBy) {
    public static final Claimed HERE = new Claimed(null, false, false, null);

    /** What a claim found in the database a node that died left. */
    public static Claimed stored(SessionState state) {
      return new Claimed(state, true, false, null);
    }
  }

  /**
   * Makes this broker the owner of {@code clientId}, for a CONNECT it accepted. The previous owner,
   * when another node, closes its connection for the client id (reason 0x8E) and gives its session
   * up. Completes, never on the caller's thread when it has to wait, with what it found.
   *
   * @param cleanStart whether the CONNECT starts clean: the previous owner then hands nothing over
   * @param number completed with the claim's number as soon as the grid gave it: one higher than
   *     the client id's claim before
   */
  CompletableFuture<Claimed> claim(
      String clientId, boolean cleanStart, CompletableFuture<Long> number);

  /** The session of {@code clientId} ended on this broker: it no longer owns the client id. */
  default void gone(String clientId) {}
}
