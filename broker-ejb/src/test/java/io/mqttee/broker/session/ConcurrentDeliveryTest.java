// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import static io.mqttee.broker.session.Harness.publish;
import static io.mqttee.broker.session.Harness.subscribe;
import static io.mqttee.protocol.packet.QoS.AT_LEAST_ONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.Publish;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Publishers on several lanes, one subscriber acknowledging on its own: nothing lost or reordered.
 */
@Tag("unit")
class ConcurrentDeliveryTest {
  private static final int PUBLISHERS = 4;
  private static final int MESSAGES = 500;

  @Test
  void keepsEveryMessageAndEachPublishersOrderUnderConcurrentDelivery() throws Exception {
    TestConfig config = new TestConfig();
    config.maxInflightMessages = 8;
    config.maxQueuedMessages = PUBLISHERS * MESSAGES;
    Harness h = new Harness(config);
    TestClient sub = h.connect("sub", false);
    sub.send(subscribe(1, "c/#", AT_LEAST_ONCE));
    sub.take();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> lanes = new ArrayList<>();
    for (int p = 0; p < PUBLISHERS; p++) {
      TestClient pub = h.connect("pub" + p, true);
      String topic = "c/" + p;
      Thread lane =
          new Thread(
              () -> {
                awaitQuietly(start);
                for (int i = 0; i < MESSAGES; i++) {
                  pub.send(publish(topic, AT_LEAST_ONCE, i % 65_535 + 1, Integer.toString(i)));
                }
              });
      lanes.add(lane);
      lane.start();
    }
    start.countDown();
    Map<String, List<Integer>> received = new HashMap<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    int total = 0;
    while (total < PUBLISHERS * MESSAGES && System.nanoTime() < deadline) {
      for (Publish p : sub.takePublishes()) {
        received
            .computeIfAbsent(p.topic(), t -> new ArrayList<>())
            .add(Integer.valueOf(Harness.text(p)));
        sub.send(new PubAck(p.packetId()));
        total++;
      }
      Thread.onSpinWait();
    }
    for (Thread lane : lanes) {
      lane.join();
    }
    assertEquals(PUBLISHERS * MESSAGES, total);
    for (List<Integer> perTopic : received.values()) {
      for (int i = 0; i < perTopic.size(); i++) {
        assertEquals(i, perTopic.get(i), "MQTT-4.6.0-6: per-topic order");
      }
    }
    assertTrue(h.sessions().sessions().get("sub").inflightCount() == 0);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
