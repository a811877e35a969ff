// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.console;

import io.mqttee.broker.admin.MetricsSample;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the dashboard shows of one metrics sample, by the facade's metric names, and the JSON the
 * dashboard's script reads (pushed once a second, and the recent samples that seed the charts).
 */
public record DashboardFigures(
    long atMillis,
    long connections,
    long sessions,
    long subscriptions,
    long retained,
    double messagesIn,
    double messagesOut,
    double bytesIn,
    double bytesOut) {

  public static DashboardFigures of(MetricsSample sample) {
    return new DashboardFigures(
        sample.atMillis(),
        sample.gauges().getOrDefault("connections", 0L),
        sample.gauges().getOrDefault("sessions", 0L),
        sample.gauges().getOrDefault("subscriptions", 0L),
        sample.gauges().getOrDefault("retained", 0L),
        sample.rates().getOrDefault("messages.received", 0.0),
        sample.rates().getOrDefault("messages.sent", 0.0),
        sample.rates().getOrDefault("bytes.received", 0.0),
        sample.rates().getOrDefault("bytes.sent", 0.0));
  }

  /** Numbers only, so nothing needs escaping. */
  public String json() {
    return "{\"at\":"
        + atMillis
        + ",\"connections\":"
        + connections
        + ",\"sessions\":"
        + sessions
        + ",\"subscriptions\":"
        + subscriptions
        + ",\"retained\":"
        + retained
        + ",\"messagesIn\":"
        + number(messagesIn)
        + ",\"messagesOut\":"
        + number(messagesOut)
        + ",\"bytesIn\":"
        + number(bytesIn)
        + ",\"bytesOut\":"
        + number(bytesOut)
        + "}";
  }

  public static String json(List<MetricsSample> samples) {
    return samples.stream()
        .map(sample -> of(sample).json())
        .collect(Collectors.joining(",", "[", "]"));
  }

  /** A rate as the cards show it: at most one decimal. */
  public static String rate(double perSecond) {
    return perSecond == Math.rint(perSecond)
        ? Long.toString((long) perSecond)
        : String.format(Locale.ROOT, "%.1f", perSecond);
  }

  // JSON has no NaN or Infinity.
  private static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "0";
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
