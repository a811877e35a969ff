// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.load;

import io.mqttee.bench.stats.LatencyRecorder;
import io.mqttee.bench.stats.ProcessCpu;
import io.mqttee.bench.wire.ClientConnection;
import io.mqttee.bench.wire.FrameScanner;
import io.mqttee.bench.wire.PacketBytes;
import io.mqttee.bench.wire.PublishTemplate;
import io.mqttee.protocol.mqttsn.SnTopic;
import io.mqttee.protocol.packet.QoS;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Connects the clients of a {@link RunPlan} (publishers over MQTT or MQTT-SN, subscribers over
 * MQTT), runs warm-up and measured window, then stops.
 */
public final class LoadRun {

  private static final long DRAIN_QUIET_NANOS = 1_000_000_000L;
  private static final long DRAIN_MAX_NANOS = 5_000_000_000L;
  private static final long JOIN_MILLIS = 5_000;

  /**
   * Persistent subscribers are named {@code bench-persistent-s0, -s1, ...} in every run, so a run
   * discards what an earlier one that was killed left behind under the same names.
   */
  static final String PERSISTENT_SUBSCRIBER_PREFIX = "bench-persistent-s";

  private final RunPlan plan;
  private final ProcessCpu brokerCpu;
  private final ProcessCpu generatorCpu;

  public LoadRun(RunPlan plan) {
    this.plan = plan;
    this.brokerCpu =
        plan.brokerPid() > 0 ? new ProcessCpu(plan.brokerPid(), plan.ticksPerSecond()) : null;
    this.generatorCpu = new ProcessCpu(0, plan.ticksPerSecond());
  }

