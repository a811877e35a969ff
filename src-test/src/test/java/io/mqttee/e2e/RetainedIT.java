// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.Received;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retained messages: set, replace, clear (MQTT 3.1.1 section 3.3.1.3). */
class RetainedIT extends DeployedBroker {

  private static final Duration DELIVERY = Duration.ofSeconds(10);
  private static final Duration QUIET = Duration.ofSeconds(1);

  @Test
  void sendsTheRetainedMessageToANewSubscriberWithRetainSet() throws Exception {
    // MQTT-3.3.1-6: sent to new subscribers; MQTT-3.3.1-8: with RETAIN 1
    String topic = Broker.topicRoot("retain-set") + "/t";
    retain(topic, "kept", 1);
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("late"))) {
      subscriber.subscribe(topic, 1);
      Received received = subscriber.next(DELIVERY);
      assertEquals("kept", received.text());
      assertTrue(received.retained(), "RETAIN flag of " + received);
    }
  }

  @Test
  void sendsRetainedMessagesMatchingAWildcardSubscription() throws Exception {
    String root = Broker.topicRoot("retain-wild");
    retain(root + "/a", "a", 0);
    retain(root + "/b", "b", 0);
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("wild"))) {
      subscriber.subscribe(root + "/+", 1);
      List<String> texts =
          subscriber.next(2, DELIVERY).stream().map(Received::text).sorted().toList();
      assertEquals(List.of("a", "b"), texts);
    }
  }

  @Test
  void replacesTheRetainedMessageWithTheNextRetainedPublish() throws Exception {
    // MQTT-3.3.1-5: store the message, replacing any existing retained message on the topic
    String topic = Broker.topicRoot("retain-replace") + "/t";
    retain(topic, "first", 1);
    retain(topic, "second", 1);
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("late"))) {
      subscriber.subscribe(topic, 1);
      assertEquals("second", subscriber.next(DELIVERY).text());
      assertEquals(
          List.of(), subscriber.drainUntilMarker(QUIET, topic), "only the latest is retained");
    }
  }

  @Test
  void clearsTheRetainedMessageWithAnEmptyRetainedPublish() throws Exception {
    // MQTT-3.3.1-10: a zero-byte retained PUBLISH removes the retained message;
    // MQTT-3.3.1-11: and is not stored itself
    String topic = Broker.topicRoot("retain-clear") + "/t";
    retain(topic, "soon gone", 1);
    retain(topic, "", 1);
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("late"))) {
      subscriber.subscribe(topic, 1);
      assertEquals(List.of(), subscriber.drainUntilMarker(Duration.ofSeconds(2), topic));
    }
  }

  @Test
  void deliversToExistingSubscribersWithRetainClear() throws Exception {
    // MQTT-3.3.1-9: RETAIN 0 when sent to an established subscription
    String topic = Broker.topicRoot("retain-live") + "/t";
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("early"))) {
      subscriber.subscribe(topic, 1);
      retain(topic, "live", 1);
      Received received = subscriber.next(DELIVERY);
      assertEquals("live", received.text());
      assertFalse(received.retained(), "RETAIN flag of " + received);
    }
  }

  @Test
  void doesNotRetainAMessagePublishedWithoutRetain() throws Exception {
    // MQTT-3.3.1-12: RETAIN 0 must not store the message nor replace a retained one
    String topic = Broker.topicRoot("retain-not") + "/t";
    retain(topic, "retained", 1);
    try (PahoClient publisher = PahoClient.connect(Broker.clientId("pub"))) {
      publisher.publish(topic, "transient", 1, false);
    }
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("late"))) {
      subscriber.subscribe(topic, 1);
      assertEquals("retained", subscriber.next(DELIVERY).text());
    }
  }

  private static void retain(String topic, String text, int qos) throws Exception {
    try (PahoClient publisher = PahoClient.connect(Broker.clientId("retainer"))) {
      publisher.publish(topic, text, qos, true);
      publisher.disconnect();
    }
  }
}
