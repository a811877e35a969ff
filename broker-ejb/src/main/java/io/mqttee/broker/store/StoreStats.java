// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store;

/**
 * How the store keeps up with the broker.
 *
 * @param pendingEntries writes and acknowledgements waiting for the writer (the store's lag)
 * @param batches batches committed since start
 * @param lastBatchSize operations in the last committed batch
 * @param lastCommitMicros time of the last commit, sync to disk included
 * @param failedCommits commits that failed since start; their acknowledgements were not sent
 * @param droppedOperations operations given up as unwritable (a failing row among good ones)
 * @param healthy false while the last commit failed and the writer is retrying
 */
public record StoreStats(
    long pendingEntries,
    long batches,
    long lastBatchSize,
    long lastCommitMicros,
    long failedCommits,
    long droppedOperations,
    boolean healthy) {

  /** A store with nothing to report. */
  public static final StoreStats NONE = new StoreStats(0, 0, 0, 0, 0, 0, true);
}
