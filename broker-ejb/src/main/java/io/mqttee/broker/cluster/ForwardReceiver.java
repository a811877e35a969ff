// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.publish.PublishService;
import io.mqttee.broker.store.MessageStore;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Takes the messages another node forwarded: routes each to this node's sessions only, and returns
 * once they are taken, after the store's commit when a persistent session stored one. It runs on a
 * thread of the grid's executor, never on a lane, so it may wait.
 */
final class ForwardReceiver {
  static final String KEY = "mqttee.forward-receiver";
  private static final long COMMIT_WAIT_SECONDS = 30;

  private final PublishService publisher;
  private final MessageStore store;

  ForwardReceiver(PublishService publisher, MessageStore store) {
    this.publisher = publisher;
    this.store = store;
  }

  boolean receive(List<ForwardedMessage> messages)
      throws InterruptedException, ExecutionException, TimeoutException {
    boolean persisted = false;
    for (ForwardedMessage forwarded : messages) {
      if (forwarded.retainedOnly()) {
        persisted |= publisher.applyRetained(forwarded.message());
        continue;
      }
      persisted |=
          publisher
              .routeForwarded(
                  forwarded.message(), forwarded.publisherClientId(), forwarded.assigned())
              .persisted();
    }
    if (persisted) {
      CompletableFuture<Void> durable = new CompletableFuture<>();
      store.whenDurable(
          () -> durable.complete(null),
          () -> durable.completeExceptionally(new IllegalStateException("the commit failed")));
      durable.get(COMMIT_WAIT_SECONDS, TimeUnit.SECONDS);
    }
    return true;
  }
}
