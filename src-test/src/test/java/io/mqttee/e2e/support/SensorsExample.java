// SPDX-License-Identifier: Apache-2.0
package io.mqttee.e2e.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The example application of examples/sensors, deployed beside the broker, and its REST API. */
public final class SensorsExample {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static final String JNDI_NAME = "mqttee/MqttConnectionFactory";

  private SensorsExample() {}

  /** The built WAR; its file name, {@code sensors.war}, makes the context root /sensors. */
  public static WebArchive war() {
    File war =
        new File(
            System.getProperty("mqttee.example.war", "../examples/sensors/target/sensors.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /**
   * On Payara Server, the server resource the example looks up (README, "Enterprise integration"):
   * a connection pool on the broker EAR's resource adapter, once per server. WildFly needs none:
   * the EAR binds its factory globally.
   */
  public static void createPayaraConnectionFactory() throws IOException, InterruptedException {
    if (System.getProperty("payara.admin.port") == null) {
      return;
    }
    if (Asadmin.run("list-connector-resources").contains(JNDI_NAME)) {
      return;
    }
    Asadmin.run(
        "create-connector-connection-pool",
        "--raname",
        "mqttee#mqttee-rar",
        "--connectiondefinition",
        "io.mqttee.api.MqttConnectionFactory",
        "--transactionsupport",
        "NoTransaction",
        "--property",
        "username=applications",
        "mqttee-applications");
    Asadmin.run("create-connector-resource", "--poolname", "mqttee-applications", JNDI_NAME);
  }

  /** Removes what {@link #createPayaraConnectionFactory} made, so the broker can be undeployed. */
  public static void deletePayaraConnectionFactory() throws IOException, InterruptedException {
    if (System.getProperty("payara.admin.port") == null) {
      return;
    }
    Asadmin.run("delete-connector-resource", JNDI_NAME);
    Asadmin.run("delete-connector-connection-pool", "mqttee-applications");
  }

  /** The readings stored for {@code sensor}, as "value deliveryCount", in the order stored. */
  public static List<String> readings(String sensor) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri("/sensors/" + sensor + "/readings")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET readings: HTTP " + response.statusCode() + " " + response.body());
    }
    String body = response.body().trim();
    return body.isEmpty() ? List.of() : Arrays.asList(body.split("\n"));
  }

  /** POSTs a command for the device; returns the HTTP status. */
  public static int sendCommand(String device, String command, boolean fail)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri("/devices/" + device + "/commands" + (fail ? "?fail=true" : "")))
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(command))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static URI uri(String path) {
    return URI.create(AdminApi.base() + "/sensors/api" + path);
  }
}
