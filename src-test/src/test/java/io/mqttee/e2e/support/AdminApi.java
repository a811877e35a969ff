// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The REST API at {@code /api/v1} of the test domain, as a client with HTTP Basic credentials (or
 * none). The suite's administrator is {@code admin} with {@link #PASSWORD}; {@link #asAdmin}
 * changes the initial password {@code public} to it the first time, whichever test class runs
 * first.
 */
public final class AdminApi {
  public static final String ADMIN = "admin";
  public static final String INITIAL_PASSWORD = "public";
  public static final String PASSWORD = "e2e-admin-secret";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String authorization;
  private final String base;

  private AdminApi(String authorization, String base) {
    this.authorization = authorization;
    this.base = base;
  }

  public static AdminApi anonymous() {
    return new AdminApi(null, base());
  }

  public static AdminApi as(String user, String password) {
    return as(user, password, base());
  }

  private static AdminApi as(String user, String password, String base) {
    String token = user + ":" + password;
    return new AdminApi(
        "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)),
        base);
  }

  /** The suite's administrator, after the forced change of the initial password if still due. */
  public static AdminApi asAdmin() throws IOException, InterruptedException {
    return asAdminOn(base());
  }

  /** As {@link #asAdmin()}, on the application at {@code base} ({@code http://host:port}). */
  public static AdminApi asAdminOn(String base) throws IOException, InterruptedException {
    AdminApi admin = as(ADMIN, PASSWORD, base);
    if (admin.get("/brokers").status() == 200) {
      return admin;
    }
    AdminApi initial = as(ADMIN, INITIAL_PASSWORD, base);
    Reply refused = initial.get("/brokers");
    assertEquals(403, refused.status(), refused.body());
    assertEquals("PASSWORD_CHANGE_REQUIRED", refused.code());
    Reply changed =
        initial.put(
            "/admins/admin/password",
            "{\"old_password\": \""
                + INITIAL_PASSWORD
                + "\", \"new_password\": \""
                + PASSWORD
                + "\"}");
    assertEquals(200, changed.status(), changed.body());
    Reply ok = admin.get("/brokers");
    assertEquals(200, ok.status(), ok.body());
    return admin;
  }

  public static String base() {
    return "http://" + Broker.host() + ":" + Broker.httpPort();
  }

  /** {@code segment} percent-encoded for a path ({@code /} as %2F, space as %20). */
  public static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public Reply get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  public Reply delete(String path) throws IOException, InterruptedException {
    return send(request(path).DELETE());
  }

  public Reply post(String path, String json) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply postText(String path, String text) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(text)));
  }

  public Reply put(String path, String json) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A request to a path of the application, outside the API (for example {@code /metrics}). */
  public Reply getOutsideApi(String path) throws IOException, InterruptedException {
    return send(builder(URI.create(base + path)).GET());
  }

  private HttpRequest.Builder request(String path) {
    return builder(URI.create(base + "/api/v1" + path));
  }

  private HttpRequest.Builder builder(URI uri) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body(), response);
  }

  /** An answer: status, body, and the body read as the API's JSON. */
  public record Reply(int status, String body, HttpResponse<String> response) {

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public JsonStructure json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      } catch (RuntimeException e) {
        throw new AssertionError("not JSON (HTTP " + status + "): " + body, e);
      }
    }

    public JsonObject object() {
      return json().asJsonObject();
    }

    /** {@code data} of a single object. */
    public JsonObject data() {
      return object().getJsonObject("data");
    }

    /** {@code data} of a listing. */
    public JsonArray list() {
      return object().getJsonArray("data");
    }

    public JsonObject meta() {
      return object().getJsonObject("meta");
    }

    /** {@code code} of an error. */
    public String code() {
      return object().getString("code");
    }
  }
}
