// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.Publish;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ConcurrentClientsTest {

  private static final int CLIENTS = 16;
  private static final int MESSAGES = 200;

  @Test
  void keepsEachConnectionsPacketsInOrderWhileClientsWriteAtOnce() throws Exception {
    ExecutorService writers = Executors.newFixedThreadPool(CLIENTS);
    try (ServerFixture server = ServerFixture.withDefaults()) {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        byte[] stream = streamOf("client" + c);
        long seed = c;
        done.add(writers.submit(() -> writeInRandomChunks(server, stream, seed)));
      }
      Map<ConnectionId, List<String>> payloads = collect(server);
      for (Future<?> f : done) {
        f.get(10, TimeUnit.SECONDS);
      }
      assertEquals(CLIENTS, payloads.size());
      for (List<String> received : payloads.values()) {
        assertEquals(MESSAGES, received.size());
        for (int i = 0; i < MESSAGES; i++) {
          assertEquals(String.valueOf(i), received.get(i));
        }
      }
    } finally {
      writers.shutdownNow();
    }
  }

  private static byte[] streamOf(String clientId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(MqttBytes.connect(clientId));
    for (int i = 0; i < MESSAGES; i++) {
      out.writeBytes(MqttBytes.publish("t/" + clientId, String.valueOf(i)));
    }
    return out.toByteArray();
  }

  private static Void writeInRandomChunks(ServerFixture server, byte[] stream, long seed)
      throws Exception {
    Random random = new Random(seed);
    try (RawClient client = server.connect()) {
      int offset = 0;
      while (offset < stream.length) {
        int size = Math.min(stream.length - offset, 1 + random.nextInt(40));
        client.write(Arrays.copyOfRange(stream, offset, offset + size));
        offset += size;
      }
    }
    return null;
  }

  private static Map<ConnectionId, List<String>> collect(ServerFixture server)
      throws InterruptedException {
    Map<ConnectionId, List<String>> payloads = new HashMap<>();
    int publishes = 0;
    while (publishes < CLIENTS * MESSAGES) {
      RecordingLane.Call call = server.calls.poll(10, TimeUnit.SECONDS);
      assertNotNull(call, "only " + publishes + " PUBLISH packets arrived");
      if (!call.kind().equals("packets")) {
        continue;
      }
      for (MqttPacket p : call.packets()) {
        if (p instanceof Publish publish) {
          payloads
              .computeIfAbsent(call.connection(), id -> new ArrayList<>())
              .add(new String(publish.payload(), StandardCharsets.UTF_8));
          publishes++;
        }
      }
    }
    return payloads;
  }
}
