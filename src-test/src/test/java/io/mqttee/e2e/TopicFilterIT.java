// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.RawMqttClient;
import io.mqttee.e2e.support.Received;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Topic filters: '+', '#', $SYS topics, wildcards in topic names (MQTT 3.1.1 section 4.7). */
class TopicFilterIT extends DeployedBroker {

  private static final Duration DELIVERY = Duration.ofSeconds(10);
  private static final Duration QUIET = Duration.ofSeconds(1);

  @Test
  void singleLevelWildcardMatchesExactlyOneLevel() throws Exception {
    // MQTT 3.1.1 section 4.7.1.3: "sport/tennis/+" matches "sport/tennis/player1", not deeper
    String root = Broker.topicRoot("plus");
    List<String> delivered =
        deliveredTopics(
            root + "/+/t", root + "/a/t", root + "/t", root + "/a/b/t", root + "/b/t", root + "/a");
    assertEquals(List.of(root + "/a/t", root + "/b/t"), delivered);
  }

  @Test
  void multiLevelWildcardMatchesTheParentAndEveryLevelBelow() throws Exception {
    // MQTT 3.1.1 section 4.7.1.2: "sport/#" also matches "sport"
    String root = Broker.topicRoot("hash");
    List<String> delivered =
        deliveredTopics(root + "/s/#", root + "/s", root + "/s/a", root + "/s/a/b", root + "/x");
    assertEquals(List.of(root + "/s", root + "/s/a", root + "/s/a/b"), delivered);
  }

  @Test
  void multiLevelWildcardAloneDoesNotMatchSysTopics() throws Exception {
    // MQTT-4.7.2-1: filters starting with a wildcard do not match topics beginning with '$'
    try (PahoClient client = PahoClient.connect(Broker.clientId("everything"))) {
      client.subscribe("#", 0);
      // $SYS is published every second on the test domain (-Dmqttee.sys.interval-seconds=1)
      List<Received> received =
          client.drainUntilMarker(Duration.ofSeconds(3), Broker.topicRoot("everything") + "/m");
      List<String> sys =
          received.stream().map(Received::topic).filter(t -> t.startsWith("$")).toList();
      assertEquals(List.of(), sys);
    }
  }

  @Test
  void publishesBrokerUptimeUnderSys() throws Exception {
    try (PahoClient client = PahoClient.connect(Broker.clientId("sys"))) {
      client.subscribe("$SYS/#", 0);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (System.nanoTime() < deadline) {
        Received received = client.next(DELIVERY);
        if (received.topic().equals("$SYS/broker/uptime")) {
          return;
        }
      }
      throw new AssertionError("no $SYS/broker/uptime within 10 s");
    }
  }

  @Test
  void closesTheConnectionOfAClientPublishingToAWildcardTopic() throws Exception {
    // MQTT-3.3.2-2: the topic name in a PUBLISH must not contain wildcard characters
    String root = Broker.topicRoot("wildpub");
    try (PahoClient bystander = PahoClient.connect(Broker.clientId("bystander"));
        RawMqttClient raw = RawMqttClient.open()) {
      bystander.subscribe(root + "/#", 0);
      raw.connect(RawMqttClient.connectPacket(Broker.clientId("wild"), true, 60));
      raw.sendBytes(qos0Publish(root + "/+", "x"));
      raw.awaitClosedByBroker(Duration.ofSeconds(5));
      assertEquals(
          List.of(),
          bystander.drainUntilMarker(QUIET, root + "/marker"),
          "nothing routed for the wildcard topic");
      assertTrue(bystander.isConnected(), "other clients are unaffected");
    }
  }

  /**
   * Subscribes to {@code filter}, publishes one message to each topic and then a marker to the
   * first (which must match), and returns the topics received before the marker.
   */
  private static List<String> deliveredTopics(String filter, String... topics) throws Exception {
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("filter"));
        PahoClient publisher = PahoClient.connect(Broker.clientId("pub"))) {
      subscriber.subscribe(filter, 1);
      for (String topic : topics) {
        publisher.publish(topic, topic, 1, false);
      }
      String marker = topics[0];
      publisher.publish(marker, "end", 1, false);
      List<String> delivered = new ArrayList<>();
      while (true) {
        Received received = subscriber.next(DELIVERY);
        if (received.text().equals("end")) {
          return delivered;
        }
        delivered.add(received.topic());
      }
    }
  }

  /** A QoS 0 PUBLISH written by hand: encoders may refuse a wildcard topic name. */
  private static byte[] qos0Publish(String topic, String payload) {
    byte[] name = topic.getBytes(StandardCharsets.UTF_8);
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream packet = new ByteArrayOutputStream();
    packet.write(0x30);
    packet.write(2 + name.length + body.length);
    packet.write(name.length >> 8);
    packet.write(name.length & 0xFF);
    packet.writeBytes(name);
    packet.writeBytes(body);
    return packet.toByteArray();
  }
}
