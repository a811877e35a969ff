// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.broker.admin.MetricsSample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class DashboardFiguresTest {

  private static final MetricsSample SAMPLE =
      new MetricsSample(
          1_700_000_000_000L,
          Map.of("messages.received", 1000L),
          Map.of("connections", 12L, "sessions", 15L, "subscriptions", 30L, "retained", 4L),
          Map.of(
              "messages.received", 250.5,
              "messages.sent", 501.0,
              "bytes.received", 10_000.0,
              "bytes.sent", 20_000.25));

  @Test
  void readsTheDashboardsFiguresByTheirMetricNames() {
    assertEquals(
        new DashboardFigures(1_700_000_000_000L, 12, 15, 30, 4, 250.5, 501.0, 10_000.0, 20_000.25),
        DashboardFigures.of(SAMPLE));
  }

  @Test
  void showsAMissingMetricAsZero() {
    MetricsSample empty = new MetricsSample(5, Map.of(), Map.of(), Map.of());
    assertEquals(new DashboardFigures(5, 0, 0, 0, 0, 0, 0, 0, 0), DashboardFigures.of(empty));
  }

  @Test
  void writesTheJsonTheDashboardScriptReads() {
    assertEquals(
        "{\"at\":1700000000000,\"connections\":12,\"sessions\":15,\"subscriptions\":30,"
            + "\"retained\":4,\"messagesIn\":250.50,\"messagesOut\":501.00,"
            + "\"bytesIn\":10000.00,\"bytesOut\":20000.25}",
        DashboardFigures.of(SAMPLE).json());
  }

  @Test
  void writesRatesJsonCannotHoldAsZero() {
    String json =
        new DashboardFigures(1, 0, 0, 0, 0, Double.NaN, Double.POSITIVE_INFINITY, 0, 0).json();
    assertEquals(
        "{\"at\":1,\"connections\":0,\"sessions\":0,\"subscriptions\":0,\"retained\":0,"
            + "\"messagesIn\":0,\"messagesOut\":0,\"bytesIn\":0.00,\"bytesOut\":0.00}",
        json);
  }

  @Test
  void writesRecentSamplesAsAnArrayOldestFirst() {
    MetricsSample later = new MetricsSample(2, Map.of(), Map.of("connections", 1L), Map.of());
    MetricsSample earlier = new MetricsSample(1, Map.of(), Map.of(), Map.of());
    String json = DashboardFigures.json(List.of(earlier, later));
    assertEquals(
        "[" + DashboardFigures.of(earlier).json() + "," + DashboardFigures.of(later).json() + "]",
        json);
    assertEquals("[]", DashboardFigures.json(List.of()));
  }

  @Test
  void showsWholeRatesWithoutDecimalsAndOthersWithOne() {
    assertEquals("12", DashboardFigures.rate(12.0));
    assertEquals("12.3", DashboardFigures.rate(12.34));
    assertEquals("0", DashboardFigures.rate(0));
  }
}
