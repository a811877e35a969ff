// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.app;

import io.mqttee.api.MqttConnection;
import io.mqttee.api.MqttConnectionFactory;
import io.mqttee.api.MqttMessage;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * {@code GET counts}, {@code POST reset}, and {@code POST publish?topic=&count=&threads=&qos=}:
 * publishes {@code count} 64-byte messages from {@code threads} threads through the application
 * connection factory, outside a transaction, and answers the milliseconds it took.
 */
@RequestScoped
@Path("bench")
@Produces(MediaType.TEXT_PLAIN)
public class BenchResource {

  private static final byte[] PAYLOAD = new byte[64];

  @Inject private Counts counts;

  @Resource private ManagedExecutorService executor;

  @Resource(name = "mqttee/MqttConnectionFactory")
  private MqttConnectionFactory mqtt;

  @GET
  @Path("counts")
  public String counts() {
    return counts.text();
  }

  @POST
  @Path("reset")
  public String reset() {
    counts.reset();
    return counts.text();
  }

  @POST
  @Path("publish")
  public String publish(
      @QueryParam("topic") String topic,
      @QueryParam("count") int count,
      @QueryParam("threads") int threads,
      @QueryParam("qos") int qos)
      throws InterruptedException, ExecutionException {
    MqttMessage message = MqttMessage.builder(topic).payload(PAYLOAD).qos(qos).build();
    int perThread = count / Math.max(1, threads);
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < Math.max(1, threads); t++) {
      running.add(executor.submit(() -> publishAll(message, perThread)));
    }
    for (Future<?> f : running) {
      f.get();
    }
    return Long.toString((System.nanoTime() - start) / 1_000_000);
  }

  private void publishAll(MqttMessage message, int count) {
    try (MqttConnection connection = mqtt.getConnection()) {
      for (int i = 0; i < count; i++) {
        connection.publish(message);
      }
    }
  }
}
