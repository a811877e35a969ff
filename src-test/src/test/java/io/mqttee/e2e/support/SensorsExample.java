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

  private SensorsExample() {}

  /** The built WAR; its file name, {@code sensors.war}, makes the context root /sensors. */
  public static WebArchive war() {
    File war =
        new File(
            System.getProperty("mqttee.example.war", "../examples/sensors/target/sensors.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
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
