// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.PahoV5Client;
import io.mqttee.e2e.support.RawSession;
import io.mqttee.e2e.support.Received;
import io.mqttee.protocol.packet.Publish;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Routes reach the other nodes of a cluster asynchronously: a test publishes QoS 0 probes until its
 * subscriber gets one, and later skips a probe that came late.
 */
final class RouteProbes {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private RouteProbes() {}

  /**
   * Routes reach the other nodes asynchronously: publishes a probe on {@code topic} from {@code
   * publisher} until {@code subscriber} gets one, then drops what else came.
   */
  static void awaitRoute(PahoClient publisher, PahoClient subscriber, String topic)
      throws Exception {
    awaitRoute(publisher, subscriber, topic, WAIT);
  }

  static void awaitRoute(PahoClient publisher, PahoClient subscriber, String topic, Duration wait)
      throws Exception {
    long deadline = System.nanoTime() + wait.toNanos();
    while (subscriber.poll(Duration.ofMillis(200)) == null) {
      assertTrue(System.nanoTime() < deadline, "no route to the subscriber's node for " + topic);
      publisher.publish(topic, "probe", 0, false);
    }
    subscriber.drain(Duration.ofMillis(500));
  }

  /** {@link #awaitRoute(PahoClient, PahoClient, String)} for a subscriber speaking raw MQTT. */
  static void awaitRoute(PahoClient publisher, RawSession subscriber, String topic)
      throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!(subscriber.answerWithin(Duration.ofMillis(200)) instanceof Publish)) {
      assertTrue(System.nanoTime() < deadline, "no route to the subscriber's node for " + topic);
      publisher.publish(topic, "probe", 0, false);
    }
    while (subscriber.answerWithin(Duration.ofMillis(500)) != null) {
      // a later probe
    }
  }

  /** The same for an MQTT 5 subscriber. */
  static void awaitRoute(PahoClient publisher, PahoV5Client subscriber, String topic)
      throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (subscriber.drain(Duration.ofMillis(200)).isEmpty()) {
      assertTrue(System.nanoTime() < deadline, "no route to the subscriber's node for " + topic);
      publisher.publish(topic, "probe", 0, false);
    }
    subscriber.drain(Duration.ofMillis(500));
  }

  /** The next {@code count} messages other than a late probe of {@link #awaitRoute}. */
  static List<Received> nextSkippingProbes(PahoClient subscriber, int count)
      throws InterruptedException {
    List<Received> got = new ArrayList<>();
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (got.size() < count) {
      Received next = subscriber.poll(Duration.ofNanos(deadline - System.nanoTime()));
      assertTrue(next != null, "only " + got.size() + " of " + count + " arrived: " + got);
      if (!"probe".equals(next.text())) {
        got.add(next);
      }
    }
    return got;
  }
}
