// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import static io.mqttee.connector.rar.transport.RecordingLane.assertNoCall;
import static io.mqttee.connector.rar.transport.RecordingLane.next;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.protocol.codec.DecodeFailure;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.PingReq;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.ReasonCodes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class InboundFramingTest {

  @Test
  void reassemblesPacketsSplitAcrossReadsInOrder() throws Exception {
    byte[] stream = MqttBytes.concat(MqttBytes.connect("c1"), MqttBytes.publish("a/b", "hello"));
    try (ServerFixture server = ServerFixture.withDefaults();
        RawClient client = server.connect()) {
      ConnectionId id = next(server.calls, "open").connection();
      client.writeInChunks(stream, 1, 3, 7, 5, 2);

      StringBuilder seen = new StringBuilder();
      while (seen.length() < "CONNECT PUBLISH ".length()) {
        RecordingLane.Call call = next(server.calls, "packets");
        assertEquals(id, call.connection());
        for (MqttPacket p : call.packets()) {
          seen.append(p.type()).append(' ');
        }
      }
      assertEquals("CONNECT PUBLISH ", seen.toString());
    }
  }

  @Test
  void deliversThePacketsOfOneReadInOneCall() throws Exception {
    try (ServerFixture server = ServerFixture.withDefaults();
        RawClient client = server.connect()) {
      RecordingLane.Call open = next(server.calls, "open");
      assertInstanceOf(ConnectionInfo.class, open.detail());
      client.write(
          MqttBytes.concat(
              MqttBytes.connect("c1"),
              MqttBytes.publish("t", "1"),
              MqttBytes.publish("t", "2"),
              MqttBytes.PINGREQ));

      List<MqttPacket> packets = next(server.calls, "packets").packets();
      assertEquals(4, packets.size());
      assertEquals("c1", ((Connect) packets.get(0)).clientId());
      assertArrayEquals(bytes("1"), ((Publish) packets.get(1)).payload());
      assertArrayEquals(bytes("2"), ((Publish) packets.get(2)).payload());
      assertInstanceOf(PingReq.class, packets.get(3));
    }
  }

  @Test
  void stopsDeliveringAfterMalformedInput() throws Exception {
    try (ServerFixture server = ServerFixture.withDefaults();
        RawClient client = server.connect()) {
      ConnectionId id = next(server.calls, "open").connection();
      client.write(MqttBytes.connect("c1"));
      next(server.calls, "packets");
      // Packet type 0 is reserved (MQTT 2.1.2); the PUBLISH before it is still delivered.
      client.write(
          MqttBytes.concat(
              MqttBytes.publish("t", "ok"), new byte[] {0x00, 0x00}, MqttBytes.PINGREQ));

      assertEquals(1, next(server.calls, "packets").packets().size());
      assertInstanceOf(DecodeFailure.class, next(server.calls, "malformed").detail());
      client.write(MqttBytes.PINGREQ);
      assertNoCall(server.calls, 300);

      server.clients.close(id, "malformed");
      assertTrue(client.closedByServer(5_000));
      assertEquals(true, next(server.calls, "closed").detail());
    }
  }

  @Test
  void rejectsAPacketLargerThanTheLimitFromItsFixedHeader() throws Exception {
    try (ServerFixture server =
            new ServerFixture(1, 64, Duration.ofSeconds(10), Duration.ofSeconds(5));
        RawClient client = server.connect()) {
      next(server.calls, "open");
      client.write(MqttBytes.connect("c1"));
      next(server.calls, "packets");
      // PUBLISH announcing 200 bytes; the payload is never sent.
      client.write(new byte[] {0x30, (byte) 0xC8, 0x01});

      DecodeFailure failure = (DecodeFailure) next(server.calls, "malformed").detail();
      assertEquals(ReasonCodes.PACKET_TOO_LARGE, failure.reasonCode());
    }
  }

  @Test
  void callsEachConnectionsListenerFromOneLaneAndThread() throws Exception {
    try (ServerFixture server =
            new ServerFixture(2, 1024, Duration.ofSeconds(10), Duration.ofSeconds(5));
        RawClient first = server.connect();
        RawClient second = server.connect()) {
      RecordingLane.Call firstOpen = next(server.calls, "open");
      RecordingLane.Call secondOpen = next(server.calls, "open");
      // Netty assigns connections to loops in turn, so two connections land on both lanes.
      assertTrue(firstOpen.lane() != secondOpen.lane());
      first.write(MqttBytes.connect("a"));
      second.write(MqttBytes.connect("b"));
      for (int i = 0; i < 2; i++) {
        RecordingLane.Call packets = next(server.calls, "packets");
        RecordingLane.Call open =
            packets.connection().equals(firstOpen.connection()) ? firstOpen : secondOpen;
        assertSame(open.lane(), packets.lane());
        assertSame(open.thread(), packets.thread());
      }
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
