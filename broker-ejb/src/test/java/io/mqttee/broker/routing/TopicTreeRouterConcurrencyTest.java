// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.packet.QoS;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class TopicTreeRouterConcurrencyTest {
  private static final int THREADS = 6;
  private static final int ROUNDS = 20_000;

  @Test
  void subscriptionsAreRoutableWhileOthersSubscribeUnsubscribeAndRoute() throws Exception {
    TopicTreeRouter router = new TopicTreeRouter();
    router.subscribe(new Subscription("stable", "x/#", QoS.AT_MOST_ONCE));
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger stableMisses = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> churners = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      String client = "c" + t;
      churners.add(new Thread(() -> churn(router, client, start, failures), "churn-" + t));
    }
    Thread reader =
        new Thread(
            () -> {
              awaitQuietly(start);
              while (!stop.get()) {
                RecordingTarget target = new RecordingTarget();
                router.route("x/y/z", target);
                if (!target.clients().contains("stable")) {
                  stableMisses.incrementAndGet();
                }
              }
            },
            "reader");
    churners.forEach(Thread::start);
    reader.start();
    start.countDown();
    for (Thread t : churners) {
      t.join();
    }
    stop.set(true);
    reader.join();

    assertTrue(failures.isEmpty(), () -> failures.peek());
    assertEquals(0, stableMisses.get());
    assertEquals(1, router.subscriptionCount());
  }

  /** Subscribes, checks the subscription routes, unsubscribes: the same few nodes come and go. */
  private static void churn(
      TopicTreeRouter router,
      String client,
      CountDownLatch start,
      ConcurrentLinkedQueue<String> failures) {
    awaitQuietly(start);
    for (int i = 0; i < ROUNDS && failures.isEmpty(); i++) {
      String filter = (i % 2 == 0) ? "x/y/z" : "x/+/z/w";
      String topic = (i % 2 == 0) ? "x/y/z" : "x/q/z/w";
      router.subscribe(new Subscription(client, filter, QoS.AT_LEAST_ONCE));
      RecordingTarget target = new RecordingTarget();
      router.route(topic, target);
      if (!target.clients().contains(client)) {
        failures.add(client + " subscribed to " + filter + " but " + topic + " missed it");
      }
      if (!router.unsubscribe(client, filter, null)) {
        failures.add(client + " could not unsubscribe " + filter);
      }
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
