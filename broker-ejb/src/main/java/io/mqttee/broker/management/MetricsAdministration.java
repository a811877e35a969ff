// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.management;

import io.mqttee.broker.admin.MetricsAdmin;
import io.mqttee.broker.admin.MetricsSample;
import io.mqttee.broker.store.StoreStats;
import io.mqttee.broker.sys.BrokerMetrics;
import io.mqttee.broker.sys.SysTopicPublisher.SysSources;
import io.mqttee.connector.api.TrafficCounters;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Counters, gauges and rates from the sources $SYS reads, with one sample a second kept for the
 * last ten minutes. Rates are per second over the interval since the previous sample.
 */
public final class MetricsAdministration implements MetricsAdmin {
  /** How many one-second samples are kept. */
  public static final int HISTORY_SAMPLES = 600;

  private final SysSources sources;
  private final IntSupplier sessions;
  private final LongSupplier clock;
  private final MetricsHistory history = new MetricsHistory(HISTORY_SAMPLES);
  private ScheduledFuture<?> schedule; // guarded by this

  /**
   * @param sessions how many sessions the broker holds, connected or not
   */
  public MetricsAdministration(SysSources sources, IntSupplier sessions, LongSupplier clock) {
    this.sources = sources;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** Samples every second from now on. */
  public synchronized void start(ScheduledExecutorService executor) {
    if (schedule == null) {
      schedule = executor.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }
  }

  public synchronized void stop() {
    if (schedule != null) {
      schedule.cancel(false);
      schedule = null;
    }
  }

  /** Takes one sample and keeps it; the scheduler calls it every second. */
  public void sample() {
    history.add(now());
  }

  @Override
  public MetricsSample now() {
    long at = clock.getAsLong();
    Map<String, Long> counters = counters();
    return new MetricsSample(at, counters, gauges(), rates(at, counters, history.latest()));
  }

  @Override
  public List<MetricsSample> recent() {
    return history.all();
  }

  private Map<String, Long> counters() {
    BrokerMetrics metrics = sources.metrics();
    TrafficCounters traffic = sources.traffic().get();
    StoreStats store = sources.store().get();
    Map<String, Long> counters = new LinkedHashMap<>();
    counters.put("messages.received", metrics.messagesReceived());
    counters.put("messages.sent", metrics.messagesSent());
    counters.put("messages.dropped", metrics.messagesDropped());
    counters.put("bytes.received", traffic.bytesReceived());
    counters.put("bytes.sent", traffic.bytesSent());
    counters.put("packets.received", traffic.packetsReceived());
    counters.put("packets.sent", traffic.packetsSent());
    counters.put("connections.total", metrics.clientsTotal());
    counters.put("topics.refused", metrics.topicsRefused());
    counters.put("store.batches", store.batches());
    counters.put("store.failed-commits", store.failedCommits());
    counters.put("store.dropped-writes", store.droppedOperations());
    return Collections.unmodifiableMap(counters);
  }

  private Map<String, Long> gauges() {
    Map<String, Long> gauges = new LinkedHashMap<>();
    gauges.put("connections", (long) sources.metrics().clientsConnected());
    gauges.put("sessions", (long) sessions.getAsInt());
    gauges.put("subscriptions", (long) sources.router().subscriptionCount());
    gauges.put("retained", (long) sources.retained().count());
    gauges.put("store.pending", sources.store().get().pendingEntries());
    return Collections.unmodifiableMap(gauges);
  }

  /** Per second since {@code previous}; 0 without an earlier sample. */
  private static Map<String, Double> rates(
      long at, Map<String, Long> counters, MetricsSample previous) {
    Map<String, Double> rates = new LinkedHashMap<>();
    long elapsed = previous == null ? 0 : at - previous.atMillis();
    counters.forEach(
        (name, value) -> {
          Long before = previous == null ? null : previous.counters().get(name);
          double rate = before == null || elapsed <= 0 ? 0.0 : (value - before) * 1000.0 / elapsed;
          rates.put(name, rate);
        });
    return Collections.unmodifiableMap(rates);
  }
}
