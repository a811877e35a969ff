// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ProcessCpuTest {

  @Test
  void addsUserAndSystemTicksAfterACommandNameWithSpacesAndParentheses() {
    String stat =
        "4242 (my (odd) cmd) S 1 4242 4242 0 -1 4194560 1234 0 0 0 700 35 0 0 20 0 9 0 100 0";
    assertEquals(735, ProcessCpu.parseTicks(stat));
  }

  @Test
  void readsThisProcessCpuTime() {
    assertTrue(new ProcessCpu(0, 100).cpuNanos() > 0);
  }

  @Test
  void reportsAMissingProcessAsMinusOne() {
    assertEquals(-1, new ProcessCpu(Long.MAX_VALUE, 100).cpuNanos());
  }
}
