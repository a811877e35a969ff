// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.publish.PublishOutcome;
import io.mqttee.broker.publish.PublishService;
import io.mqttee.broker.session.SessionHandOver;
import io.mqttee.broker.store.MessageStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Takes the messages another node forwarded: routes each to this node's sessions only, relays what
 * matches a session this node gave up a moment ago to the node that took it, and returns once they
 * are taken, after the store's commit when a persistent session stored one. It runs on a thread of
 * the grid's executor, never on a lane, so it may wait: first for the sessions moving here to take
 * in their subscriptions, so that a message sent here for them meets them.
 */
final class ForwardReceiver {
  static final String KEY = "mqttee.forward-receiver";
  private static final long COMMIT_WAIT_SECONDS = 30;

  private final PublishService publisher;
  private final MessageStore store;
  private final SessionHandOver handOver;

  ForwardReceiver(PublishService publisher, MessageStore store, SessionHandOver handOver) {
    this.publisher = publisher;
    this.store = store;
    this.handOver = handOver;
  }

  boolean receive(List<ForwardedMessage> messages)
      throws InterruptedException, ExecutionException, TimeoutException {
    handOver.awaitMovesUnderWay();
    boolean persisted = false;
    List<CompletableFuture<Void>> relayed = new ArrayList<>();
    for (ForwardedMessage forwarded : messages) {
      if (forwarded.retainedOnly()) {
        persisted |= publisher.applyRetained(forwarded.message());
        continue;
      }
      if (forwarded.forClient() != null) {
        // a relay waits for no other node: one that moved on again is relayed on, unawaited
        persisted |=
            publisher
                .deliverRelayed(
                    forwarded.message(),
                    forwarded.forClient(),
                    forwarded.origin(),
                    forwarded.originAdoptions())
                .persisted();
        continue;
      }
      PublishOutcome outcome =
          publisher.routeForwarded(
              forwarded.message(),
              forwarded.publisherClientId(),
              forwarded.assigned(),
              forwarded.origin(),
              forwarded.reached(),
              forwarded.originAdoptions());
      persisted |= outcome.persisted();
      if (outcome.peers() != null) {
        relayed.add(outcome.peers());
      }
    }
    if (persisted) {
      CompletableFuture<Void> durable = new CompletableFuture<>();
      store.whenDurable(
          () -> durable.complete(null),
          () -> durable.completeExceptionally(new IllegalStateException("the commit failed")));
      durable.get(COMMIT_WAIT_SECONDS, TimeUnit.SECONDS);
    }
    if (!relayed.isEmpty()) {
      CompletableFuture.allOf(relayed.toArray(CompletableFuture[]::new))
          .get(COMMIT_WAIT_SECONDS, TimeUnit.SECONDS);
    }
    return true;
  }
}
