// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.PahoV5Client;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.junit.jupiter.api.Test;

/** MQTT 5 features seen through the Eclipse Paho MQTT v5 client (MQTT 5.0 chapters 3 and 4). */
class Mqtt5IT extends DeployedBroker {

  private static final Duration DELIVERY = Duration.ofSeconds(10);
  private static final Duration QUIET = Duration.ofSeconds(1);
  private static final long TIMEOUT_MS = 10_000;

  @Test
  void announcesServerLimitsInConnAck() throws Exception {
    // MQTT 5 3.2.2.3.14 Server Keep Alive (MQTT-3.2.2-21, a keep alive above the server's
    // maximum), 3.2.2.3.8 Topic Alias Maximum, 3.2.2.3.3 Receive Maximum, 3.2.2.3.6 Maximum
    // Packet Size
    try (PahoV5Client client =
        PahoV5Client.connect(Broker.clientId("limits"), o -> o.setKeepAliveInterval(3600))) {
      MqttProperties connAck = client.connAck();
      assertNotNull(connAck.getServerKeepAlive(), "Server Keep Alive");
      assertTrue(
          connAck.getServerKeepAlive() < 3600, "Server Keep Alive " + connAck.getServerKeepAlive());
      assertTrue(connAck.getTopicAliasMaximum() > 0, "Topic Alias Maximum");
      assertTrue(connAck.getReceiveMaximum() > 0, "Receive Maximum");
      assertTrue(connAck.getMaximumPacketSize() > 0, "Maximum Packet Size");
    }
  }

  @Test
  void resumesASessionWithExpiryAndDeliversWhatWasQueued() throws Exception {
    // MQTT 5 3.1.2.11.2 Session Expiry Interval; MQTT-3.2.2-2: session present 1 on resumption
    String clientId = Broker.clientId("expiring");
    String topic = Broker.topicRoot("v5-session") + "/t";
    try (PahoV5Client subscriber = PahoV5Client.connect(clientId, PahoV5Client.persistent(60))) {
      subscriber.subscribe(new MqttSubscription(topic, 1), new MqttProperties());
      subscriber.disconnect();
    }
    try (PahoV5Client publisher = PahoV5Client.connect(Broker.clientId("pub"), o -> {})) {
      publisher.publish(topic, "m0", 1, new MqttProperties());
      publisher.publish(topic, "m1", 1, new MqttProperties());
    }
    try (PahoV5Client subscriber = PahoV5Client.connect(clientId, PahoV5Client.persistent(60))) {
      assertTrue(subscriber.sessionPresent(), "CONNACK session present");
      assertEquals(List.of("m0", "m1"), texts(subscriber.next(2)));
    }
  }

  @Test
  void endsASessionWithExpiryZeroAtDisconnect() throws Exception {
    // MQTT 5 3.1.2.11.2: absent or 0, the session ends when the network connection closes
    String clientId = Broker.clientId("short");
    try (PahoV5Client client = PahoV5Client.connect(clientId, PahoV5Client.persistent(0))) {
      client.subscribe(
          new MqttSubscription(Broker.topicRoot("v5-gone") + "/t", 1), new MqttProperties());
      client.disconnect();
    }
    try (PahoV5Client client = PahoV5Client.connect(clientId, PahoV5Client.persistent(0))) {
      assertFalse(client.sessionPresent(), "CONNACK session present");
    }
  }

  @Test
  void forwardsPublishPropertiesUnchanged() throws Exception {
    // MQTT-3.3.2-17/-18: user properties forwarded in order; MQTT-3.3.2-20 content type,
    // 3.3.2.3.5 response topic and 3.3.2.3.6 correlation data forwarded unaltered
    String topic = Broker.topicRoot("v5-props") + "/t";
    MqttProperties sent = new MqttProperties();
    sent.setUserProperties(
        List.of(
            new UserProperty("k", "1"), new UserProperty("z", "2"), new UserProperty("k", "3")));
    sent.setContentType("application/json");
    sent.setResponseTopic(topic + "/reply");
    sent.setCorrelationData(new byte[] {1, 2, 3, 0, -1});
    try (PahoV5Client subscriber = PahoV5Client.connect(Broker.clientId("sub"), o -> {});
        PahoV5Client publisher = PahoV5Client.connect(Broker.clientId("pub"), o -> {})) {
      subscriber.subscribe(new MqttSubscription(topic, 1), new MqttProperties());
      publisher.publish(topic, "{}", 1, sent);
      MqttProperties got = subscriber.next().message().getProperties();
      assertEquals(sent.getUserProperties(), got.getUserProperties());
      assertEquals("application/json", got.getContentType());
      assertEquals(topic + "/reply", got.getResponseTopic());
      assertArrayEquals(sent.getCorrelationData(), got.getCorrelationData());
    }
  }

