// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.RawSession;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/** What the acknowledgements of an MQTT 3.1.1 persistent session (Clean Session 0) promise. */
final class SessionPromises {

  /**
   * The broker's default {@code mqttee.session.max-queued-messages}, which the test domain keeps.
   */
  static final int QUEUE_LIMIT = 1000;

  private static final Duration WAIT = RawSession.WAIT;

  private SessionPromises() {}

  static List<String> texts(List<Publish> messages) {
    return messages.stream().map(RawSession::text).toList();
  }

  /** (a) The CONNACK of a new persistent session: the session exists. */
  static final class NewSession extends AcknowledgedAction {
    private final String clientId = Broker.clientId("crash-connack");

    NewSession() {
      super(
          "a CONNACK to Clean Session 0 means the session is stored: session present 1 after the"
              + " restart (MQTT-3.1.2-4, MQTT-3.2.2-2)");
    }

    @Override
    void act() throws Exception {
      RawSession session = keep(RawSession.connect(clientId, false));
      assertFalse(session.sessionPresent(), "a new session: session present 0");
    }

    @Override
    void verify() throws Exception {
      try (RawSession resumed = RawSession.connect(clientId, false)) {
        assertTrue(resumed.sessionPresent(), "CONNACK session present after the restart");
      }
    }
  }

  /** (b) The SUBACK of a persistent session: the subscription is part of the session. */
  static final class Subscription extends AcknowledgedAction {
    private final String clientId = Broker.clientId("crash-suback");
    private final String topic;
    private RawSession subscriber;

    Subscription(String root) {
      super(
          "a SUBACK to a persistent session means the subscription is stored: it delivers after"
              + " the restart (MQTT-3.1.2-4)");
      topic = root + "/suback";
    }

    @Override
    void prepare() throws Exception {
      subscriber = keep(RawSession.connect(clientId, false));
    }

    @Override
    void act() throws Exception {
      assertEquals(List.of(1), subscriber.subscribe(QoS.AT_LEAST_ONCE, topic), "SUBACK");
    }

    @Override
    void verify() throws Exception {
      try (RawSession resumed = RawSession.connect(clientId, false);
          RawSession publisher = RawSession.connect(Broker.clientId("pub"), true)) {
        assertTrue(resumed.sessionPresent(), "CONNACK session present after the restart");
        publisher.publish(topic, "after the restart", QoS.AT_LEAST_ONCE, false);
        assertEquals(List.of("after the restart"), texts(resumed.receive(1, WAIT)));
      }
    }
  }

  /** (c) The UNSUBACK of a persistent session: the subscription is gone for good. */
  static final class Unsubscription extends AcknowledgedAction {
    private final String clientId = Broker.clientId("crash-unsuback");
    private final String removed;
    private final String kept;
    private RawSession subscriber;

    Unsubscription(String root) {
      super(
          "an UNSUBACK to a persistent session means the subscription is deleted: after the"
              + " restart it delivers nothing, while the session's other filter still does"
              + " (MQTT-3.10.4-1, MQTT-3.10.4-2)");
      removed = root + "/unsuback/removed";
      kept = root + "/unsuback/kept";
    }

    @Override
    void prepare() throws Exception {
      subscriber = keep(RawSession.connect(clientId, false));
      assertEquals(List.of(1, 1), subscriber.subscribe(QoS.AT_LEAST_ONCE, removed, kept));
    }

    @Override
    void act() throws Exception {
      subscriber.unsubscribe(removed);
    }

    @Override
    void verify() throws Exception {
      try (RawSession resumed = RawSession.connect(clientId, false);
          RawSession publisher = RawSession.connect(Broker.clientId("pub"), true)) {
        assertTrue(resumed.sessionPresent(), "CONNACK session present after the restart");
        // routed in this order: a message for the removed filter would arrive first
        publisher.publish(removed, "to the removed filter", QoS.AT_LEAST_ONCE, false);
        publisher.publish(kept, "to the kept filter", QoS.AT_LEAST_ONCE, false);
        assertEquals(
            List.of("to the kept filter"), resumed.receiveTextsUntil("to the kept filter", WAIT));
      }
    }
  }

  /** (d) The PUBACKs of a burst that fills an offline persistent session's queue to its limit. */
  static final class QueueToTheLimit extends AcknowledgedAction {
    private final String subscriberId = Broker.clientId("crash-queue");
    private final String topic;
    private final List<String> burst =
        IntStream.range(0, QUEUE_LIMIT).mapToObj(i -> String.format("queued %04d", i)).toList();
    private RawSession publisher;

    QueueToTheLimit(String root) {
      super(
          "the PUBACKs of "
              + QUEUE_LIMIT
              + " QoS 1 messages for an offline persistent session mean all are stored: all"
              + " arrive after the restart, in order (MQTT-3.1.2-5, MQTT-4.6.0-6)");
      topic = root + "/queue";
    }

    @Override
    void prepare() throws Exception {
      try (RawSession subscriber = RawSession.connect(subscriberId, false)) {
        assertEquals(List.of(1), subscriber.subscribe(QoS.AT_LEAST_ONCE, topic), "SUBACK");
        subscriber.disconnect();
      }
      publisher = keep(RawSession.connect(Broker.clientId("crash-burst"), true));
    }

    @Override
    void act() throws Exception {
      publisher.publishAll(topic, burst, 100);
    }

    @Override
    void verify() throws Exception {
      try (RawSession resumed = RawSession.connect(subscriberId, false)) {
        assertTrue(resumed.sessionPresent(), "CONNACK session present after the restart");
        assertEquals(burst, texts(resumed.receive(QUEUE_LIMIT, Duration.ofMinutes(1))));
      }
    }
  }
}
