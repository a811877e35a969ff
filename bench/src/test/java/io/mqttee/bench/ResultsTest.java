// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.bench.load.Measurement;
import io.mqttee.bench.load.RunPlan;
import io.mqttee.bench.stats.ResultLine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ResultsTest {

  private static final Measurement MEASURED =
      new Measurement(1_000_000_000L, 100, 98, 2, 1, 0, 0, -1, 1_000, new long[0]);

  private static ResultLine line(String... args) {
    BenchOptions options = BenchOptions.parse(args);
    RunPlan plan = options.scenario().plan(options);
    return Results.line("fanin", "mqttee-h2", plan, MEASURED);
  }

  @Test
  void aPersistentRunSaysSoAfterTheQos() {
    ResultLine line = line("--scenario=fanin", "--qos=1", "--persistent-subscriber");
    assertEquals("1", line.get("persistent"));
    assertEquals("mqttee-h2", line.get("broker"));
    assertTrue(line.toString().contains(" qos=1 persistent=1 publishers=10 "), line.toString());
    assertEquals("2", line.get("lost"));
    assertEquals("1", line.get("duplicates"));
  }

  @Test
  void otherRunsKeepTheirLine() {
    ResultLine line = line("--scenario=fanin", "--qos=1");
    assertNull(line.get("persistent"));
    assertTrue(line.toString().contains(" qos=1 publishers=10 "), line.toString());
  }

  @Test
  void duplicatesAreLeftOutWhenTheyWereNotCounted() {
    BenchOptions options = BenchOptions.parse("--scenario=fanin", "--payload=8");
    Measurement m = new Measurement(1_000_000_000L, 100, 100, 0, -1, 0, 0, -1, 1_000, new long[0]);
    ResultLine line = Results.line("fanin", "mosquitto", options.scenario().plan(options), m);
    assertNull(line.get("duplicates"));
    assertEquals("0", line.get("lost"));
  }
}
