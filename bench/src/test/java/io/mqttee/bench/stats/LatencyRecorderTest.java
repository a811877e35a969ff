// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class LatencyRecorderTest {

  private static long[] oneToHundred() {
    LatencyRecorder recorder = new LatencyRecorder(100);
    for (long v = 100; v >= 1; v--) {
      recorder.record(v);
    }
    return recorder.sorted();
  }

  @Test
  void percentilesUseNearestRank() {
    long[] sorted = oneToHundred();
    assertEquals(50, LatencyRecorder.percentile(sorted, 0.50));
    assertEquals(99, LatencyRecorder.percentile(sorted, 0.99));
    assertEquals(100, LatencyRecorder.percentile(sorted, 0.999));
    assertEquals(1, LatencyRecorder.percentile(sorted, 0.0));
    assertEquals(100, LatencyRecorder.percentile(sorted, 1.0));
  }

  @Test
  void percentileOfNoSamplesIsZero() {
    assertEquals(0, LatencyRecorder.percentile(new long[0], 0.99));
  }

  @Test
  void sortsSamplesAndCountsThoseBeyondCapacity() {
    LatencyRecorder recorder = new LatencyRecorder(3);
    for (long v : new long[] {30, 10, 20, 40, 50}) {
      recorder.record(v);
    }
    assertArrayEquals(new long[] {10, 20, 30}, recorder.sorted());
    assertEquals(3, recorder.count());
    assertEquals(2, recorder.dropped());
  }
}
