// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.store.MessageStore;
import io.mqttee.broker.store.StoreSnapshot;
import io.mqttee.broker.store.StoredSession;
import io.mqttee.broker.store.StoredSubscription;
import io.mqttee.protocol.packet.Publish;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the store calls as short strings. Durable actions run at once, as after an immediate
 * commit, until {@link #holdCommits()}; from then on they wait until {@link #commit()} as they
 * would for the write-behind log's next batch, or {@link #failCommit()} runs their failure actions.
 */
final class RecordingStore implements MessageStore {
  private record Waiting(Runnable onDurable, Runnable onFailed) {}

  private final List<String> calls = new ArrayList<>();
  private final List<Waiting> durableActions = new ArrayList<>();
  private boolean holding;

  @Override
  public StoreSnapshot load() {
    return StoreSnapshot.empty();
  }

  @Override
  public synchronized void sessionSaved(StoredSession session) {
    calls.add("sessionSaved " + session.clientId() + " " + (session.disconnectedAtMillis() != 0));
  }

  @Override
  public synchronized void sessionRemoved(String clientId) {
    calls.add("sessionRemoved " + clientId);
  }

  @Override
  public synchronized void subscriptionSaved(String clientId, StoredSubscription subscription) {
    calls.add("subscriptionSaved " + clientId + " " + subscription.topicFilter());
  }

  @Override
  public synchronized void subscriptionRemoved(String clientId, String topicFilter) {
    calls.add("subscriptionRemoved " + clientId + " " + topicFilter);
  }

  @Override
  public synchronized void messageQueued(String clientId, long sequence, Publish message) {
    calls.add("messageQueued " + clientId + " " + sequence + " " + message.topic());
  }

  @Override
  public synchronized void messageSent(String clientId, long sequence, int packetId) {
    calls.add("messageSent " + clientId + " " + sequence + " " + packetId);
  }

  @Override
  public synchronized void messageReceived(String clientId, long sequence) {
    calls.add("messageReceived " + clientId + " " + sequence);
  }

  @Override
  public synchronized void messageCompleted(String clientId, long sequence) {
    calls.add("messageCompleted " + clientId + " " + sequence);
  }

  @Override
  public synchronized void inboundReceived(String clientId, int packetId) {
    calls.add("inboundReceived " + clientId + " " + packetId);
  }

  @Override
  public synchronized void inboundReleased(String clientId, int packetId) {
    calls.add("inboundReleased " + clientId + " " + packetId);
  }

  @Override
  public synchronized void retainedSaved(Publish message, long expiresAtMillis) {
    calls.add("retainedSaved " + message.topic());
  }

  @Override
  public synchronized void retainedRemoved(String topic) {
    calls.add("retainedRemoved " + topic);
  }

  @Override
  public void whenDurable(Runnable onDurable, Runnable onFailed) {
    synchronized (this) {
      if (holding) {
        durableActions.add(new Waiting(onDurable, onFailed));
        return;
      }
    }
    onDurable.run();
  }

  /** From now on durable actions wait for {@link #commit()} or {@link #failCommit()}. */
  synchronized void holdCommits() {
    holding = true;
  }

  /** Durable actions run at once again, after {@link #commit()} ran the waiting ones. */
  void releaseCommits() {
    synchronized (this) {
      holding = false;
    }
    commit();
  }

  /** Runs the waiting durable actions in call order, as a committed batch does. */
  void commit() {
    takeWaiting().forEach(w -> w.onDurable().run());
  }

  /** Runs the waiting failure actions in call order, as a batch whose commit failed does. */
  void failCommit() {
    takeWaiting().forEach(w -> w.onFailed().run());
  }

  private synchronized List<Waiting> takeWaiting() {
    List<Waiting> due = new ArrayList<>(durableActions);
    durableActions.clear();
    return due;
  }

  synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  synchronized List<String> callsStartingWith(String prefix) {
    return calls.stream().filter(c -> c.startsWith(prefix)).toList();
  }
}
