// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.management;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.broker.admin.MetricsSample;
import io.mqttee.broker.retained.RetainedMessageTree;
import io.mqttee.broker.routing.Subscription;
import io.mqttee.broker.routing.TopicTreeRouter;
import io.mqttee.broker.store.DiscardingMessageStore;
import io.mqttee.broker.store.StoreStats;
import io.mqttee.broker.sys.BrokerMetrics;
import io.mqttee.broker.sys.SysTopicPublisher.SysSources;
import io.mqttee.connector.api.TrafficCounters;
import io.mqttee.protocol.packet.QoS;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Counters, gauges, their rates, and the samples of the last ten minutes. */
@Tag("unit")
class MetricsAdministrationTest {
  private final AtomicLong now = new AtomicLong(10_000);
  private final BrokerMetrics metrics = new BrokerMetrics();
  private final TopicTreeRouter router = new TopicTreeRouter();
  private final AtomicReference<TrafficCounters> traffic =
      new AtomicReference<>(new TrafficCounters(0, 0, 0, 0));
  private final StoreStats store = new StoreStats(7, 3, 2, 100, 1, 0, true);
  private final MetricsAdministration admin =
      new MetricsAdministration(
          new SysSources(
              metrics,
              router,
              new RetainedMessageTree(new DiscardingMessageStore(), 0, Clock.systemUTC()),
              traffic::get,
              () -> store),
          () -> 42,
          now::get);

  @Test
  void ratesArePerSecondSinceThePreviousSample() {
    admin.sample();
    for (int i = 0; i < 10; i++) {
      metrics.messageReceived();
    }
    traffic.set(new TrafficCounters(4000, 1000, 0, 0));
    now.addAndGet(2000);

    MetricsSample sample = admin.now();

    assertEquals(12_000, sample.atMillis());
    assertEquals(10L, sample.counters().get("messages.received"));
    assertEquals(5.0, sample.rates().get("messages.received"));
    assertEquals(2000.0, sample.rates().get("bytes.received"));
    assertEquals(500.0, sample.rates().get("bytes.sent"));
    assertEquals(0.0, sample.rates().get("messages.sent"));
  }

  @Test
  void theFirstSampleHasNoRateYet() {
    metrics.messageSent();
    assertEquals(0.0, admin.now().rates().get("messages.sent"));
  }

  @Test
  void gaugesShowTheBrokerNow() {
    metrics.clientConnected();
    metrics.clientConnected();
    metrics.clientDisconnected();
    router.subscribe(new Subscription("c", "a/b", QoS.AT_MOST_ONCE));

    MetricsSample sample = admin.now();

    assertEquals(1L, sample.gauges().get("connections"));
    assertEquals(2L, sample.counters().get("connections.total"));
    assertEquals(42L, sample.gauges().get("sessions"));
    assertEquals(1L, sample.gauges().get("subscriptions"));
    assertEquals(0L, sample.gauges().get("retained"));
    assertEquals(7L, sample.gauges().get("store.pending"));
    assertEquals(1L, sample.counters().get("store.failed-commits"));
  }

  @Test
  void keepsTheLastTenMinutesOfSamplesOldestFirst() {
    for (int second = 0; second < MetricsAdministration.HISTORY_SAMPLES + 5; second++) {
      admin.sample();
      now.addAndGet(1000);
    }

    List<MetricsSample> recent = admin.recent();

    assertEquals(600, recent.size());
    assertEquals(15_000, recent.get(0).atMillis());
    assertEquals(614_000, recent.get(599).atMillis());
  }
}
