// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import io.mqttee.broker.store.StoreSnapshot;
import io.mqttee.broker.store.StoreSnapshot.RetainedEntry;
import io.mqttee.broker.store.StoreSnapshot.SessionState;
import io.mqttee.broker.store.StoredMessage;
import io.mqttee.broker.store.StoredSubscription;
import io.mqttee.persistence.message.PendingRelease;
import io.mqttee.persistence.message.QueuedMessage;
import io.mqttee.persistence.retained.RetainedMessage;
import io.mqttee.persistence.session.PersistentSession;
import io.mqttee.persistence.session.SessionSubscription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the snapshot from the rows as read. Subscriptions, messages and pending releases whose
 * session row is missing are left out: without a session nobody can receive them.
 */
final class SnapshotAssembler {

  private SnapshotAssembler() {}

  /** {@code messages} must come in sequence order per client, as the repository returns them. */
  static StoreSnapshot assemble(
      List<PersistentSession> sessions,
      List<SessionSubscription> subscriptions,
      List<QueuedMessage> messages,
      List<PendingRelease> pendingReleases,
      List<RetainedMessage> retained) {
    Map<String, List<StoredSubscription>> subsByClient = new HashMap<>();
    for (SessionSubscription s : subscriptions) {
      subsByClient
          .computeIfAbsent(s.getClientId(), c -> new ArrayList<>())
          .add(StoreRows.fromRow(s));
    }
    Map<String, List<StoredMessage>> messagesByClient = new HashMap<>();
    for (QueuedMessage m : messages) {
      messagesByClient
          .computeIfAbsent(m.getClientId(), c -> new ArrayList<>())
          .add(StoreRows.fromRow(m));
    }
    Map<String, List<Integer>> releasesByClient = new HashMap<>();
    for (PendingRelease p : pendingReleases) {
      releasesByClient
          .computeIfAbsent(p.getClientId(), c -> new ArrayList<>())
          .add(p.getPacketId());
    }
    List<SessionState> states = new ArrayList<>(sessions.size());
    for (PersistentSession s : sessions) {
      states.add(
          new SessionState(
              StoreRows.fromRow(s),
              List.copyOf(subsByClient.getOrDefault(s.getClientId(), List.of())),
              List.copyOf(messagesByClient.getOrDefault(s.getClientId(), List.of())),
              List.copyOf(releasesByClient.getOrDefault(s.getClientId(), List.of()))));
    }
    List<RetainedEntry> entries = retained.stream().map(StoreRows::fromRow).toList();
    return new StoreSnapshot(List.copyOf(states), entries);
  }
}
