// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

import java.util.Map;

/**
 * Metrics at one moment.
 *
 * @param counters monotonic counters by name ({@code messages.received}, {@code bytes.sent}, ...)
 * @param gauges current values by name ({@code connections}, {@code subscriptions}, ...)
 * @param rates per-second rates of the counters over the last sampling interval, by counter name
 */
public record MetricsSample(
    long atMillis,
    Map<String, Long> counters,
    Map<String, Long> gauges,
    Map<String, Double> rates) {}
