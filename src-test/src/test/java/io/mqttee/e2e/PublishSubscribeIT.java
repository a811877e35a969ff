// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.Received;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PUBLISH and SUBSCRIBE at each QoS, and the delivered QoS (MQTT 3.1.1 sections 3.3, 3.8, 4.3). */
@Tag("e2e")
@Tag("container")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PublishSubscribeIT {

  private static final Duration DELIVERY = Duration.ofSeconds(10);
  private static final Duration QUIET = Duration.ofSeconds(1);

  @Deployment(testable = false)
  static EnterpriseArchive mqttee() {
    return Broker.ear();
  }

  @Test
  void deliversQos0PublishToQos0Subscriber() throws Exception {
    assertRoundTrip("qos0", 0, 0);
  }

  @Test
  void deliversQos1PublishAtQos1() throws Exception {
    // MQTT-4.3.2: PUBACK to the publisher, PUBLISH QoS 1 to the subscriber (Paho acknowledges it)
    assertRoundTrip("qos1", 1, 1);
  }

  @Test
  void deliversQos2PublishAtQos2() throws Exception {
    // MQTT-4.3.3: PUBREC/PUBREL/PUBCOMP on both legs
    assertRoundTrip("qos2", 2, 2);
  }

  @Test
  void deliversAtTheMinimumOfPublishAndSubscriptionQos() throws Exception {
    // MQTT 3.1.1 section 3.8.4: delivered QoS = min(QoS published, QoS granted); the seed's table
    String root = Broker.topicRoot("downgrade");
    StringBuilder expected = new StringBuilder();
    StringBuilder actual = new StringBuilder();
    try (PahoClient publisher = PahoClient.connect(Broker.clientId("pub"))) {
      for (int subQos = 0; subQos <= 2; subQos++) {
        try (PahoClient subscriber = PahoClient.connect(Broker.clientId("sub" + subQos))) {
          String topic = root + "/sub" + subQos;
          subscriber.subscribe(topic, subQos);
          for (int pubQos = 0; pubQos <= 2; pubQos++) {
            publisher.publish(topic, "p" + pubQos, pubQos, false);
            Received received = subscriber.next(DELIVERY);
            expected.append(line(pubQos, subQos, Math.min(pubQos, subQos)));
            actual.append(line(pubQos, subQos, received.qos()));
          }
        }
      }
    }
    assertEquals(expected.toString(), actual.toString());
  }

  @Test
  void grantsTheRequestedQos() throws Exception {
    // MQTT-3.9.3: SUBACK return code is the maximum QoS granted
    try (PahoClient client = PahoClient.connect(Broker.clientId("granted"))) {
      String root = Broker.topicRoot("granted");
      assertEquals(0, client.subscribe(root + "/0", 0));
      assertEquals(1, client.subscribe(root + "/1", 1));
      assertEquals(2, client.subscribe(root + "/2", 2));
    }
  }

  @Test
  void deliversOnceAtTheHighestQosOfOverlappingSubscriptions() throws Exception {
    // MQTT 3.1.1 section 3.3.5: overlapping subscriptions, delivered respecting the maximum QoS
    String root = Broker.topicRoot("overlap");
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("overlap"));
        PahoClient publisher = PahoClient.connect(Broker.clientId("pub"))) {
      subscriber.subscribe(root + "/#", 1);
      subscriber.subscribe(root + "/+", 2);
      publisher.publish(root + "/x", "once", 2, false);
      Received received = subscriber.next(DELIVERY);
      assertEquals(2, received.qos(), "QoS of " + received);
      assertEquals(List.of(), subscriber.drain(QUIET), "no second copy");
    }
  }

  @Test
  void deliversMessagesOfOnePublisherInOrder() throws Exception {
    // MQTT-4.6.0-6: ordered topic delivery (the default for a non-shared subscription)
    String topic = Broker.topicRoot("order") + "/t";
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("ordered"));
        PahoClient publisher = PahoClient.connect(Broker.clientId("pub"))) {
      subscriber.subscribe(topic, 1);
      for (int i = 0; i < 20; i++) {
        publisher.publish(topic, "m" + i, 1, false);
      }
      List<String> texts = subscriber.next(20, DELIVERY).stream().map(Received::text).toList();
      assertEquals(IntStream.range(0, 20).mapToObj(i -> "m" + i).toList(), texts);
    }
  }

  @Test
  void stopsDeliveringAfterUnsubscribe() throws Exception {
    // MQTT-3.10.4-2: the server stops adding new messages for delivery to the client
    String topic = Broker.topicRoot("unsubscribe") + "/t";
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("unsub"));
        PahoClient publisher = PahoClient.connect(Broker.clientId("pub"))) {
      subscriber.subscribe(topic, 1);
      publisher.publish(topic, "before", 1, false);
      assertEquals("before", subscriber.next(DELIVERY).text());
      subscriber.unsubscribe(topic);
      publisher.publish(topic, "after", 1, false);
      assertEquals(List.of(), subscriber.drain(QUIET));
    }
  }

  private static void assertRoundTrip(String name, int pubQos, int subQos) throws Exception {
    String topic = Broker.topicRoot(name) + "/t";
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("sub"));
        PahoClient publisher = PahoClient.connect(Broker.clientId("pub"))) {
      subscriber.subscribe(topic, subQos);
      publisher.publish(topic, "hello " + name, pubQos, false);
      Received received = subscriber.next(DELIVERY);
      assertEquals(topic, received.topic());
      assertEquals("hello " + name, received.text());
      assertEquals(Math.min(pubQos, subQos), received.qos());
      assertFalse(received.retained(), "MQTT-3.3.1-9: live delivery has RETAIN 0");
      assertEquals(List.of(), subscriber.drain(QUIET), "exactly one delivery");
    }
  }

  private static String line(int pubQos, int subQos, int delivered) {
    return "publish " + pubQos + ", subscription " + subQos + " -> " + delivered + "\n";
  }
}
