// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static io.mqttee.e2e.SessionPromises.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.RawSession;
import io.mqttee.protocol.packet.QoS;
import java.util.List;
import java.util.stream.IntStream;

/** What the acknowledgements of an MQTT 5 session with a Session Expiry Interval promise. */
final class Mqtt5SessionPromises {

  private static final int ONE_HOUR = 3600;

  private Mqtt5SessionPromises() {}

  /** (f) The PUBACKs of messages queued for an offline session that expires in an hour. */
  static final class QueuedForAnExpiringSession extends AcknowledgedAction {
    private final String subscriberId = Broker.clientId("crash-v5-queue");
    private final String topic;
    private final List<String> queued =
        IntStream.range(0, 10).mapToObj(i -> "queued for v5 " + i).toList();
    private RawSession publisher;

    QueuedForAnExpiringSession(String root) {
      super(
          "PUBACKs of messages for an offline MQTT 5 session with Session Expiry Interval 3600"
              + " mean they are stored with it: session present 1 and all ten after the restart"
              + " (MQTT-3.1.2-23, MQTT-3.2.2-3)");
      topic = root + "/v5-queue";
    }

    @Override
    void prepare() throws Exception {
      try (RawSession subscriber = RawSession.connect5(subscriberId, true, ONE_HOUR)) {
        assertEquals(List.of(1), subscriber.subscribe(QoS.AT_LEAST_ONCE, topic), "SUBACK");
        subscriber.disconnect();
      }
      publisher = keep(RawSession.connect5(Broker.clientId("crash-v5-pub"), true, 0));
    }

    @Override
    void act() throws Exception {
      publisher.publishAll(topic, queued, queued.size());
    }

    @Override
    void verify() throws Exception {
      try (RawSession resumed = RawSession.connect5(subscriberId, false, ONE_HOUR)) {
        assertTrue(resumed.sessionPresent(), "CONNACK session present after the restart");
        assertEquals(queued, texts(resumed.receive(queued.size(), RawSession.WAIT)));
      }
    }
  }

  /**
   * (g) A DISCONNECT that raises the Session Expiry Interval: the broker closes the connection once
   * the new expiry is stored. CONNECT asks for 1 s (raising it from 0 is a protocol error,
   * MQTT-3.14.2-2), so without the stored hour the session would be long gone after a restart.
   */
  static final class ExpiryRaisedAtDisconnect extends AcknowledgedAction {
    private final String clientId = Broker.clientId("crash-v5-raise");
    private final String topic;
    private RawSession session;

    ExpiryRaisedAtDisconnect(String root) {
      super(
          "a DISCONNECT raising the Session Expiry Interval from 1 to 3600 holds once the broker"
              + " closed the connection: session present 1 after the restart (MQTT 5 3.14.2.2.2,"
              + " MQTT-3.2.2-3)");
      topic = root + "/v5-raise";
    }

    @Override
    void prepare() throws Exception {
      session = keep(RawSession.connect5(clientId, true, 1));
      assertEquals(List.of(1), session.subscribe(QoS.AT_LEAST_ONCE, topic), "SUBACK");
    }

    @Override
    void act() throws Exception {
      session.disconnect(ONE_HOUR);
    }

    @Override
    void verify() throws Exception {
      try (RawSession resumed = RawSession.connect5(clientId, false, ONE_HOUR)) {
        assertTrue(resumed.sessionPresent(), "CONNACK session present after the restart");
      }
    }
  }

  /** (g) A DISCONNECT that sets the Session Expiry Interval to 0 ends the session for good. */
  static final class ExpiryEndedAtDisconnect extends AcknowledgedAction {
    private final String clientId = Broker.clientId("crash-v5-end");
    private final String topic;
    private RawSession session;

    ExpiryEndedAtDisconnect(String root) {
      super(
          "a DISCONNECT setting the Session Expiry Interval from 3600 to 0 ends the session once"
              + " the broker closed the connection: session present 0 after the restart (MQTT 5"
              + " 3.14.2.2.2, MQTT-3.2.2-3)");
      topic = root + "/v5-end";
    }

    @Override
    void prepare() throws Exception {
      session = keep(RawSession.connect5(clientId, true, ONE_HOUR));
      assertEquals(List.of(1), session.subscribe(QoS.AT_LEAST_ONCE, topic), "SUBACK");
    }

    @Override
    void act() throws Exception {
      session.disconnect(0);
    }

    @Override
    void verify() throws Exception {
      try (RawSession resumed = RawSession.connect5(clientId, false, 0)) {
        assertFalse(resumed.sessionPresent(), "CONNACK session present after the restart");
      }
    }
  }
}
