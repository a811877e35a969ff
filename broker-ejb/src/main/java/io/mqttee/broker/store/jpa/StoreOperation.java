// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import io.mqttee.broker.store.StoredSession;
import io.mqttee.broker.store.StoredSubscription;
import io.mqttee.persistence.message.PendingRelease;
import io.mqttee.protocol.packet.Publish;

/** One {@link io.mqttee.broker.store.MessageStore} call, recorded to be applied later. */
public sealed interface StoreOperation extends LogEntry {

  void applyTo(StoreRepositories r);

  /** The queued message an operation concerns. */
  record MessageKey(String clientId, long sequence) {}

  /** {@code owner}: the cluster node that holds it, when the nodes share the database; or null. */
  record SaveSession(StoredSession session, String owner) implements StoreOperation {
    @Override
    public void applyTo(StoreRepositories r) {
      r.sessions().save(StoreRows.toRow(session, owner));
    }
  }

  record RemoveSession(String clientId) implements StoreOperation {
    @Override
    public void applyTo(StoreRepositories r) {
      r.sessions().delete(clientId);
      r.subscriptions().deleteAllOf(clientId);
      r.messages().deleteAllOf(clientId);
      r.pendingReleases().deleteAllOf(clientId);
    }
  }

  record SaveSubscription(String clientId, StoredSubscription subscription)
      implements StoreOperation {
    @Override
    public void applyTo(StoreRepositories r) {
      r.subscriptions().save(StoreRows.toRow(clientId, subscription));
    }
  }

  record RemoveSubscription(String clientId, String topicFilter, String shareGroup)
      implements StoreOperation {
    @Override
    public void applyTo(StoreRepositories r) {
      r.subscriptions().delete(clientId, topicFilter, shareGroup);
    }
  }

  /** A queued message; packet id and PUBREC state are folded in when they follow in one batch. */
  record QueueMessage(
      String clientId, long sequence, Publish message, int packetId, boolean received)
      implements StoreOperation {
    @Override
    public void applyTo(StoreRepositories r) {
      // a session never reuses a sequence of a stored message, so no look-up is needed
      r.messages().insert(StoreRows.toRow(clientId, sequence, message, packetId, received));
    }

    MessageKey key() {
      return new MessageKey(clientId, sequence);
    }

    QueueMessage sentWith(int newPacketId) {
      return new QueueMessage(clientId, sequence, message, newPacketId, received);
    }

    QueueMessage asReceived() {
      return new QueueMessage(clientId, sequence, message, packetId, true);
    }
  }

  record MarkSent(String clientId, long sequence, int packetId) implements StoreOperation {
    @Override
    public void applyTo(StoreRepositories r) {
      r.messages().markSent(clientId, sequence, packetId);
    }
  }

  record MarkReceived(String clientId, long sequence) implements StoreOperation {
    @Override
    public void applyTo(StoreRepositories r) {
      r.messages().markReceived(clientId, sequence);
    }
  }

  record CompleteMessage(String clientId, long sequence) implements StoreOperation {
    @Override
    public void applyTo(StoreRepositories r) {
      r.messages().delete(clientId, sequence);
    }
  }

  /** An inbound QoS 2 packet id PUBRECed and waiting for PUBREL. */
  record AwaitRelease(String clientId, int packetId) implements StoreOperation {
    @Override
    public void applyTo(StoreRepositories r) {
      r.pendingReleases().insert(new PendingRelease(clientId, packetId));
    }
  }

  record Release(String clientId, int packetId) implements StoreOperation {
    @Override
    public void applyTo(StoreRepositories r) {
      r.pendingReleases().delete(clientId, packetId);
    }
  }

  record SaveRetained(Publish message, long expiresAtMillis) implements StoreOperation {
    @Override
    public void applyTo(StoreRepositories r) {
      r.retained().save(StoreRows.toRow(message, expiresAtMillis));
    }
  }

  record RemoveRetained(String topic) implements StoreOperation {
    @Override
    public void applyTo(StoreRepositories r) {
      r.retained().delete(topic);
    }
  }
}
