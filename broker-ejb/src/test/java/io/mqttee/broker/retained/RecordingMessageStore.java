// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.retained;

import io.mqttee.broker.store.MessageStore;
import io.mqttee.broker.store.StoreSnapshot;
import io.mqttee.broker.store.StoredSession;
import io.mqttee.broker.store.StoredSubscription;
import io.mqttee.protocol.packet.Publish;
import java.util.ArrayList;
import java.util.List;

/** Records the retained-message calls as "saved topic expiresAt" and "removed topic". */
final class RecordingMessageStore implements MessageStore {
  final List<String> calls = new ArrayList<>();

  @Override
  public StoreSnapshot load() {
    return StoreSnapshot.empty();
  }

  @Override
  public void retainedSaved(Publish message, long expiresAtMillis) {
    calls.add("saved " + message.topic() + " " + expiresAtMillis);
  }

  @Override
  public void retainedRemoved(String topic) {
    calls.add("removed " + topic);
  }

  @Override
  public void sessionSaved(StoredSession session) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void sessionRemoved(String clientId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void subscriptionSaved(String clientId, StoredSubscription subscription) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void subscriptionRemoved(String clientId, String topicFilter) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void messageQueued(String clientId, long sequence, Publish message) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void messageSent(String clientId, long sequence, int packetId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void messageReceived(String clientId, long sequence) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void messageCompleted(String clientId, long sequence) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void inboundReceived(String clientId, int packetId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void inboundReleased(String clientId, int packetId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void whenDurable(Runnable onDurable, Runnable onFailed) {
    onDurable.run();
  }
}
