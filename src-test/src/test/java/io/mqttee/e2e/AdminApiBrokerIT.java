// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.AdminApi;
import io.mqttee.e2e.support.AdminApi.Reply;
import io.mqttee.e2e.support.Broker;
import io.mqttee.e2e.support.PahoClient;
import io.mqttee.e2e.support.PahoV5Client;
import io.mqttee.e2e.support.Received;
import io.mqttee.e2e.support.WebSocketMqttClient;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the REST API reads and changes in the running broker, seen by real MQTT clients. */
class AdminApiBrokerIT extends DeployedBroker {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration QUIET = Duration.ofSeconds(1);

  private AdminApi admin;

  @BeforeEach
  void signIn() throws Exception {
    admin = AdminApi.asAdmin();
  }

  private static void assertStatus(int status, Reply reply) {
    assertEquals(status, reply.status(), reply.body());
  }

  @Test
  void showsAConnectedClientAndKicksIt() throws Exception {
    String id = Broker.clientId("api-kick");
    try (PahoClient client =
        PahoClient.connect(
            id,
            o -> {
              o.setUserName("alice");
              o.setPassword("secret".toCharArray());
            })) {
      Reply one = admin.get("/clients/" + id);
      assertStatus(200, one);
      assertEquals("alice", one.data().getString("username"));
      assertTrue(one.data().getBoolean("connected"));
      assertEquals("MQTT", one.data().getString("proto_name"));
      assertEquals(List.of(id), AdminApiIT.ids(admin.get("/clients?clientid=" + id)));
      assertEquals(
          List.of(id),
          AdminApiIT.ids(admin.get("/clients?username=alice&conn_state=connected&clientid=" + id)));

      assertStatus(204, admin.delete("/clients/" + id));

      assertTrue(client.awaitConnectionLost(WAIT), "kicked");
    }
    assertStatus(404, admin.delete("/clients/" + id));
  }

  @Test
  void showsAnOfflineSessionWithItsQueuedMessagesAndSubscriptions() throws Exception {
    String id = Broker.clientId("api-session");
    String topic = Broker.topicRoot("api-session") + "/t";
    try (PahoClient client = PahoClient.connect(id, o -> o.setCleanSession(false))) {
      client.subscribe(topic, 1);
      client.disconnect();
    }
    try (PahoClient publisher = PahoClient.connect(Broker.clientId("api-session-pub"))) {
      publisher.publish(topic, "queued text", 1, false);
      publisher.publish(topic, new byte[] {(byte) 0xFF, 0}, 1, false);
    }

    Reply session = admin.get("/sessions/" + id);
    assertStatus(200, session);
    assertFalse(session.data().getBoolean("connected"));
    assertEquals(2, session.data().getInt("mqueue_len"));
    Reply messages = admin.get("/sessions/" + id + "/messages");
    assertStatus(200, messages);
    JsonObject text = messages.list().getJsonObject(0);
    JsonObject binary = messages.list().getJsonObject(1);
    assertEquals("queued text", text.getString("payload"));
    assertEquals("cXVldWVkIHRleHQ=", text.getString("payload_base64"));
    assertEquals(JsonValue.NULL, binary.get("payload"));
    assertEquals("/wA=", binary.getString("payload_base64"));
    assertTrue(AdminApiIT.ids(admin.get("/sessions?_limit=10000")).contains(id));
    Reply subscriptions = admin.get("/subscriptions/" + id);
    assertEquals(topic, subscriptions.list().getJsonObject(0).getString("topic"));
    assertEquals(1, admin.get("/subscriptions?clientid=" + id + "&qos=1").meta().getInt("count"));
    assertEquals(0, admin.get("/subscriptions?clientid=" + id + "&qos=2").meta().getInt("count"));
    assertStatus(404, admin.get("/sessions/" + id + "-none"));
    assertStatus(404, admin.get("/sessions/" + id + "-none/messages"));
    try (PahoClient client = PahoClient.connect(id, o -> o.setCleanSession(true))) {
      assertTrue(client.isConnected());
    }
  }

