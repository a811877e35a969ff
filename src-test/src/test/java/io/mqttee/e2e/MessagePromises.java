// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static io.mqttee.e2e.SessionPromises.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.RawMqttClient;
import io.mqttee.e2e.support.RawSession;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.io.IOException;
import java.util.List;

/** What the acknowledgements of retained and QoS 2 messages promise. */
final class MessagePromises {

  private static final String MARKER = "marker";

  private MessagePromises() {}

  /** (e) The PUBACKs of a retained message and of a retained clear (empty payload). */
  static final class Retained extends AcknowledgedAction {
    private final String kept;
    private final String cleared;
    private final String filter;
    private RawSession publisher;

    Retained(String root) {
      super(
          "the PUBACK of a retained QoS 1 message means it is stored, and that of an empty"
              + " retained message means the old one is removed: after the restart a new"
              + " subscription gets the first and not the second (MQTT-3.3.1-5, MQTT-3.3.1-6,"
              + " MQTT-3.3.1-8, MQTT-3.3.1-10)");
      kept = root + "/retained/kept";
      cleared = root + "/retained/cleared";
      filter = root + "/retained/#";
    }

    @Override
    void prepare() throws Exception {
      publisher = keep(RawSession.connect(Broker.clientId("crash-retain"), true));
      publisher.publish(cleared, "to be cleared", QoS.AT_LEAST_ONCE, true);
    }

    @Override
    void act() throws Exception {
      publisher.publish(kept, "retained", QoS.AT_LEAST_ONCE, true);
      publisher.publish(cleared, "", QoS.AT_LEAST_ONCE, true);
    }

    @Override
    void verify() throws Exception {
      try (RawSession subscriber = RawSession.connect(Broker.clientId("retained-sub"), true);
          RawSession markers = RawSession.connect(Broker.clientId("pub"), true)) {
        assertEquals(List.of(1), subscriber.subscribe(QoS.AT_LEAST_ONCE, filter), "SUBACK");
        // retained messages come with the subscription, so before the marker published after it
        markers.publish(filter.replace("#", MARKER), MARKER, QoS.AT_LEAST_ONCE, false);
        List<Publish> received = subscriber.receive(2, RawSession.WAIT);
        assertEquals(List.of("retained", MARKER), texts(received));
        assertEquals(kept, received.get(0).topic());
        assertTrue(received.get(0).retain(), "RETAIN flag of a message sent for a subscription");
      }
    }
  }

  /**
   * The PUBREC of an inbound QoS 2 message from a persistent session: the message is taken over and
   * its packet id recorded, so the DUP resend of a publisher that never saw the PUBREC, after the
   * restart, is acknowledged again and not routed a second time.
   */
  static final class ExactlyOnceAfterPubrec extends AcknowledgedAction {
    private static final int PACKET_ID = 4242;
    private final String publisherId = Broker.clientId("crash-qos2-pub");
    private final String subscriberId = Broker.clientId("crash-qos2-sub");
    private final String topic;
    private RawSession publisher;

    ExactlyOnceAfterPubrec(String root) {
      super(
          "a PUBREC to a persistent session means the QoS 2 message is taken over: its DUP resend"
              + " after the restart gets PUBREC, PUBREL, PUBCOMP and the subscriber still gets"
              + " exactly one copy (MQTT-4.3.3-2, MQTT-4.4.0-1, MQTT-3.1.2-4)");
      topic = root + "/qos2/once";
    }

    @Override
    void prepare() throws Exception {
      // the subscriber stays connected through the kill, without acknowledging what it is sent
      RawSession subscriber = keep(RawSession.connect(subscriberId, false));
      assertEquals(List.of(2), subscriber.subscribe(QoS.EXACTLY_ONCE, topic), "SUBACK");
      publisher = keep(RawSession.connect(publisherId, false));
    }

    @Override
    void act() throws Exception {
      RawMqttClient raw = publisher.raw();
      raw.send(RawSession.message(topic, "exactly once", QoS.EXACTLY_ONCE, false, PACKET_ID));
      assertEquals(PACKET_ID, raw.receive(PubRec.class, RawSession.WAIT).packetId(), "PUBREC");
    }

    @Override
    void verify() throws Exception {
      try (RawSession resumed = RawSession.connect(publisherId, false)) {
        assertTrue(resumed.sessionPresent(), "publisher's CONNACK session present");
        Publish again =
            RawSession.message(topic, "exactly once", QoS.EXACTLY_ONCE, false, PACKET_ID);
        completeQos2(resumed.raw(), again.asDuplicate());
        resumed.publish(topic, MARKER, QoS.AT_LEAST_ONCE, false);
      }
      try (RawSession subscriber = RawSession.connect(subscriberId, false)) {
        assertTrue(subscriber.sessionPresent(), "subscriber's CONNACK session present");
        assertEquals(
            List.of("exactly once", MARKER),
            subscriber.receiveTextsUntil(MARKER, RawSession.WAIT),
            "one copy, then the marker published after the resend");
      }
    }
  }

  /**
   * The PUBCOMP of an inbound QoS 2 message: its packet id is released, so after the restart a
   * PUBLISH with the same id is a new message and is delivered.
   */
  static final class PacketIdReleasedByPubcomp extends AcknowledgedAction {
    private static final int PACKET_ID = 4343;
    private final String publisherId = Broker.clientId("crash-pubcomp-pub");
    private final String subscriberId = Broker.clientId("crash-pubcomp-sub");
    private final String topic;
    private RawSession publisher;

    PacketIdReleasedByPubcomp(String root) {
      super(
          "a PUBCOMP means the packet id is released: after the restart a new QoS 2 PUBLISH with"
              + " it is a new publication and is delivered after the first (MQTT-4.3.3-2)");
      topic = root + "/qos2/released";
    }

    @Override
    void prepare() throws Exception {
      try (RawSession subscriber = RawSession.connect(subscriberId, false)) {
        assertEquals(List.of(2), subscriber.subscribe(QoS.EXACTLY_ONCE, topic), "SUBACK");
        subscriber.disconnect();
      }
      publisher = keep(RawSession.connect(publisherId, false));
    }

    @Override
    void act() throws Exception {
      completeQos2(
          publisher.raw(), RawSession.message(topic, "first", QoS.EXACTLY_ONCE, false, PACKET_ID));
    }

    @Override
    void verify() throws Exception {
      try (RawSession resumed = RawSession.connect(publisherId, false)) {
        assertTrue(resumed.sessionPresent(), "publisher's CONNACK session present");
        completeQos2(
            resumed.raw(), RawSession.message(topic, "second", QoS.EXACTLY_ONCE, false, PACKET_ID));
        resumed.publish(topic, MARKER, QoS.AT_LEAST_ONCE, false);
      }
      try (RawSession subscriber = RawSession.connect(subscriberId, false)) {
        assertTrue(subscriber.sessionPresent(), "subscriber's CONNACK session present");
        assertEquals(
            List.of("first", "second", MARKER),
            subscriber.receiveTextsUntil(MARKER, RawSession.WAIT));
      }
    }
  }

  /** The QoS 2 flow of one PUBLISH with its own packet id: PUBREC, PUBREL, PUBCOMP. */
  private static void completeQos2(RawMqttClient client, Publish publish) throws IOException {
    client.send(publish);
    assertEquals(publish.packetId(), client.receive(PubRec.class, RawSession.WAIT).packetId());
    client.send(new PubRel(publish.packetId()));
    assertEquals(publish.packetId(), client.receive(PubComp.class, RawSession.WAIT).packetId());
  }
}
