// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store;

import io.mqttee.broker.store.StoreSnapshot.SessionState;
import io.mqttee.protocol.packet.Publish;

/**
 * Keeps what must survive a restart: persistent sessions, their subscriptions, their QoS 1/2
 * messages and inbound QoS 2 packet ids, and retained messages. Every mutating call only appends to
 * a write-behind log and returns at once; the log is committed in batches, in call order. {@link
 * #whenDurable} is the durability point: every acknowledgement that promises stored state goes out
 * from its action, once the commit is forced to disk. Only ever called for persistent sessions and
 * retained messages: clean sessions and QoS 0 never touch the store.
 */
public interface MessageStore {

  /** Everything stored, read once at start-up before any client connects. */
  StoreSnapshot load();

  /**
   * In a cluster whose nodes share the database: this node's name, called before {@link #load}.
   * Sessions are saved as this node's, and {@link #load} reads only this node's.
   */
  default void ownedBy(String node) {}

  /**
   * One session as stored, read at once; null when there is none. For a cluster node that takes
   * over the sessions of a node that died; never called on the packet path.
   */
  default SessionState loadSession(String clientId) {
    return null;
  }

  void sessionSaved(StoredSession session);

  /** Removes the session with its subscriptions and queued messages. */
  void sessionRemoved(String clientId);

  void subscriptionSaved(String clientId, StoredSubscription subscription);

  /** Removes an ordinary (not shared) subscription. */
  void subscriptionRemoved(String clientId, String topicFilter);

  /**
   * Removes a subscription; {@code shareGroup} is null for an ordinary one. Stores that keep shared
   * subscriptions override this.
   */
  default void subscriptionRemoved(String clientId, String topicFilter, String shareGroup) {
    if (shareGroup == null) {
      subscriptionRemoved(clientId, topicFilter);
    }
  }

  /** A message the session must deliver; {@code sequence} orders the session's queue. */
  void messageQueued(String clientId, long sequence, Publish message);

  /** The message went out with this packet id and awaits PUBACK or PUBREC. */
  void messageSent(String clientId, long sequence, int packetId);

  /** PUBREC arrived: only PUBREL/PUBCOMP remain for this message (MQTT-4.3.3). */
  void messageReceived(String clientId, long sequence);

  /** PUBACK or PUBCOMP arrived: the message is done. */
  void messageCompleted(String clientId, long sequence);

  /** An inbound QoS 2 packet id was PUBRECed and waits for its PUBREL (MQTT-4.3.3-2). */
  void inboundReceived(String clientId, int packetId);

  /** PUBREL arrived for an inbound QoS 2 packet id: the client may reuse it. */
  void inboundReleased(String clientId, int packetId);

  void retainedSaved(Publish message, long expiresAtMillis);

  void retainedRemoved(String topic);

  /**
   * Runs {@code onDurable} once every call made before this one is committed and on disk, or {@code
   * onFailed} if the commit that should hold them failed: the caller must then not acknowledge, so
   * that the client sends again. Exactly one of the two runs, on the store's thread or the
   * caller's.
   */
  void whenDurable(Runnable onDurable, Runnable onFailed);

  /** How the store keeps up, for $SYS and the log. */
  default StoreStats stats() {
    return StoreStats.NONE;
  }
}
