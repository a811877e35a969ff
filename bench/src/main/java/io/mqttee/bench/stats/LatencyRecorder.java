// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.stats;

import java.util.Arrays;

/**
 * Latency samples in nanoseconds, kept whole in a bounded array so percentiles are exact
 * (nearest-rank). Written by one thread; read after that thread has stopped.
 */
public final class LatencyRecorder {

  private final long[] samples;
  private int count;
  private long dropped;

  public LatencyRecorder(int capacity) {
    this.samples = new long[capacity];
  }

  public void record(long nanos) {
    if (count < samples.length) {
      samples[count++] = nanos;
    } else {
      dropped++;
    }
  }

  public int count() {
    return count;
  }

  /** Samples that arrived after the array was full. */
  public long dropped() {
    return dropped;
  }

  /** The sorted samples, for {@link #percentile}. */
  public long[] sorted() {
    long[] copy = Arrays.copyOf(samples, count);
    Arrays.sort(copy);
    return copy;
  }

  /**
   * The nearest-rank percentile: the smallest sample with at least {@code fraction} of all samples
   * at or below it; 0 when there are none.
   */
  public static long percentile(long[] sorted, double fraction) {
    if (sorted.length == 0) {
      return 0;
    }
    if (fraction <= 0) {
      return sorted[0];
    }
    int rank = (int) Math.ceil(fraction * sorted.length);
    return sorted[Math.min(rank, sorted.length) - 1];
  }
}
