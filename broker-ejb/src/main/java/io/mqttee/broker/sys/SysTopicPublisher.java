// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.sys;

import io.mqttee.broker.config.BrokerConfig;
import io.mqttee.broker.retained.RetainedMessages;
import io.mqttee.broker.routing.Router;
import io.mqttee.broker.store.StoreStats;
import io.mqttee.connector.api.TrafficCounters;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Publishes the broker's state as retained QoS 0 messages on {@code $SYS/broker/...}, with the
 * topic names mosquitto uses. A round publishes only the values that changed since the previous
 * one, as mosquitto does; retained copies serve new subscribers. The version goes out once.
 */
public final class SysTopicPublisher {
  static final String VERSION = "$SYS/broker/version";

  private final String version;
  private final int intervalSeconds;
  private final Consumer<Publish> sink;
  private final SysSources sources;
  private final LongSupplier clockMillis;
  private final Map<String, String> lastPublished = new HashMap<>();
  private ScheduledFuture<?> schedule; // guarded by this

  /**
   * The sources the values come from.
   *
   * @param traffic bytes and packets as the transport counts them
   * @param store how the message store keeps up
   * @param extra values of other parts of the application, such as the MQTT-SN gateway's counters,
   *     by topic
   */
  public record SysSources(
      BrokerMetrics metrics,
      Router router,
      RetainedMessages retained,
      Supplier<TrafficCounters> traffic,
      Supplier<StoreStats> store,
      Supplier<Map<String, String>> extra) {

    public SysSources(
        BrokerMetrics metrics,
        Router router,
        RetainedMessages retained,
        Supplier<TrafficCounters> traffic,
        Supplier<StoreStats> store) {
      this(metrics, router, retained, traffic, store, Map::of);
    }

    public SysSources(
        BrokerMetrics metrics,
        Router router,
        RetainedMessages retained,
        Supplier<TrafficCounters> traffic) {
      this(metrics, router, retained, traffic, () -> StoreStats.NONE);
    }
  }

  /**
   * @param sink the broker's publish entry point, which also retains the messages
   */
  public SysTopicPublisher(BrokerConfig config, Consumer<Publish> sink, SysSources sources) {
    this(
        "MQTTee " + productVersion(),
        config.sysIntervalSeconds(),
        sink,
        sources,
        System::currentTimeMillis);
  }

  public SysTopicPublisher(
      String version,
      int intervalSeconds,
      Consumer<Publish> sink,
      SysSources sources,
      LongSupplier clockMillis) {
    this.version = version;
    this.intervalSeconds = intervalSeconds;
    this.sink = sink;
    this.sources = sources;
    this.clockMillis = clockMillis;
  }

  /** Publishes now and then every interval; does nothing when the interval is 0. */
  public synchronized void start(ScheduledExecutorService executor) {
    if (intervalSeconds <= 0 || schedule != null) {
      return;
    }
    schedule = executor.scheduleAtFixedRate(this::publishNow, 0, intervalSeconds, TimeUnit.SECONDS);
  }

  public synchronized void stop() {
    if (schedule != null) {
      schedule.cancel(false);
      schedule = null;
    }
  }

  /** One round: publishes every value that changed since the previous round. */
  public synchronized void publishNow() {
    for (Map.Entry<String, String> value : currentValues().entrySet()) {
      String previous = lastPublished.put(value.getKey(), value.getValue());
      if (!value.getValue().equals(previous)) {
        sink.accept(retained(value.getKey(), value.getValue()));
      }
    }
  }

  /** The values as of now, by topic. */
  Map<String, String> currentValues() {
    BrokerMetrics metrics = sources.metrics();
    TrafficCounters traffic = sources.traffic().get();
    long uptimeSeconds = (clockMillis.getAsLong() - metrics.startedAtMillis()) / 1000;
    Map<String, String> values = new LinkedHashMap<>();
    values.put(VERSION, version);
    values.put("$SYS/broker/uptime", uptimeSeconds + " seconds");
    values.put("$SYS/broker/clients/connected", Long.toString(metrics.clientsConnected()));
    values.put("$SYS/broker/clients/total", Long.toString(metrics.clientsTotal()));
    values.put(
        "$SYS/broker/subscriptions/count", Long.toString(sources.router().subscriptionCount()));
    values.put("$SYS/broker/retained messages/count", Long.toString(sources.retained().count()));
    values.put("$SYS/broker/messages/received", Long.toString(metrics.messagesReceived()));
    values.put("$SYS/broker/messages/sent", Long.toString(metrics.messagesSent()));
    values.put("$SYS/broker/messages/dropped", Long.toString(metrics.messagesDropped()));
    values.put("$SYS/broker/topics/refused", Long.toString(metrics.topicsRefused()));
    values.put("$SYS/broker/bytes/received", Long.toString(traffic.bytesReceived()));
    values.put("$SYS/broker/bytes/sent", Long.toString(traffic.bytesSent()));
    values.put("$SYS/broker/packets/received", Long.toString(traffic.packetsReceived()));
    values.put("$SYS/broker/packets/sent", Long.toString(traffic.packetsSent()));
    putStore(values, sources.store().get());
    values.putAll(sources.extra().get());
    return values;
  }

  /** The store's lag, batches, commit time and failures. */
  private static void putStore(Map<String, String> values, StoreStats store) {
    values.put("$SYS/broker/store/state", store.healthy() ? "ok" : "failing");
    values.put("$SYS/broker/store/pending", Long.toString(store.pendingEntries()));
    values.put("$SYS/broker/store/batches", Long.toString(store.batches()));
    values.put("$SYS/broker/store/batch size", Long.toString(store.lastBatchSize()));
    values.put(
        "$SYS/broker/store/commit time/microseconds", Long.toString(store.lastCommitMicros()));
    values.put("$SYS/broker/store/failed commits", Long.toString(store.failedCommits()));
    values.put("$SYS/broker/store/dropped writes", Long.toString(store.droppedOperations()));
  }

  private static Publish retained(String topic, String value) {
    return new Publish(
        topic,
        QoS.AT_MOST_ONCE,
        true,
        false,
        0,
        value.getBytes(StandardCharsets.US_ASCII),
        MqttProperties.EMPTY);
  }

  private static String productVersion() {
    String v = SysTopicPublisher.class.getPackage().getImplementationVersion();
    return v != null ? v.replace("-SNAPSHOT", "") : "0.1.0";
  }
}
