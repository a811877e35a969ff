// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import io.mqttee.broker.store.StoreStats;

/** What the writer counts, written by its thread only and read by any. */
final class StoreCounters {
  private volatile long batches;
  private volatile long lastBatchSize;
  private volatile long lastCommitMicros;
  private volatile long failedCommits;
  private volatile long droppedOperations;
  private volatile boolean healthy = true;

  void committed(int operations, long nanos) {
    batches++;
    lastBatchSize = operations;
    lastCommitMicros = nanos / 1000;
    healthy = true;
  }

  void failed() {
    failedCommits++;
    healthy = false;
  }

  void dropped(int operations) {
    droppedOperations += operations;
  }

  boolean healthy() {
    return healthy;
  }

  long droppedOperations() {
    return droppedOperations;
  }

  /**
   * @param refusedWrites writes refused before they reached the log, counted with the dropped ones
   */
  StoreStats snapshot(long pendingEntries, long refusedWrites) {
    return new StoreStats(
        pendingEntries,
        batches,
        lastBatchSize,
        lastCommitMicros,
        failedCommits,
        droppedOperations + refusedWrites,
        healthy);
  }
}