  @Test
  void interoperatesWithMqtt31And311Clients() throws Exception {
    // MQTT 5 section 1.0: a server may support several protocol versions on one topic space
    String topic = Broker.topicRoot("v5-interop") + "/t";
    try (PahoClient v3 = PahoClient.connect(Broker.clientId("v3"));
        PahoClient v31 =
            PahoClient.connect(
                Broker.clientId("v31"),
                o -> o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1));
        PahoV5Client v5 = PahoV5Client.connect(Broker.clientId("v5"), o -> {})) {
      v3.subscribe(topic, 1);
      v31.subscribe(topic, 1);
      v5.subscribe(new MqttSubscription(topic, 1), new MqttProperties());
      v5.publish(topic, "from v5", 1, new MqttProperties());
      assertEquals("from v5", v3.next(DELIVERY).text());
      assertEquals("from v5", v31.next(DELIVERY).text());
      assertEquals("from v5", v5.next().text());
      v3.publish(topic, "from v3", 1, false);
      assertEquals("from v3", v5.next().text());
      assertEquals("from v3", v31.next(DELIVERY).text());
      assertEquals("from v3", v3.next(DELIVERY).text()); // its own subscription matches too
      v31.publish(topic, "from v3.1", 1, false);
      assertEquals("from v3.1", v5.next().text());
      assertEquals("from v3.1", v3.next(DELIVERY).text());
      assertEquals("from v3.1", v31.next(DELIVERY).text());
    }
  }

  @Test
  void sendsTheSubscriptionIdentifierWithTheMessage() throws Exception {
    // MQTT-3.3.4-3: the PUBLISH carries the Subscription Identifier of the matching subscription
    String topic = Broker.topicRoot("v5-subid") + "/t";
    MqttProperties subscribe = new MqttProperties();
    subscribe.setSubscriptionIdentifier(42);
    try (PahoV5Client client = PahoV5Client.connect(Broker.clientId("subid"), o -> {})) {
      client.subscribe(new MqttSubscription(topic, 1), subscribe);
      client.publish(topic, "tagged", 1, new MqttProperties());
      PahoV5Client.Delivered delivered = client.next();
      assertEquals(List.of(42), delivered.message().getProperties().getSubscriptionIdentifiers());
    }
  }

  @Test
  void doesNotSendOwnPublishToANoLocalSubscription() throws Exception {
    // MQTT-3.8.3-3: No Local 1, the server must not forward to the publishing connection
    String topic = Broker.topicRoot("v5-nolocal") + "/t";
    MqttSubscription noLocal = new MqttSubscription(topic, 1);
    noLocal.setNoLocal(true);
    try (PahoV5Client self = PahoV5Client.connect(Broker.clientId("self"), o -> {});
        PahoV5Client other = PahoV5Client.connect(Broker.clientId("other"), o -> {})) {
      self.subscribe(noLocal, new MqttProperties());
      other.subscribe(new MqttSubscription(topic, 1), new MqttProperties());
      self.publish(topic, "echo?", 1, new MqttProperties());
      assertEquals("echo?", other.next().text(), "another subscriber receives it");
      assertEquals(List.of(), texts(self.drainUntilMarkerFrom(other, topic)));
    }
  }

  @Test
  void splitsASharedSubscriptionBetweenItsMembers() throws Exception {
    // MQTT 5 4.8.2: each message to a shared subscription goes to exactly one member
    String topic = Broker.topicRoot("v5-shared") + "/t";
    String filter = "$share/g/" + topic;
    try (PahoV5Client first = PahoV5Client.connect(Broker.clientId("s1"), o -> {});
        PahoV5Client second = PahoV5Client.connect(Broker.clientId("s2"), o -> {});
        PahoV5Client publisher = PahoV5Client.connect(Broker.clientId("pub"), o -> {})) {
      first.subscribe(new MqttSubscription(filter, 1), new MqttProperties());
      second.subscribe(new MqttSubscription(filter, 1), new MqttProperties());
      for (int i = 0; i < 10; i++) {
        publisher.publish(topic, "m" + i, 1, new MqttProperties());
      }
      Thread.sleep(QUIET.toMillis());
      List<String> a = texts(first.drain());
      List<String> b = texts(second.drain());
      List<String> all = new ArrayList<>(a);
      all.addAll(b);
      assertEquals(10, all.size(), "delivered " + a + " and " + b);
      Set<String> expected = new HashSet<>(IntStream.range(0, 10).mapToObj(i -> "m" + i).toList());
      assertEquals(expected, new HashSet<>(all));
      assertFalse(a.isEmpty() || b.isEmpty(), "split " + a + " / " + b);
    }
  }

  @Test
  void sendsNoRetainedMessageWithRetainHandling2() throws Exception {
    // MQTT-3.3.1-11: Retain Handling 2, retained messages are not sent at subscribe
    String topic = Broker.topicRoot("v5-rh2") + "/t";
    MqttSubscription handling2 = new MqttSubscription(topic, 1);
    handling2.setRetainHandling(2);
    try (PahoV5Client publisher = PahoV5Client.connect(Broker.clientId("pub"), o -> {});
        PahoV5Client quiet = PahoV5Client.connect(Broker.clientId("rh2"), o -> {});
        PahoV5Client usual = PahoV5Client.connect(Broker.clientId("rh0"), o -> {})) {
      publisher.publishRetained(topic, "kept");
      quiet.subscribe(handling2, new MqttProperties());
      usual.subscribe(new MqttSubscription(topic, 1), new MqttProperties());
      assertEquals("kept", usual.next().text(), "the message is retained");
      assertEquals(List.of(), texts(quiet.drainUntilMarkerFrom(publisher, topic)));
    }
  }

  @Test
  void dropsAQueuedMessageOnceItsExpiryHasPassed() throws Exception {
    // MQTT-3.3.2-5: an expired message must not be delivered to a subscriber
    String clientId = Broker.clientId("late");
    String topic = Broker.topicRoot("v5-expiry") + "/t";
    try (PahoV5Client subscriber = PahoV5Client.connect(clientId, PahoV5Client.persistent(60))) {
      subscriber.subscribe(new MqttSubscription(topic, 1), new MqttProperties());
      subscriber.disconnect();
    }
    MqttProperties oneSecond = new MqttProperties();
    oneSecond.setMessageExpiryInterval(1L);
    try (PahoV5Client publisher = PahoV5Client.connect(Broker.clientId("pub"), o -> {})) {
      publisher.publish(topic, "stale", 1, oneSecond);
      publisher.publish(topic, "fresh", 1, new MqttProperties());
    }
    Thread.sleep(3000);
    try (PahoV5Client subscriber = PahoV5Client.connect(clientId, PahoV5Client.persistent(60))) {
      assertEquals("fresh", subscriber.next().text());
      assertEquals(List.of(), texts(subscriber.drainUntilMarkerFrom(subscriber, topic)));
    }
  }

  @Test
  void withholdsADelayedWillWhenTheClientReconnectsInTime() throws Exception {
    // MQTT-3.1.3-9: no will when the session resumes before the Will Delay Interval passed
    String topic = Broker.topicRoot("v5-will-back") + "/t";
    String clientId = Broker.clientId("flaky");
    try (PahoV5Client watcher = PahoV5Client.connect(Broker.clientId("watcher"), o -> {})) {
      watcher.subscribe(new MqttSubscription(topic, 1), new MqttProperties());
      PahoV5Client.connect(clientId, delayedWill(topic)).dropConnection();
      try (PahoV5Client back = PahoV5Client.connect(clientId, delayedWill(topic))) {
        assertEquals(List.of(), texts(watcher.drain(Duration.ofSeconds(3))));
        back.disconnect();
      }
    }
  }

  @Test
  void publishesADelayedWillAfterItsDelay() throws Exception {
    // MQTT 5 3.1.3.2.2: the will is published once the Will Delay Interval has passed
    String topic = Broker.topicRoot("v5-will-late") + "/t";
    try (PahoV5Client watcher = PahoV5Client.connect(Broker.clientId("watcher"), o -> {})) {
      watcher.subscribe(new MqttSubscription(topic, 1), new MqttProperties());
      PahoV5Client.connect(Broker.clientId("gone"), delayedWill(topic)).dropConnection();
      assertEquals(List.of(), texts(watcher.drain(QUIET)), "not before the delay");
      assertEquals("bye", watcher.next().text());
    }
  }

  @Test
  void refusesEnhancedAuthenticationWithBadAuthenticationMethod() {
    // MQTT 5 4.12: a server that does not support the Authentication Method sends CONNACK 0x8C
    MqttException refused =
        assertThrows(
            MqttException.class,
            () ->
                PahoV5Client.connect(
                    Broker.clientId("scram"), o -> o.setAuthMethod("SCRAM-SHA-1")));
    assertEquals(0x8C, refused.getReasonCode());
  }

  private static Consumer<MqttConnectionOptions> delayedWill(String topic) {
    return options -> {
      PahoV5Client.persistent(60).accept(options);
      MqttMessage will = new MqttMessage("bye".getBytes(StandardCharsets.UTF_8), 1, false, null);
      options.setWill(topic, will);
      MqttProperties willProperties = new MqttProperties();
      willProperties.setWillDelayInterval(2L);
      options.setWillMessageProperties(willProperties);
    };
  }

  private static List<String> texts(List<PahoV5Client.Delivered> delivered) {
    return delivered.stream().map(PahoV5Client.Delivered::text).toList();
  }
}