  @Test
  void subscribesAndUnsubscribesAClientAndShowsTheRoute() throws Exception {
    String root = Broker.topicRoot("api-sub");
    String id = Broker.clientId("api-sub");
    try (PahoClient client = PahoClient.connect(id)) {
      client.subscribe(root + "/marker", 1);
      Reply subscribed =
          admin.post(
              "/mqtt/subscribe",
              "{\"clientid\": \"" + id + "\", \"topic\": \"" + root + "/+\", \"qos\": 1}");
      assertStatus(200, subscribed);
      assertEquals(1, subscribed.data().getInt("qos"));
      Reply route = admin.get("/routes/" + AdminApi.encode(root + "/+"));
      assertStatus(200, route);
      assertEquals(root + "/+", route.list().getJsonObject(0).getString("topic"));
      assertTrue(admin.get("/routes?_limit=10000").body().contains(root + "/+"));

      client.publish(root + "/a", "via the API subscription", 1, false);
      assertEquals("via the API subscription", client.next(WAIT).text());

      Reply unsubscribed =
          admin.post(
              "/mqtt/unsubscribe", "{\"clientid\": \"" + id + "\", \"topic\": \"" + root + "/+\"}");
      assertStatus(200, unsubscribed);
      client.publish(root + "/a", "after the unsubscribe", 1, false);
      // the marker matches the remaining own subscription: connected and subscribed, nothing else
      assertEquals(List.of(), client.drainUntilMarker(QUIET, root + "/marker"));
      assertStatus(
          404,
          admin.post(
              "/mqtt/unsubscribe",
              "{\"clientid\": \"" + id + "\", \"topic\": \"" + root + "/+\"}"));
      assertStatus(400, admin.post("/mqtt/subscribe", "{\"clientid\": \"" + id + "\"}"));
      assertStatus(
          400,
          admin.post(
              "/mqtt/subscribe", "{\"clientid\": \"" + id + "\", \"topic\": \"a\", \"qos\": 5}"));
      assertStatus(
          404,
          admin.post("/mqtt/subscribe", "{\"clientid\": \"" + id + "-none\", \"topic\": \"a\"}"));
    }
  }

