// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.enterprise;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The REST endpoints of the bench application (bench/app) deployed beside the broker. */
final class BenchApp {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  BenchApp(String host, int httpPort) {
    this.base = "http://" + host + ":" + httpPort + "/bench-app/api/bench/";
  }

  /** Messages taken so far: [plain bean, transacted bean]. */
  long[] counts() throws IOException, InterruptedException {
    String[] parts = call(HttpRequest.newBuilder(URI.create(base + "counts")).GET()).split(" ");
    return new long[] {Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim())};
  }

  void reset() throws IOException, InterruptedException {
    call(post("reset"));
  }

  /** Publishes through the application's connection factory; the milliseconds the server took. */
  long publish(String topic, int count, int threads, int qos)
      throws IOException, InterruptedException {
    String query = "publish?topic=" + topic + "&count=" + count + "&threads=" + threads;
    return Long.parseLong(call(post(query + "&qos=" + qos)).trim());
  }

  private HttpRequest.Builder post(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofMinutes(5))
        .POST(HttpRequest.BodyPublishers.noBody());
  }

  private String call(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(
          "bench application: HTTP " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }
}
