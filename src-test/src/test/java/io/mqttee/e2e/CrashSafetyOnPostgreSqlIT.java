// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.Database;
import io.mqttee.e2e.support.PostgresCluster;
import io.mqttee.e2e.support.RawSession;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.PingReq;
import io.mqttee.protocol.packet.PingResp;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.ReasonCodes;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The crash rounds with the store on PostgreSQL (the build's throwaway cluster), and the broker
 * losing that database while it runs.
 */
class CrashSafetyOnPostgreSqlIT extends CrashSafetyIT {

  /** How long a publisher waits for an answer while the database is down. */
  private static final Duration NO_ACK_WINDOW = Duration.ofSeconds(5);

  /** How long an MQTT 3.1.1 publisher waits for the broker to close its connection instead. */
  private static final Duration CLOSE_WINDOW = Duration.ofSeconds(15);

  /** How long after the database is back the broker may take to acknowledge again. */
  private static final Duration RECOVERY = Duration.ofSeconds(90);

  @Override
  Database database() {
    return Database.POSTGRESQL;
  }

  @Override
  void deployed() throws Exception {
    assertTrue(
        PostgresCluster.brokerTables() > 0,
        "the deployed broker created its tables in " + PostgresCluster.url());
  }

  @Test
  void acknowledgesNothingWhileItsDatabaseIsDownAndLosesNothingAcknowledgedWhenItReturns()
      throws Exception {
    // MQTT-3.1.2-5: messages for an offline persistent session are kept, so a PUBACK for one
    // needs the store; MQTT 5 3.4.2.1: 0x80 Unspecified error refuses a message
    onDeployedBroker(
        () -> loseTheDatabase("outage", PostgresCluster::crash, PostgresCluster::start));
  }

  @Test
  void acknowledgesNothingWhileItsDiskIsFullAndLosesNothingAcknowledgedWhenThereIsRoomAgain()
      throws Exception {
    // the database answers but cannot write (SQLSTATE 53100): the broker must not take that for a
    // bad row and drop the writes; it keeps them until the disk has room again
    onDeployedBroker(
        () -> loseTheDatabase("disk-full", PostgresCluster::diskFull, PostgresCluster::diskFreed));
  }

  /** Something that happens to the database, and its end. */
  @FunctionalInterface
  private interface DatabaseEvent {
    void run() throws IOException, InterruptedException;
  }

  private void loseTheDatabase(String name, DatabaseEvent failure, DatabaseEvent recovery)
      throws Exception {
    String topic = root(name) + "/t";
    String subscriberId = Broker.clientId("outage-sub");
    try (RawSession subscriber = RawSession.connect(subscriberId, false)) {
      assertEquals(List.of(1), subscriber.subscribe(QoS.AT_LEAST_ONCE, topic), "SUBACK");
      subscriber.disconnect();
    }
    List<String> acknowledged = new ArrayList<>(List.of("before 1", "before 2", "before 3"));
    try (RawSession publisher = RawSession.connect(Broker.clientId("outage-pub"), true)) {
      publisher.publishAll(topic, acknowledged, 1);
    }

    failure.run();
    try {
      assertMqtt5PublisherGetsNoSuccess(topic);
      assertMqtt311PublisherIsDisconnectedWithoutPuback(topic);
    } finally {
      recovery.run();
    }

    acknowledged.add(publishUntilAcknowledged(topic));
    try (RawSession publisher = RawSession.connect(Broker.clientId("outage-pub"), true)) {
      publisher.publish(topic, "after", QoS.AT_LEAST_ONCE, false);
      acknowledged.add("after");
    }
    try (RawSession subscriber = RawSession.connect(subscriberId, false)) {
      assertTrue(subscriber.sessionPresent(), "CONNACK session present");
      List<String> texts = subscriber.receiveTextsUntil("after", Duration.ofSeconds(30));
      // the refused messages may come or not; every acknowledged one comes once, in order
      assertEquals(
          acknowledged,
          texts.stream().filter(acknowledged::contains).toList(),
          "acknowledged messages among " + texts);
    }
  }

  /**
   * MQTT 5: PUBACK 0x80 (Unspecified error), or no PUBACK while the connection stays served (a
   * PINGREQ is answered, MQTT-3.12.4-1); never a successful PUBACK.
   */
  private static void assertMqtt5PublisherGetsNoSuccess(String topic) throws IOException {
    try (RawSession publisher = RawSession.connect5(Broker.clientId("outage-v5"), true, 0)) {
      int id = publisher.nextPacketId();
      publisher.raw().send(RawSession.message(topic, "refused v5", QoS.AT_LEAST_ONCE, false, id));
      MqttPacket answer = publisher.answerWithin(NO_ACK_WINDOW);
      if (answer instanceof PubAck ack) {
        assertRefused(ack);
        return;
      }
      assertNull(answer, "while the database is down the broker sent");
      assertFalse(publisher.raw().closedByBroker(), "the broker closed the connection");
      publisher.raw().send(PingReq.INSTANCE);
      MqttPacket next = publisher.answerWithin(RawSession.WAIT);
      if (next instanceof PubAck late) {
        assertRefused(late);
        next = publisher.answerWithin(RawSession.WAIT);
      }
      if (!(next instanceof PingResp)) {
        throw new AssertionError(
            "no PINGRESP while the database is down: "
                + (next != null ? next : publisher.raw().closedByBroker() ? "closed" : "silence"));
      }
    }
  }

  private static void assertRefused(PubAck ack) {
    assertEquals(
        ReasonCodes.UNSPECIFIED_ERROR, ack.reasonCode(), "PUBACK reason code, database down");
  }

  /**
   * MQTT 3.1.1 has no negative PUBACK: the broker closes the connection, and the client resends.
   */
  private static void assertMqtt311PublisherIsDisconnectedWithoutPuback(String topic)
      throws IOException {
    try (RawSession publisher = RawSession.connect(Broker.clientId("outage-v3"), true)) {
      int id = publisher.nextPacketId();
      publisher.raw().send(RawSession.message(topic, "refused v3", QoS.AT_LEAST_ONCE, false, id));
      assertNull(publisher.answerWithin(CLOSE_WINDOW), "no PUBACK while the database is down");
      assertTrue(
          publisher.raw().closedByBroker(),
          "the broker closed the connection within " + CLOSE_WINDOW.toSeconds() + " s");
    }
  }

  /**
   * Publishes QoS 1 from a new MQTT 5 client until a PUBACK 0x00 comes; returns that message's
   * text. The refused attempts' messages are not acknowledged and need not arrive.
   */
  private static String publishUntilAcknowledged(String topic) throws Exception {
    long deadline = System.nanoTime() + RECOVERY.toNanos();
    for (int attempt = 1; System.nanoTime() < deadline; attempt++) {
      String text = "after the outage, attempt " + attempt;
      try (RawSession publisher = RawSession.connect5(Broker.clientId("recovery"), true, 0)) {
        int id = publisher.nextPacketId();
        publisher.raw().send(RawSession.message(topic, text, QoS.AT_LEAST_ONCE, false, id));
        if (publisher.answerWithin(NO_ACK_WINDOW) instanceof PubAck ack
            && ack.reasonCode() == ReasonCodes.SUCCESS) {
          return text;
        }
      }
      Thread.sleep(500); // paces the attempts; the PUBACK above is what is checked
    }
    throw new AssertionError(
        "no PUBACK 0x00 within " + RECOVERY.toSeconds() + " s of the database's return");
  }
}