  /**
   * Connects, measures and disconnects. With persistent subscribers it also discards their sessions
   * before connecting (a run that was killed may have left one behind, which would hand this run
   * messages it never published) and after the final DISCONNECT, whether the run succeeded or not,
   * and when the JVM is stopped (Ctrl-C) during the run, so that no persistent session stays in the
   * broker.
   */
  public Measurement execute() throws IOException, InterruptedException {
    String prefix = "bench-" + ProcessHandle.current().pid() + "-";
    if (!plan.persistentSubscribers()) {
      return run(prefix + "p", prefix + "s");
    }
    Thread onStop = new Thread(this::discardSubscriberSessionsQuietly, "bench-discard-sessions");
    Runtime.getRuntime().addShutdownHook(onStop);
    try {
      discardSubscriberSessions();
      Measurement measurement;
      try {
        measurement = run(prefix + "p", PERSISTENT_SUBSCRIBER_PREFIX);
      } catch (IOException | InterruptedException | RuntimeException e) {
        try {
          discardSubscriberSessions();
        } catch (IOException | RuntimeException discardFailure) {
          e.addSuppressed(discardFailure);
        }
        throw e;
      }
      discardSubscriberSessions();
      return measurement;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(onStop);
      } catch (IllegalStateException e) {
        // the JVM is stopping: the hook runs
      }
    }
  }

  private void discardSubscriberSessionsQuietly() {
    try {
      discardSubscriberSessions();
    } catch (IOException | RuntimeException e) {
      // the JVM is stopping and the broker may be gone; the next persistent run discards them
    }
  }

  private void discardSubscriberSessions() throws IOException {
    Clients.discardSessions(
        plan.subscriberAddress(),
        plan.webSocketPath(),
        plan.version(),
        PERSISTENT_SUBSCRIBER_PREFIX,
        plan.subscribers());
  }

  private Measurement run(String publisherPrefix, String subscriberPrefix)
      throws IOException, InterruptedException {
    byte[] subscribe = PacketBytes.subscribe(plan.subscribeFilter(), plan.qos(), plan.version());
    int subscriberBuffer =
        Math.max(
            plan.subscribers() > 10 ? 16 * 1024 : 256 * 1024, 2 * (plan.payloadBytes() + 1024));
    List<ClientConnection> subscribers =
        Clients.connect(
            plan.subscriberAddress(),
            plan.webSocketPath(),
            plan.version(),
            subscriberPrefix,
            plan.subscribers(),
            subscribe,
            subscriberBuffer,
            plan.persistentSubscribers());
    try {
      return plan.mqttSnGateway() == null
          ? publishOverMqtt(subscribers, publisherPrefix)
          : publishOverMqttSn(subscribers, publisherPrefix);
    } finally {
      Clients.disconnect(subscribers, plan.version());
    }
  }

  private Measurement publishOverMqtt(List<ClientConnection> subscribers, String prefix)
      throws IOException, InterruptedException {
    List<ClientConnection> publishers = List.of();
    try {
      publishers =
          Clients.connect(
              plan.address(),
              plan.webSocketPath(),
              plan.version(),
              prefix,
              plan.publishers(),
              null,
              16 * 1024,
              false);
      FrameScanner scanner = new FrameScanner(plan.version().isMqtt5());
      int inFlight = plan.qos() == QoS.AT_MOST_ONCE ? 0 : plan.inFlightPerPublisher();
      List<Lane> lanes = new ArrayList<>();
      for (int i = 0; i < publishers.size(); i++) {
        PublishTemplate template =
            PublishTemplate.of(
                plan.publishTopics().get(i), plan.qos(), plan.payloadBytes(), plan.version());
        ClientConnection publisher = publishers.get(i);
        lanes.add(
            new PublisherLane(
                publisher, i, template, Math.min(inFlight, publisher.receiveMaximum()), scanner));
      }
      return measure(subscribers, lanes);
    } finally {
      Clients.disconnect(publishers, plan.version());
    }
  }

  /** One MQTT-SN client per publish topic, each with the topic id the gateway registered. */
  private Measurement publishOverMqttSn(List<ClientConnection> subscribers, String prefix)
      throws IOException, InterruptedException {
    List<SnClients.SnClient> publishers =
        SnClients.connect(plan.mqttSnGateway(), prefix, plan.publishTopics());
    try {
      int inFlight = plan.qos() == QoS.AT_MOST_ONCE ? 0 : plan.inFlightPerPublisher();
      List<Lane> lanes = new ArrayList<>();
      for (int i = 0; i < publishers.size(); i++) {
        SnClients.SnClient publisher = publishers.get(i);
        PublishTemplate template =
            PublishTemplate.mqttSn(
                new SnTopic.Registered(publisher.topicId()), plan.qos(), plan.payloadBytes());
        lanes.add(new SnPublisherLane(publisher, i, template, inFlight));
      }
      return measure(subscribers, lanes);
    } finally {
      SnClients.disconnect(publishers);
    }
  }

  private Measurement measure(List<ClientConnection> subscribers, List<Lane> lanes)
      throws IOException, InterruptedException {
    Progress progress = new Progress();
    LatencyRecorder latency =
        plan.latencySamples() > 0 ? new LatencyRecorder(plan.latencySamples()) : null;
    SubscriberLoop subscriberLoop =
        new SubscriberLoop(
            subscribers,
            plan.publishers(),
            progress,
            plan.version().isMqtt5(),
            PacketBytes.pubAckTemplate(plan.version()),
            latency);
    PublisherLoop publisherLoop =
        new PublisherLoop(
            lanes,
            new FlowControl(
                plan.messageLimit(),
                plan.window(),
                plan.subscribers(),
                plan.ratePerSecond(),
                System.nanoTime()),
            progress);
    Thread subscriberThread = start("bench-subscribers", subscriberLoop);
    Thread publisherThread = start("bench-publishers", publisherLoop);
    try {
      sleep(plan.warmup().toNanos(), progress);
      Snapshot start = snapshot(progress);
      progress.recording(true);
      sleep(plan.measure().toNanos(), progress);
      Snapshot end = snapshot(progress);
      progress.recording(false);
      progress.stopPublishing();
      publisherThread.join(JOIN_MILLIS);
      drain(progress);
      progress.stop();
      subscriberThread.join(JOIN_MILLIS);
      failIfBroken(progress);
      long lost = progress.published() * plan.subscribers() - progress.delivered();
      return new Measurement(
          end.nanos - start.nanos,
          end.published - start.published,
          end.delivered - start.delivered,
          lost,
          plan.payloadBytes() >= PublishTemplate.MARKED_BYTES ? progress.duplicates() : -1,
          plan.qos() == QoS.AT_MOST_ONCE ? 0 : progress.published() - publisherLoop.acked(),
          publisherLoop.stalls(),
          start.brokerCpu < 0 || end.brokerCpu < 0 ? -1 : end.brokerCpu - start.brokerCpu,
          end.generatorCpu - start.generatorCpu,
          latency == null ? new long[0] : latency.sorted());
    } finally {
      progress.stop();
      publisherThread.join(JOIN_MILLIS);
      subscriberThread.join(JOIN_MILLIS);
    }
  }

  private static Thread start(String name, Runnable loop) {
    Thread t = new Thread(loop, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Sleeps up to {@code nanos}, less if a loop failed or the message limit was reached. */
  private void sleep(long nanos, Progress progress) throws IOException, InterruptedException {
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end
        && progress.running()
        && progress.published() < plan.messageLimit()) {
      Thread.sleep(Math.max(1, Math.min(20, (end - System.nanoTime()) / 1_000_000)));
    }
    failIfBroken(progress);
  }

  /** Waits for deliveries in flight, so the lost count is not inflated by the stop itself. */
  private static void drain(Progress progress) throws InterruptedException {
    long start = System.nanoTime();
    long last = progress.delivered();
    long quietSince = start;
    while (progress.running() && System.nanoTime() - start < DRAIN_MAX_NANOS) {
      Thread.sleep(20);
      long now = progress.delivered();
      if (now != last) {
        last = now;
        quietSince = System.nanoTime();
      } else if (System.nanoTime() - quietSince > DRAIN_QUIET_NANOS) {
        return;
      }
    }
  }

  private static void failIfBroken(Progress progress) throws IOException {
    Throwable failure = progress.failure();
    if (failure != null) {
      throw new IOException("run failed: " + failure.getMessage(), failure);
    }
  }

  private Snapshot snapshot(Progress progress) {
    return new Snapshot(
        System.nanoTime(),
        progress.published(),
        progress.delivered(),
        brokerCpu == null ? -1 : brokerCpu.cpuNanos(),
        generatorCpu.cpuNanos());
  }

  private record Snapshot(
      long nanos, long published, long delivered, long brokerCpu, long generatorCpu) {}
}
