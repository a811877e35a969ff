// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.grid.hazelcast.cluster.Member;
import io.mqttee.grid.hazelcast.core.ExecutionCallback;
import io.mqttee.grid.hazelcast.core.IExecutorService;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The messages on their way to one other node. One batch is in flight at a time and the next one
 * takes everything that queued meanwhile, so order is kept end to end (per publisher and overall)
 * and batches grow with the load. Sending never blocks: the grid call is asynchronous, and its
 * answer completes the messages' futures and sends the next batch.
 */
final class PeerLink {
  private static final Logger LOG = System.getLogger(PeerLink.class.getName());
  static final int MAX_BATCH = 512;

  private final Member member;
  private final IExecutorService executor;
  private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean sending = new AtomicBoolean();
  private volatile boolean gone;

  private record Pending(ForwardedMessage message, CompletableFuture<Void> taken) {}

  PeerLink(Member member, IExecutorService executor) {
    this.member = member;
    this.executor = executor;
  }

  /** Queues {@code message}; the future completes once the node took it, or fails. */
  CompletableFuture<Void> send(ForwardedMessage message) {
    CompletableFuture<Void> taken = new CompletableFuture<>();
    if (gone) {
      taken.completeExceptionally(new IllegalStateException(member + " left the cluster"));
      return taken;
    }
    queue.add(new Pending(message, taken));
    if (sending.compareAndSet(false, true)) {
      sendBatch();
    }
    return taken;
  }

  /** The node left: what waits for it fails, and so does what comes later. */
  void close() {
    gone = true;
    failAll(queue, new IllegalStateException(member + " left the cluster"));
  }

  private void sendBatch() {
    List<Pending> batch = new ArrayList<>(Math.min(queue.size(), MAX_BATCH));
    Pending next;
    while (batch.size() < MAX_BATCH && (next = queue.poll()) != null) {
      batch.add(next);
    }
    if (batch.isEmpty()) {
      sending.set(false);
      // a message queued after the poll and before the flag was cleared
      if (!queue.isEmpty() && sending.compareAndSet(false, true)) {
        sendBatch();
      }
      return;
    }
    List<ForwardedMessage> messages = new ArrayList<>(batch.size());
    batch.forEach(pending -> messages.add(pending.message()));
    try {
      executor.submitToMember(new ForwardBatch(messages), member, new Answer(batch));
    } catch (RuntimeException e) {
      new Answer(batch).onFailure(e);
    }
  }

  private static void failAll(Iterable<Pending> pending, Throwable cause) {
    for (Pending p : pending) {
      p.taken().completeExceptionally(cause);
    }
  }

  /** The node's answer to one batch. */
  private final class Answer implements ExecutionCallback<Boolean> {
    private final List<Pending> batch;

    Answer(List<Pending> batch) {
      this.batch = batch;
    }

    @Override
    public void onResponse(Boolean taken) {
      for (Pending p : batch) {
        p.taken().complete(null);
      }
      sendBatch();
    }

    @Override
    public void onFailure(Throwable cause) {
      LOG.log(
          Level.WARNING,
          "cluster: {0} messages not taken by {1}; their publishers send them again: {2}",
          batch.size(),
          member,
          cause.toString());
      failAll(batch, cause);
      if (gone) {
        close();
      } else {
        sendBatch();
      }
    }
  }
}
