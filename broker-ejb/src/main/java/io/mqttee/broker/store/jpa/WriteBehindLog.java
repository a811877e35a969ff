// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import io.mqttee.broker.store.jpa.LogEntry.DurableAction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store's calls in call order, cut into batches by the one writer thread. An action lands in
 * the batch of the operations appended before it, or a later one, so it runs only after they are
 * committed.
 *
 * <p>Bounded: when {@code capacity} entries wait, an append blocks until the writer takes a batch,
 * so a database slower than the clients slows the worker lanes that feed it (and through them the
 * reads of their connections) instead of filling the heap. The writer thread itself never blocks
 * (its actions may append), nobody waits for a writer that has ended, and an interrupted appender
 * stops waiting.
 */
final class WriteBehindLog {
  private final BlockingQueue<LogEntry> entries = new LinkedBlockingQueue<>();
  private final int maxBatchEntries;
  private final int capacity;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition taken = lock.newCondition();
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicLong actionsAppended = new AtomicLong();
  private volatile Thread writer;

  WriteBehindLog(int maxBatchEntries, int capacity) {
    this.maxBatchEntries = maxBatchEntries;
    this.capacity = capacity;
  }

  void append(StoreOperation operation) {
    add(operation);
  }

  void whenDurable(Runnable onDurable, Runnable onFailed) {
    add(new DurableAction(onDurable, onFailed, actionsAppended.incrementAndGet()));
  }

  /** How many actions were appended so far; each action's number is at most this. */
  long actionsAppended() {
    return actionsAppended.get();
  }

  /** Entries appended and not yet taken. */
  int pending() {
    return entries.size();
  }

  /** The next batch, waiting up to {@code timeout} for a first entry; null if none came. */
  StoreBatch take(long timeout, TimeUnit unit) throws InterruptedException {
    writer = Thread.currentThread();
    LogEntry first = entries.poll(timeout, unit);
    return first == null ? null : cut(first);
  }

  /** The next batch without waiting; null when the log is empty. */
  StoreBatch takeNow() {
    writer = Thread.currentThread();
    LogEntry first = entries.poll();
    return first == null ? null : cut(first);
  }

  private void add(LogEntry entry) {
    if (entries.size() >= capacity && mayWait()) {
      awaitRoom();
    }
    entries.add(entry);
  }

  private boolean mayWait() {
    Thread current = writer;
    return current != null && current != Thread.currentThread() && current.isAlive();
  }

  private void awaitRoom() {
    waiting.incrementAndGet();
    lock.lock();
    try {
      while (entries.size() >= capacity && mayWait()) {
        try {
          taken.await(1, TimeUnit.SECONDS); // bounded, so a writer that ended is noticed
        } catch (InterruptedException e) {
          // shutting down: append over capacity rather than hold the thread
          Thread.currentThread().interrupt();
          return;
        }
      }
    } finally {
      lock.unlock();
      waiting.decrementAndGet();
    }
  }

  private StoreBatch cut(LogEntry first) {
    List<LogEntry> batch = new ArrayList<>();
    batch.add(first);
    entries.drainTo(batch, maxBatchEntries - 1);
    if (waiting.get() > 0) {
      lock.lock();
      try {
        taken.signalAll();
      } finally {
        lock.unlock();
      }
    }
    return StoreBatch.of(batch);
  }
}