  @Test
  void publishesAsTheBrokerToSubscribers() throws Exception {
    String root = Broker.topicRoot("api-pub");
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("api-pub"))) {
      subscriber.subscribe(root + "/#", 1);

      Reply plain =
          admin.post(
              "/mqtt/publish",
              "{\"topic\": \"" + root + "/a\", \"payload\": \"hello\", \"qos\": 1}");
      assertStatus(200, plain);
      assertEquals(1, plain.data().getInt("matched"));
      assertEquals("hello", subscriber.next(WAIT).text());

      Reply batch =
          admin.post(
              "/mqtt/publish_batch",
              "[{\"topic\": \""
                  + root
                  + "/b\", \"payload\": \"aGk=\", \"encoding\": \"base64\"},"
                  + " {\"topic\": \""
                  + root
                  + "/c\", \"payload\": \"two\"}]");
      assertStatus(200, batch);
      List<String> texts = subscriber.next(2, WAIT).stream().map(Received::text).toList();
      assertEquals(List.of("hi", "two"), texts);

      assertStatus(400, admin.post("/mqtt/publish_batch", "[{\"topic\": \"" + root + "/d\"}, {}]"));
      assertStatus(400, admin.post("/mqtt/publish", "{\"topic\": \"" + root + "/#\"}"));
      assertEquals(List.of(), subscriber.drainUntilMarker(QUIET, root + "/marker"));
    }
  }

  @Test
  void readsAndDeletesRetainedMessages() throws Exception {
    String root = Broker.topicRoot("api-retained");
    try (PahoClient publisher = PahoClient.connect(Broker.clientId("api-retained"))) {
      publisher.publish(root + "/a", "kept a", 1, true);
      publisher.publish(root + "/b", "kept b", 1, true);
    }

    Reply one = admin.get("/mqtt/retainer/message/" + root + "/a");
    assertStatus(200, one);
    assertEquals("kept a", one.data().getString("payload"));
    assertEquals(
        "kept b",
        admin
            .get("/mqtt/retainer/message/" + AdminApi.encode(root + "/b"))
            .data()
            .getString("payload"));
    Reply listed = admin.get("/mqtt/retainer/messages?topic=" + AdminApi.encode(root + "/#"));
    assertEquals(2, listed.meta().getInt("count"), listed.body());

    assertStatus(204, admin.delete("/mqtt/retainer/message/" + root + "/a"));

    assertStatus(404, admin.get("/mqtt/retainer/message/" + root + "/a"));
    assertStatus(404, admin.delete("/mqtt/retainer/message/" + root + "/a"));
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("api-retained-sub"))) {
      subscriber.subscribe(root + "/#", 1);
      assertEquals("kept b", subscriber.next(WAIT).text());
      assertEquals(List.of(), subscriber.drainUntilMarker(QUIET, root + "/marker"));
    }
    admin.delete("/mqtt/retainer/message/" + root + "/b");
  }

  @Test
  void aUserCreatedThroughTheApiConnectsWithItsPassword() throws Exception {
    String name = Broker.clientId("api-user");
    Reply created =
        admin.post("/users", "{\"username\": \"" + name + "\", \"password\": \"mqtt-pass\"}");
    assertStatus(201, created);
    assertFalse(created.body().contains("mqtt-pass"));
    assertStatus(
        409, admin.post("/users", "{\"username\": \"" + name + "\", \"password\": \"x\"}"));
    assertStatus(400, admin.post("/users", "{\"password\": \"x\"}"));
    try {
      try (PahoClient client =
          PahoClient.connect(
              name,
              o -> {
                o.setUserName(name);
                o.setPassword("mqtt-pass".toCharArray());
              })) {
        assertTrue(client.isConnected());
      }
      MqttException refused =
          assertThrows(
              MqttException.class,
              () ->
                  PahoClient.connect(
                      name,
                      o -> {
                        o.setUserName(name);
                        o.setPassword("wrong".toCharArray());
                      }));
      assertEquals(MqttException.REASON_CODE_FAILED_AUTHENTICATION, refused.getReasonCode());
      assertStatus(200, admin.put("/users/" + name, "{\"superuser\": true}"));
      assertTrue(admin.get("/users/" + name).data().getBoolean("superuser"));
      assertTrue(admin.get("/users?_limit=10000").body().contains(name));
    } finally {
      assertStatus(204, admin.delete("/users/" + name));
    }
    assertStatus(404, admin.get("/users/" + name));
  }

  @Test
  void anAclRuleAddedThroughTheApiTakesEffectOnTheNextPublish() throws Exception {
    String root = Broker.topicRoot("api-acl");
    Reply rule =
        admin.post(
            "/acl",
            "{\"permission\": \"deny\", \"action\": \"publish\", \"topic\": \""
                + root
                + "/blocked/#\", \"who\": \"all\", \"position\": 1}");
    assertStatus(201, rule);
    long id = rule.data().getJsonNumber("id").longValue();
    try (PahoClient subscriber = PahoClient.connect(Broker.clientId("api-acl"))) {
      subscriber.subscribe(root + "/#", 1);
      assertEquals(1, admin.get("/acl/" + id).data().getInt("position"));

      subscriber.publish(root + "/blocked/x", "denied", 1, false);
      assertEquals(List.of(), subscriber.drainUntilMarker(QUIET, root + "/open"));

      assertStatus(204, admin.delete("/acl/" + id));
      subscriber.publish(root + "/blocked/x", "allowed again", 1, false);
      assertEquals("allowed again", subscriber.next(WAIT).text());
    } finally {
      admin.delete("/acl/" + id);
    }
    assertStatus(404, admin.get("/acl/" + id));
    assertStatus(404, admin.get("/acl/not-a-number"));
    assertStatus(400, admin.post("/acl", "{\"permission\": \"maybe\"}"));
    assertStatus(200, admin.get("/acl/settings"));
    assertStatus(400, admin.put("/acl/settings", "{\"default\": \"perhaps\"}"));
    assertStatus(200, admin.get("/auth/settings"));
    assertStatus(400, admin.put("/auth/settings", "{\"allow_anonymous\": \"yes\"}"));
  }

  @Test
  void importedRulesTheDefaultPolicyAndTheAnonymousSwitchTakeEffectAtOnce() throws Exception {
    String root = Broker.topicRoot("api-import");
    Reply bad = admin.postText("/acl/import", "deny publish " + root + "/x\nallow everything");
    assertStatus(400, bad);
    assertTrue(bad.body().contains("line 2"), bad.body());
    int before = admin.get("/acl").list().size();
    assertEquals(before, admin.get("/acl").list().size(), "a bad import imports nothing");

    assertStatus(200, admin.postText("/acl/import", "deny subscribe " + root + "/private/#"));
    long imported = lastRuleId();
    try (PahoClient client = PahoClient.connect(Broker.clientId("api-import"))) {
      assertEquals(0x80, client.subscribe(root + "/private/#", 1)); // refused: SUBACK 0x80
      assertEquals(1, client.subscribe(root + "/public/#", 1));
      assertStatus(200, admin.put("/acl/settings", "{\"default\": \"deny\"}"));
      assertEquals(0x80, client.subscribe(root + "/other/#", 1), "no rule applies: denied");
    } finally {
      assertStatus(200, admin.put("/acl/settings", "{\"default\": \"allow\"}"));
      assertStatus(204, admin.delete("/acl/" + imported));
    }

    assertStatus(200, admin.put("/auth/settings", "{\"allow_anonymous\": false}"));
    try {
      MqttException refused =
          assertThrows(
              MqttException.class, () -> PahoClient.connect(Broker.clientId("api-anonymous")));
      assertEquals(5, refused.getReasonCode()); // 3.1.1: not authorized
      try (PahoClient alice =
          PahoClient.connect(
              Broker.clientId("api-alice"),
              o -> {
                o.setUserName("alice");
                o.setPassword("secret".toCharArray());
              })) {
        assertTrue(alice.isConnected());
      }
    } finally {
      assertStatus(200, admin.put("/auth/settings", "{\"allow_anonymous\": true}"));
    }
    try (PahoClient again = PahoClient.connect(Broker.clientId("api-anonymous"))) {
      assertTrue(again.isConnected());
    }
  }

  private long lastRuleId() throws Exception {
    var rules = admin.get("/acl").list();
    return rules.getJsonObject(rules.size() - 1).getJsonNumber("id").longValue();
  }

  @Test
  void aBanKicksTheConnectedClientAndRefusesItsNextConnect() throws Exception {
    String id = Broker.clientId("api-banned");
    try (PahoClient connected = PahoClient.connect(id)) {
      Reply ban =
          admin.post(
              "/banned", "{\"as\": \"clientid\", \"who\": \"" + id + "\", \"reason\": \"test\"}");
      assertStatus(201, ban);
      assertTrue(connected.awaitConnectionLost(WAIT), "a banned client is disconnected");
    }
    try {
      org.eclipse.paho.mqttv5.common.MqttException refused =
          assertThrows(
              org.eclipse.paho.mqttv5.common.MqttException.class,
              () -> PahoV5Client.connect(id, o -> {}));
      assertEquals(0x8A, refused.getReasonCode()); // MQTT 5 3.2.2.2: Banned
      assertTrue(admin.get("/banned?_limit=10000").body().contains(id));
      assertStatus(409, admin.post("/banned", "{\"as\": \"clientid\", \"who\": \"" + id + "\"}"));
    } finally {
      assertStatus(204, admin.delete("/banned/clientid/" + id));
    }
    try (PahoClient again = PahoClient.connect(id)) {
      assertTrue(again.isConnected());
    }
    assertStatus(404, admin.delete("/banned/clientid/" + id));
    assertStatus(400, admin.post("/banned", "{\"as\": \"mac\", \"who\": \"x\"}"));
  }

  @ParameterizedTest
  @MethodSource("webSocketEndpoints")
  void aBanAppliesToWebSocketClientsToo(String endpoint) throws Exception {
    String id = Broker.clientId("api-banned-ws");
    assertStatus(201, admin.post("/banned", "{\"as\": \"clientid\", \"who\": \"" + id + "\"}"));
    try (WebSocketMqttClient client = WebSocketMqttClient.open(endpoint, "mqtt")) {
      byte[] connect =
          WebSocketMqttClient.encode(
              new Connect(
                  ProtocolVersion.MQTT_3_1_1,
                  id,
                  true,
                  60,
                  null,
                  null,
                  null,
                  MqttProperties.EMPTY));
      client.sendFrame(connect, 0, connect.length);
      assertEquals(5, client.receive(ConnAck.class, WAIT).reasonCode()); // 3.1.1: not authorized
    } finally {
      assertStatus(204, admin.delete("/banned/clientid/" + id));
    }
  }

  static List<String> webSocketEndpoints() {
    return List.of(Broker.adapterWebSocketUri(), Broker.webSocketUri());
  }

  @Test
  void stopsAndStartsTheTcpListener() throws Exception {
    Reply listeners = admin.get("/listeners");
    assertStatus(200, listeners);
    assertTrue(listeners.body().contains("\"tcp\""), listeners.body());
    Reply plugins = admin.get("/plugins");
    assertTrue(plugins.list().getJsonObject(0).containsKey("active"), plugins.body());
    assertStatus(404, admin.get("/listeners/none"));
    try {
      Reply stopped = admin.put("/listeners/tcp/stop", "");
      assertStatus(200, stopped);
      assertFalse(stopped.data().getBoolean("running"));
      assertThrows(ConnectException.class, AdminApiBrokerIT::openTcp);
    } finally {
      Reply started = admin.put("/listeners/tcp/start", "");
      assertStatus(200, started);
      assertTrue(started.data().getBoolean("running"));
    }
    try (PahoClient client = PahoClient.connect(Broker.clientId("api-restarted"))) {
      assertTrue(client.isConnected());
    }
    assertStatus(400, admin.put("/listeners/tcp", "{\"no_such_setting\": 1}"));
  }

  private static void openTcp() throws Exception {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(Broker.host(), Broker.mqttPort()), 2000);
    }
  }
}
