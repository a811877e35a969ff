// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.probe.EchoBean;
import io.mqttee.e2e.probe.ProbeReplies;
import io.mqttee.e2e.probe.PublishServlet;
import io.mqttee.e2e.probe.SharedBeanA;
import io.mqttee.e2e.probe.SharedBeanB;
import io.mqttee.e2e.probe.SlowBean;
import io.mqttee.e2e.support.AdminApi;
import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.Received;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Applications' beans and connection factory through the adapter, with a probe application ({@code
 * io.mqttee.e2e.probe}) whose beans answer on {@code probe/replies/...} what they got.
 */
@Tag("e2e")
@Tag("container")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ApplicationBeansIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration QUIET = Duration.ofSeconds(2);

  @Deployment(name = "mqttee", order = 1, testable = false)
  static EnterpriseArchive mqttee() {
    return Broker.ear();
  }

  @Deployment(name = "probe", order = 2, testable = false)
  static WebArchive probe() {
    return ShrinkWrap.create(WebArchive.class, "probe.war")
        .addClasses(
            ProbeReplies.class,
            EchoBean.class,
            SlowBean.class,
            SharedBeanA.class,
            SharedBeanB.class,
            PublishServlet.class)
        .addAsWebInfResource("probe/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
        .addAsWebInfResource("probe/jboss-ejb3.xml", "jboss-ejb3.xml")
        .addAsWebInfResource("probe/jboss-web.xml", "jboss-web.xml")
        .addAsWebInfResource(
            "probe/jboss-deployment-structure.xml", "jboss-deployment-structure.xml");
  }

  private static String id() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aBeanReceivesTheMessageWithItsMqtt5PropertiesAndPublishesWithoutATransaction()
      throws Exception {
    String id = id();
    try (PahoClient listener = PahoClient.connect(Broker.clientId("probe-listener"))) {
      listener.subscribe("probe/replies/" + id, 1);
      MqttClient publisher =
          new MqttClient(Broker.tcpUri(), Broker.clientId("probe-v5"), new MemoryPersistence());
      try {
        publisher.connect();
        MqttMessage message = new MqttMessage("hello".getBytes(StandardCharsets.UTF_8));
        message.setQos(2);
        MqttProperties properties = new MqttProperties();
        properties.setContentType("text/plain");
        properties.setResponseTopic("answers/" + id);
        properties.setCorrelationData("c-1".getBytes(StandardCharsets.UTF_8));
        properties.setPayloadFormat(true);
        properties.setMessageExpiryInterval(600L);
        properties.setUserProperties(
            List.of(new UserProperty("unit", "C"), new UserProperty("unit", "F")));
        message.setProperties(properties);
        publisher.publish("probe/echo/" + id, message);
      } finally {
        publisher.disconnect();
        publisher.close();
      }
      String described = listener.next(WAIT).text();
      assertTrue(
          described.startsWith(
              "qos=2 retain=false contentType=text/plain responseTopic=answers/"
                  + id
                  + " correlation=c-1 utf8=true expiry="),
          described);
      assertTrue(described.endsWith(" user=unit:C,unit:F deliveries=1 payload=hello"), described);
    }
  }

  @Test
  void aSlowBeanHoldsBackOnlyItsOwnSubscription() throws Exception {
    AdminApi admin = AdminApi.asAdmin();
    try (PahoClient replies = PahoClient.connect(Broker.clientId("probe-slow-replies"));
        PahoClient subscriber = PahoClient.connect(Broker.clientId("probe-other"));
        PahoClient publisher = PahoClient.connect(Broker.clientId("probe-publisher"))) {
      replies.subscribe("probe/replies/slow", 1);
      String other = Broker.topicRoot("probe-other") + "/t";
      subscriber.subscribe(other, 1);
      for (int i = 1; i <= 3; i++) {
        publisher.publish("probe/slow/x", "slow " + i, 1, false);
      }
      // one message in the bean, the others held by the broker in the bean's session
      JsonObject client = awaitQueued(admin, "probe-slow");
      assertEquals("application", client.getString("proto_name"));
      assertEquals(1, client.getInt("inflight"), client.toString());

      publisher.publish(other, "not held back", 1, false);
      assertEquals("not held back", subscriber.next(WAIT).text());

      List<String> texts = replies.next(3, WAIT).stream().map(Received::text).toList();
      assertEquals(List.of("slow 1", "slow 2", "slow 3"), texts);
    }
  }

  private static JsonObject awaitQueued(AdminApi admin, String clientId) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    JsonObject client;
    do {
      client = admin.get("/clients/" + clientId).data();
      if (client.getInt("mqueue_len") >= 1) {
        return client;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("no message queued for " + clientId + ": " + client);
  }

  @Test
  void aSharedSubscriptionSpreadsTheMessagesOverTwoBeans() throws Exception {
    String run = id();
    int count = 20;
    try (PahoClient replies = PahoClient.connect(Broker.clientId("probe-shared-replies"));
        PahoClient publisher = PahoClient.connect(Broker.clientId("probe-publisher"))) {
      replies.subscribe("probe/replies/shared", 1);
      for (int i = 0; i < count; i++) {
        publisher.publish("probe/shared/" + run, run + "-" + i, 1, false);
      }
      TreeMap<String, Integer> perBean = new TreeMap<>();
      Set<String> payloads = new HashSet<>();
      for (Received reply : replies.next(count, WAIT)) {
        String[] parts = reply.text().split(" ", 2);
        perBean.merge(parts[0], 1, Integer::sum);
        payloads.add(parts[1]);
      }
      assertEquals(count, payloads.size(), "each message once: " + payloads);
      assertEquals(Set.of("A", "B"), perBean.keySet(), "both beans took messages: " + perBean);
      assertEquals(List.of(), replies.drain(QUIET));
      assertTrue(replies.isConnected());
    }
  }

  @Test
  void aPublishOutsideATransactionIsCheckedAgainstTheFactorysIdentity() throws Exception {
    String id = id();
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("probe-acl"))) {
      subscriber.subscribe("probe/+/" + id, 1);
      // e2e.acl: deny publish probe/denied/# user applications
      assertEquals("refused 135", publishFromServlet("probe/denied/" + id));
      // MQTT-3.3.2-2: no wildcard in a topic name; refused before it reaches the broker, so the
      // factory's shared connection stays up for the next publish
      assertEquals("refused 144", publishFromServlet("probe/bad/%23"));
      // MQTT 5 section 3.2.2.3.6: a packet above the broker's Maximum Packet Size (1 MiB here) is
      // refused in the caller with 0x95, as a socket client's would be refused by the broker
      assertEquals(
          "refused 149", publishFromServlet("probe/allowed/" + id + "&bytes=" + (1 << 20)));
      assertEquals("published", publishFromServlet("probe/allowed/" + id));
      Received received = subscriber.next(WAIT);
      assertEquals("probe/allowed/" + id, received.topic());
      assertEquals(List.of(), subscriber.drain(QUIET));
      assertTrue(subscriber.isConnected());
    }
  }

  private static String publishFromServlet(String topic) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(AdminApi.base() + "/probe/publish?topic=" + topic))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return response.body();
  }
}
