// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store;

import io.mqttee.protocol.packet.Publish;
import jakarta.enterprise.inject.Vetoed;

/**
 * A store that keeps nothing: every call is durable at once, so {@link #whenDurable} runs its
 * durable action on the caller's thread. For unit tests and brokers that need no restart survival.
 * Not a CDI bean, so it never competes with the JPA store for injection.
 */
@Vetoed
public final class DiscardingMessageStore implements MessageStore {

  @Override
  public StoreSnapshot load() {
    return StoreSnapshot.empty();
  }

  @Override
  public void sessionSaved(StoredSession session) {}

  @Override
  public void sessionRemoved(String clientId) {}

  @Override
  public void subscriptionSaved(String clientId, StoredSubscription subscription) {}

  @Override
  public void subscriptionRemoved(String clientId, String topicFilter) {}

  @Override
  public void messageQueued(String clientId, long sequence, Publish message) {}

  @Override
  public void messageSent(String clientId, long sequence, int packetId) {}

  @Override
  public void messageReceived(String clientId, long sequence) {}

  @Override
  public void messageCompleted(String clientId, long sequence) {}

  @Override
  public void inboundReceived(String clientId, int packetId) {}

  @Override
  public void inboundReleased(String clientId, int packetId) {}

  @Override
  public void retainedSaved(Publish message, long expiresAtMillis) {}

  @Override
  public void retainedRemoved(String topic) {}

  @Override
  public void whenDurable(Runnable onDurable, Runnable onFailed) {
    onDurable.run();
  }
}
