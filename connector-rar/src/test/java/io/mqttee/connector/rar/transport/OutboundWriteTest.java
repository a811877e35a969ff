// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import static io.mqttee.connector.rar.transport.RecordingLane.next;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.TrafficCounters;
import io.mqttee.protocol.codec.MqttEncoder;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PingResp;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class OutboundWriteTest {

  @Test
  void writesPacketsSentFromAnotherThreadInOrder() throws Exception {
    List<MqttPacket> packets = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      byte[] payload = ("m" + i).getBytes(StandardCharsets.UTF_8);
      packets.add(
          new Publish("t/x", QoS.AT_MOST_ONCE, false, false, 0, payload, MqttProperties.EMPTY));
    }
    try (ServerFixture server = ServerFixture.withDefaults();
        RawClient client = server.connect()) {
      ConnectionId id = next(server.calls, "open").connection();
      client.write(MqttBytes.connect("c1"));
      next(server.calls, "packets");

      Thread sender = new Thread(() -> packets.forEach(p -> server.clients.send(id, p)));
      sender.start();
      sender.join();

      byte[] expected = encode(packets);
      assertArrayEquals(expected, client.readExactly(expected.length));
      TrafficCounters traffic = server.clients.traffic();
      assertEquals(500, traffic.packetsSent());
      assertEquals(expected.length, traffic.bytesSent());
    }
  }

  @Test
  void closesAfterWritingWhatWasQueuedBefore() throws Exception {
    try (ServerFixture server = ServerFixture.withDefaults();
        RawClient client = server.connect()) {
      ConnectionId id = next(server.calls, "open").connection();
      client.write(MqttBytes.connect("c1"));
      next(server.calls, "packets");

      server.clients.send(id, PingResp.INSTANCE);
      server.clients.send(id, PingResp.INSTANCE);
      server.clients.close(id, "test");

      assertArrayEquals(new byte[] {(byte) 0xD0, 0, (byte) 0xD0, 0}, client.readExactly(4));
      assertTrue(client.closedByServer(3_000));
      assertEquals(true, next(server.calls, "closed").detail());
    }
  }

  @Test
  void closesAClientThatDoesNotReadWhatIsWrittenToIt() throws Exception {
    byte[] payload = new byte[64 * 1024];
    Publish large =
        new Publish("t", QoS.AT_MOST_ONCE, false, false, 0, payload, MqttProperties.EMPTY);
    long count = ClientChannel.MAX_UNREAD_BYTES / payload.length + 64;
    try (ServerFixture server = ServerFixture.withDefaults();
        RawClient client = server.connect()) {
      ConnectionId id = next(server.calls, "open").connection();
      client.write(MqttBytes.connect("c1"));
      next(server.calls, "packets");

      for (long i = 0; i < count; i++) {
        server.clients.send(id, large);
      }
      Thread.sleep(200);
      server.clients.send(id, large);

      RecordingLane.Call closed = next(server.calls, "closed");
      assertEquals(false, closed.detail());
    }
  }

  @Test
  void dropsSendsToAnUnknownConnection() throws Exception {
    try (ServerFixture server = ServerFixture.withDefaults()) {
      server.clients.send(new ConnectionId(-1), PingResp.INSTANCE);
      assertEquals(0, server.clients.traffic().packetsSent());
    }
  }

  private static byte[] encode(List<MqttPacket> packets) {
    int total = 0;
    for (MqttPacket p : packets) {
      total += MqttEncoder.encodedLength(p, ProtocolVersion.MQTT_3_1_1);
    }
    ByteBuffer out = ByteBuffer.allocate(total);
    for (MqttPacket p : packets) {
      MqttEncoder.encode(p, ProtocolVersion.MQTT_3_1_1, out);
    }
    return out.array();
  }
}
