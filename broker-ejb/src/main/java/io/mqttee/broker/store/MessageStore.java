// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store;

import io.mqttee.protocol.packet.Publish;

/**
 * Keeps what must survive a restart: persistent sessions, their subscriptions and QoS 1/2 messages,
 * and retained messages. Every mutating call only appends to a write-behind log and returns at
 * once; the log is committed in batches, in call order. {@link #whenDurable} is the durability
 * point: a PUBACK or PUBREC for a message that a persistent session holds goes out from its action.
 * Only ever called for persistent sessions: clean sessions and QoS 0 never touch the store.
 */
public interface MessageStore {

  /** Everything stored, read once at start-up before any client connects. */
  StoreSnapshot load();

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

  void retainedSaved(Publish message, long expiresAtMillis);

  void retainedRemoved(String topic);

  /** Runs {@code action} once every call made before this one is committed. */
  void whenDurable(Runnable action);
}
