// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.e2e.support.AdminApi;
import io.mqttee.e2e.support.AdminApi.Reply;
import io.mqttee.e2e.support.PahoClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST API's security, its administrators and API keys, its error format, and the broker-wide
 * endpoints: {@code /brokers}, {@code /stats}, {@code /metrics}, the OpenAPI document and the
 * Prometheus {@code /metrics}.
 */
class AdminApiIT extends DeployedBroker {
  private AdminApi admin;

  @BeforeEach
  void signIn() throws Exception {
    admin = AdminApi.asAdmin();
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static void assertError(Reply reply, int status, String code) {
    assertEquals(status, reply.status(), reply.body());
    assertEquals(code, reply.code(), reply.body());
    assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.body());
  }

  @Test
  void refusesRequestsWithoutOrWithWrongCredentialsWith401AndABasicChallenge() throws Exception {
    for (Reply reply :
        List.of(
            AdminApi.anonymous().get("/brokers"),
            AdminApi.as(AdminApi.ADMIN, "wrong-password").get("/clients"),
            AdminApi.as("nobody", "whatever1").delete("/clients/x"),
            AdminApi.as("nokey", "nosecret").get("/stats"))) {
      assertError(reply, 401, "UNAUTHORIZED");
      assertEquals("Basic realm=\"MQTTee\", charset=\"UTF-8\"", reply.header("WWW-Authenticate"));
    }
  }

  @Test
  void sendsAnUnauthenticatedConsoleRequestToTheLoginPageAndLeavesPublicPagesOpen()
      throws Exception {
    for (String path : List.of("/console/", "/console/index.xhtml")) {
      Reply reply = AdminApi.anonymous().getOutsideApi(path);
      assertEquals(302, reply.status(), path);
      assertTrue(reply.header("Location").endsWith("/console/login.xhtml"), path);
    }
    assertEquals(200, AdminApi.anonymous().getOutsideApi("/").status());
    assertEquals(200, AdminApi.anonymous().getOutsideApi("/websocket-client.html").status());
  }

  @Test
  void servesTheBrokerStatsAndMetrics() throws Exception {
    Reply brokers = admin.get("/brokers");
    assertEquals(200, brokers.status(), brokers.body());
    JsonObject node = brokers.list().getJsonObject(0);
    assertFalse(node.getString("node").isEmpty());
    assertEquals("Running", node.getString("node_status"));
    assertTrue(node.getJsonNumber("uptime").longValue() >= 0);
    assertEquals(1, brokers.meta().getInt("count"));

    // not in a cluster: this node alone, under its name
    Reply nodes = admin.get("/nodes");
    assertEquals(200, nodes.status(), nodes.body());
    assertEquals(1, nodes.meta().getInt("count"), nodes.body());
    assertEquals(node.getString("node"), nodes.list().getJsonObject(0).getString("node"));
    assertTrue(nodes.list().getJsonObject(0).getBoolean("local"), nodes.body());

    Reply stats = admin.get("/stats");
    assertEquals(200, stats.status(), stats.body());
    assertFalse(stats.data().isEmpty(), stats.body());

    Reply metrics = admin.get("/metrics");
    assertEquals(200, metrics.status(), metrics.body());
    assertFalse(metrics.data().getJsonObject("counters").isEmpty(), metrics.body());
    assertNotNull(metrics.data().getJsonObject("rates"));
  }

  @Test
  void servesPrometheusTextAtMetricsWithoutCredentials() throws Exception {
    Reply reply = AdminApi.anonymous().getOutsideApi("/metrics");

    assertEquals(200, reply.status(), reply.body());
    // servers differ in the spaces between parameters (WildFly writes "0.0.4;charset")
    assertEquals(
        "text/plain;version=0.0.4;charset=utf-8", reply.header("Content-Type").replace(" ", ""));
    assertTrue(reply.body().contains("# TYPE mqttee_"), reply.body());
    assertTrue(reply.body().contains("mqttee_messages_received_total "), reply.body());
  }

  @Test
  void servesTheOpenApiDocumentWithoutCredentials() throws Exception {
    Reply json = AdminApi.anonymous().get("/openapi");
    assertEquals(200, json.status(), json.body());
    JsonObject paths = json.object().getJsonObject("paths");
    for (String path : List.of("/clients", "/mqtt/publish", "/acl/{id}", "/api_key/{id}")) {
      assertTrue(paths.containsKey(path), path);
    }
    assertFalse(paths.containsKey("/openapi"));

    Reply yaml = AdminApi.anonymous().get("/openapi.yaml");
    assertEquals(200, yaml.status());
    assertTrue(yaml.body().startsWith("openapi:"), yaml.body());
  }

  @Test
  void answersUnknownResourcesAndMethodsAndBadInputInTheErrorFormat() throws Exception {
    assertError(admin.get("/no-such-thing"), 404, "NOT_FOUND");
    assertError(admin.get("/clients/" + unique("absent")), 404, "NOT_FOUND");
    assertError(admin.put("/brokers", "{}"), 405, "METHOD_NOT_ALLOWED");
    assertError(admin.post("/mqtt/publish", "{\"topic\": "), 400, "BAD_REQUEST");
    assertError(admin.post("/mqtt/publish", "[]"), 400, "BAD_REQUEST");
    assertError(admin.get("/clients?_limit=zero"), 400, "BAD_REQUEST");
    assertError(admin.get("/clients?_page=0"), 400, "BAD_REQUEST");
    assertError(admin.get("/clients?conn_state=sleeping"), 400, "BAD_REQUEST");
    Reply qos = admin.post("/mqtt/publish", "{\"topic\": \"a\", \"qos\": 3}");
    assertError(qos, 400, "BAD_REQUEST");
    assertEquals("qos must be 0 to 2, was 3", qos.object().getString("message"));
  }

