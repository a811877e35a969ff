// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import io.mqttee.broker.store.jpa.LogEntry.DurableAction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The store's calls in call order, cut into batches by the one writer thread. An action lands in
 * the batch of the operations appended before it, or a later one, so it runs only after they are
 * committed. Appending never blocks.
 */
final class WriteBehindLog {
  private final BlockingQueue<LogEntry> entries = new LinkedBlockingQueue<>();
  private final int maxBatchEntries;

  WriteBehindLog(int maxBatchEntries) {
    this.maxBatchEntries = maxBatchEntries;
  }

  void append(StoreOperation operation) {
    entries.add(operation);
  }

  void whenDurable(Runnable action) {
    entries.add(new DurableAction(action));
  }

  /** Entries appended and not yet taken. */
  int pending() {
    return entries.size();
  }

  /** The next batch, waiting up to {@code timeout} for a first entry; null if none came. */
  StoreBatch take(long timeout, TimeUnit unit) throws InterruptedException {
    LogEntry first = entries.poll(timeout, unit);
    return first == null ? null : cut(first);
  }

  /** The next batch without waiting; null when the log is empty. */
  StoreBatch takeNow() {
    LogEntry first = entries.poll();
    return first == null ? null : cut(first);
  }

  private StoreBatch cut(LogEntry first) {
    List<LogEntry> batch = new ArrayList<>();
    batch.add(first);
    entries.drainTo(batch, maxBatchEntries - 1);
    return StoreBatch.of(batch);
  }
}
