// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.management;

import io.mqttee.broker.admin.MetricsSample;
import java.util.ArrayList;
import java.util.List;

/** The last samples in a ring: the oldest is overwritten once it is full. Thread-safe. */
final class MetricsHistory {
  private final MetricsSample[] ring;
  private int next; // guarded by this
  private int size; // guarded by this

  MetricsHistory(int capacity) {
    this.ring = new MetricsSample[capacity];
  }

  synchronized void add(MetricsSample sample) {
    ring[next] = sample;
    next = (next + 1) % ring.length;
    size = Math.min(size + 1, ring.length);
  }

  /** The newest sample, or null before the first. */
  synchronized MetricsSample latest() {
    return size == 0 ? null : ring[Math.floorMod(next - 1, ring.length)];
  }

  /** Oldest first. */
  synchronized List<MetricsSample> all() {
    List<MetricsSample> samples = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      samples.add(ring[Math.floorMod(next - size + i, ring.length)]);
    }
    return samples;
  }
}