  @Test
  void createsAnAdministratorWhoMustChangeThePasswordFirst() throws Exception {
    String name = unique("ops");
    Reply created =
        admin.post("/admins", "{\"username\": \"" + name + "\", \"password\": \"first-pass\"}");
    assertEquals(201, created.status(), created.body());
    assertTrue(created.data().getBoolean("must_change_password"));
    assertFalse(created.body().contains("first-pass"));
    assertError(
        admin.post("/admins", "{\"username\": \"" + name + "\", \"password\": \"first-pass\"}"),
        409,
        "ALREADY_EXISTS");
    assertError(
        admin.post("/admins", "{\"username\": \"x\", \"password\": \"short\"}"),
        400,
        "BAD_REQUEST");

    AdminApi ops = AdminApi.as(name, "first-pass");
    assertError(ops.get("/clients"), 403, "PASSWORD_CHANGE_REQUIRED");
    assertError(
        ops.put(
            "/admins/" + name + "/password",
            "{\"old_password\": \"wrong-one\", \"new_password\": \"second-pass\"}"),
        400,
        "BAD_REQUEST");
    Reply changed =
        ops.put(
            "/admins/" + name + "/password",
            "{\"old_password\": \"first-pass\", \"new_password\": \"second-pass\"}");
    assertEquals(200, changed.status(), changed.body());
    assertFalse(changed.data().getBoolean("must_change_password"));

    AdminApi changedOps = AdminApi.as(name, "second-pass");
    assertEquals(200, changedOps.get("/clients").status());
    assertError(ops.get("/clients"), 401, "UNAUTHORIZED");
    Reply admins = admin.get("/admins");
    assertTrue(admins.body().contains("\"" + name + "\""), admins.body());
    assertFalse(admins.body().contains("password\":\""), admins.body());

    assertEquals(204, admin.delete("/admins/" + name).status());
    assertError(changedOps.get("/clients"), 401, "UNAUTHORIZED");
    assertError(admin.delete("/admins/" + name), 404, "NOT_FOUND");
  }

  @Test
  void anotherAdministratorsResetRequiresAChangeAgain() throws Exception {
    String name = unique("reset");
    admin.post("/admins", "{\"username\": \"" + name + "\", \"password\": \"first-pass\"}");
    AdminApi.as(name, "first-pass")
        .put(
            "/admins/" + name + "/password",
            "{\"old_password\": \"first-pass\", \"new_password\": \"second-pass\"}");

    Reply reset = admin.put("/admins/" + name + "/password", "{\"new_password\": \"third-pass\"}");

    assertEquals(200, reset.status(), reset.body());
    assertTrue(reset.data().getBoolean("must_change_password"));
    assertError(AdminApi.as(name, "third-pass").get("/clients"), 403, "PASSWORD_CHANGE_REQUIRED");
    admin.delete("/admins/" + name);
  }

  @Test
  void neverDeletesTheLastAdministrator() throws Exception {
    Reply admins = admin.get("/admins");
    if (admins.list().size() == 1) {
      assertError(admin.delete("/admins/" + AdminApi.ADMIN), 400, "BAD_REQUEST");
    }
    assertEquals(200, admin.get("/brokers").status());
  }

  @Test
  void anApiKeySignsInUntilItIsDeleted() throws Exception {
    Reply created = admin.post("/api_key", "{\"name\": \"ci\", \"expired_at\": \"infinity\"}");
    assertEquals(201, created.status(), created.body());
    String key = created.data().getString("api_key");
    String secret = created.data().getString("api_secret");
    assertEquals(AdminApi.ADMIN, created.data().getString("created_by"));

    AdminApi program = AdminApi.as(key, secret);
    assertEquals(200, program.get("/clients").status());
    assertError(AdminApi.as(key, secret + "x").get("/clients"), 401, "UNAUTHORIZED");
    Reply listed = admin.get("/api_key");
    assertTrue(listed.body().contains(key), listed.body());
    assertFalse(listed.body().contains(secret), listed.body());

    assertEquals(204, admin.delete("/api_key/" + key).status());
    assertError(program.get("/clients"), 401, "UNAUTHORIZED");
    assertError(admin.delete("/api_key/" + key), 404, "NOT_FOUND");
    assertError(admin.post("/api_key", "{\"name\": \"\"}"), 400, "BAD_REQUEST");
    assertError(
        admin.post("/api_key", "{\"name\": \"old\", \"expired_at\": 1}"), 400, "BAD_REQUEST");
  }

  @Test
  void pagesClientsWithEmqxParameters() throws Exception {
    String prefix = unique("page");
    try (PahoClient a = PahoClient.connect(prefix + "-a");
        PahoClient b = PahoClient.connect(prefix + "-b");
        PahoClient c = PahoClient.connect(prefix + "-c")) {
      Reply first = admin.get("/clients?_like_clientid=" + prefix + "&_limit=2");
      Reply second = admin.get("/clients?_like_clientid=" + prefix + "&_limit=2&_page=2");
      Reply plain = admin.get("/clients?_like_clientid=" + prefix + "&limit=1&page=3");

      assertEquals(List.of(prefix + "-a", prefix + "-b"), ids(first));
      assertEquals(3, first.meta().getInt("count"));
      assertEquals(2, first.meta().getInt("limit"));
      assertEquals(List.of(prefix + "-c"), ids(second));
      assertEquals(2, second.meta().getInt("page"));
      assertEquals(List.of(prefix + "-c"), ids(plain));
      assertTrue(a.isConnected() && b.isConnected() && c.isConnected());
    }
  }

  static List<String> ids(Reply reply) {
    return reply.list().stream()
        .map(JsonValue::asJsonObject)
        .map(o -> o.getString("clientid"))
        .toList();
  }
}
