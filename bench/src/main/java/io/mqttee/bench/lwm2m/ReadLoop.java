// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.lwm2m;

import io.mqttee.bench.stats.LatencyRecorder;
import io.mqttee.bench.stats.ProcessCpu;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * Read round trips through the gateway: keeps {@code window} read commands in flight, spread over
 * the devices in turn, and times each from its publication on {@code dn} to its answer on {@code
 * up/resp}. One thread; the answers come from {@link MqttApplication}.
 */
final class ReadLoop {

  /** A command whose answer does not come within this is counted lost and replaced. */
  private static final long LOST_NANOS = 10_000_000_000L;

  private final MqttApplication app;
  private final List<String> endpoints;
  private final String path;
  private final int window;
  private final Map<Long, Long> sentNanos = new HashMap<>();
  private long nextReqId = 1;
  private int nextDevice;

  /** The measured window's counts. */
  record Result(
      long answered,
      long errors,
      long lost,
      long windowNanos,
      long[] latencyNanos,
      long brokerCpuNanos) {

    double perSecond() {
      return windowNanos <= 0 ? 0 : answered * 1e9 / windowNanos;
    }
  }

  ReadLoop(MqttApplication app, List<String> endpoints, String path, int window) {
    this.app = app;
    this.endpoints = endpoints;
    this.path = path;
    this.window = window;
  }

  /** Reads for {@code warmup}, then counts answers for {@code duration}. */
  Result run(Duration warmup, Duration duration, ProcessCpu broker)
      throws InterruptedException, MqttException {
    for (int i = 0; i < window; i++) {
      send();
    }
    long start = System.nanoTime() + warmup.toNanos();
    long end = start + duration.toNanos();
    long nextSweep = System.nanoTime() + 1_000_000_000L;
    LatencyRecorder latency = new LatencyRecorder(5_000_000);
    long answered = 0;
    long errors = 0;
    long lost = 0;
    long cpuAtStart = -1;
    boolean recording = false;
    long now;
    while ((now = System.nanoTime()) < end) {
      if (!recording && now >= start) {
        recording = true;
        cpuAtStart = broker == null ? -1 : broker.cpuNanos();
      }
      Uplink answer = app.nextAnswer(50);
      if (answer != null && answer.msgType().equals("connection_lost")) {
        throw new IllegalStateException("the MQTT connection was lost");
      }
      Long sent = answer == null ? null : sentNanos.remove(answer.reqId());
      if (sent != null) {
        long arrived = System.nanoTime();
        if (recording && sent >= start) {
          answered++;
          latency.record(arrived - sent);
          errors += answer.code().equals("2.05") ? 0 : 1;
        }
        send();
      }
      if (now >= nextSweep) {
        nextSweep = now + 1_000_000_000L;
        int expired = sweep(now);
        lost += recording ? expired : 0;
        for (int i = 0; i < expired; i++) {
          send();
        }
      }
    }
    long cpu = cpuAtStart < 0 ? -1 : broker.cpuNanos() - cpuAtStart;
    return new Result(answered, errors, lost, end - start, latency.sorted(), cpu);
  }

  private void send() throws MqttException {
    long reqId = nextReqId++;
    String endpoint = endpoints.get(nextDevice);
    nextDevice = (nextDevice + 1) % endpoints.size();
    sentNanos.put(reqId, System.nanoTime());
    app.read(endpoint, reqId, path);
  }

  /** Forgets the commands unanswered for too long; returns how many. */
  private int sweep(long now) {
    int expired = 0;
    for (Iterator<Long> sent = sentNanos.values().iterator(); sent.hasNext(); ) {
      if (now - sent.next() > LOST_NANOS) {
        sent.remove();
        expired++;
      }
    }
    return expired;
  }
}
