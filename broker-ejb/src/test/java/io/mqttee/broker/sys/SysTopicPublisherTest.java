// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.broker.retained.RetainedMessages;
import io.mqttee.broker.routing.Subscription;
import io.mqttee.broker.routing.TopicTreeRouter;
import io.mqttee.broker.store.StoreStats;
import io.mqttee.connector.api.TrafficCounters;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SysTopicPublisherTest {
  private final BrokerMetrics metrics = new BrokerMetrics();
  private final TopicTreeRouter router = new TopicTreeRouter();
  private final List<Publish> published = new ArrayList<>();
  private TrafficCounters traffic = new TrafficCounters(1000, 2000, 10, 20);
  private long now = metrics.startedAtMillis() + 123_456;

  private final SysTopicPublisher publisher = publisher(10, published::add);

  private SysTopicPublisher publisher(int interval, Consumer<Publish> sink) {
    return new SysTopicPublisher(
        "MQTTee 0.1.0",
        interval,
        sink,
        new SysTopicPublisher.SysSources(
            metrics,
            router,
            new FixedCount(4),
            () -> traffic,
            () -> new StoreStats(3, 7, 5, 1200, 1, 2, false)),
        () -> now);
  }

  /** Retained messages that only report a count. */
  private record FixedCount(int count) implements RetainedMessages {
    @Override
    public boolean apply(Publish retainedPublish) {
      return false;
    }

    @Override
    public void forEachMatching(String topicFilter, Consumer<Publish> target) {}
  }

  private Map<String, String> publishedValues() {
    Map<String, String> values = new LinkedHashMap<>();
    for (Publish p : published) {
      values.put(p.topic(), new String(p.payload(), StandardCharsets.US_ASCII));
    }
    return values;
  }

  @Test
  void firstRoundPublishesEveryTopicRetainedAtQos0() {
    metrics.clientConnected();
    metrics.clientConnected();
    metrics.clientDisconnected();
    metrics.messageReceived();
    metrics.messageSent();
    metrics.messageSent();
    metrics.messageDropped();
    router.subscribe(new Subscription("c", "a/#", QoS.AT_MOST_ONCE));

    publisher.publishNow();

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("$SYS/broker/version", "MQTTee 0.1.0");
    expected.put("$SYS/broker/uptime", "123 seconds");
    expected.put("$SYS/broker/clients/connected", "1");
    expected.put("$SYS/broker/clients/total", "2");
    expected.put("$SYS/broker/subscriptions/count", "1");
    expected.put("$SYS/broker/retained messages/count", "4");
    expected.put("$SYS/broker/messages/received", "1");
    expected.put("$SYS/broker/messages/sent", "2");
    expected.put("$SYS/broker/messages/dropped", "1");
    expected.put("$SYS/broker/topics/refused", "0");
    expected.put("$SYS/broker/bytes/received", "1000");
    expected.put("$SYS/broker/bytes/sent", "2000");
    expected.put("$SYS/broker/packets/received", "10");
    expected.put("$SYS/broker/packets/sent", "20");
    expected.put("$SYS/broker/store/state", "failing");
    expected.put("$SYS/broker/store/pending", "3");
    expected.put("$SYS/broker/store/batches", "7");
    expected.put("$SYS/broker/store/batch size", "5");
    expected.put("$SYS/broker/store/commit time/microseconds", "1200");
    expected.put("$SYS/broker/store/failed commits", "1");
    expected.put("$SYS/broker/store/dropped writes", "2");
    assertEquals(expected, publishedValues());
    for (Publish p : published) {
      assertTrue(p.retain(), p.topic());
      assertEquals(QoS.AT_MOST_ONCE, p.qos());
      assertEquals(0, p.packetId());
    }
  }

  @Test
  void laterRoundsPublishOnlyChangedValues() {
    publisher.publishNow();
    published.clear();

    now += 1000;
    metrics.messageReceived();
    traffic = new TrafficCounters(1500, 2000, 11, 20);
    publisher.publishNow();

    assertEquals(
        Map.of(
            "$SYS/broker/uptime", "124 seconds",
            "$SYS/broker/messages/received", "1",
            "$SYS/broker/bytes/received", "1500",
            "$SYS/broker/packets/received", "11"),
        publishedValues());
  }

  @Test
  void startPublishesAtOnceAndStopEndsTheSchedule() throws Exception {
    CountDownLatch firstRound = new CountDownLatch(13);
    SysTopicPublisher scheduled = publisher(3600, p -> firstRound.countDown());
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
    executor.setRemoveOnCancelPolicy(true);
    try {
      scheduled.start(executor);
      assertTrue(firstRound.await(5, TimeUnit.SECONDS));
      scheduled.stop();
      assertEquals(0, executor.getQueue().size());
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void zeroIntervalSchedulesNothing() {
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
    try {
      publisher(0, published::add).start(executor);
      assertEquals(0, executor.getQueue().size());
      assertEquals(0, executor.getTaskCount());
    } finally {
      executor.shutdownNow();
    }
  }
}
