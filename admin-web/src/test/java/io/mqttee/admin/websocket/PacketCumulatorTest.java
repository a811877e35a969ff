// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.codec.MqttEncoder;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PingReq;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** MQTT-6.0.0-2: packets are not aligned on WebSocket frame boundaries. */
@Tag("unit")
class PacketCumulatorTest {

  private static final ProtocolVersion V311 = ProtocolVersion.MQTT_3_1_1;

  private final PacketCumulator cumulator = new PacketCumulator(1024);

  @Test
  void decodesSeveralPacketsOfOneFrameInOrder() {
    byte[] frame = concat(encode(connect()), encode(subscribe()), encode(new PingReq()));

    List<MqttPacket> packets = cumulator.append(ByteBuffer.wrap(frame));

    assertEquals(3, packets.size());
    assertInstanceOf(Connect.class, packets.get(0));
    assertInstanceOf(Subscribe.class, packets.get(1));
    assertInstanceOf(PingReq.class, packets.get(2));
    assertEquals(0, cumulator.pendingBytes());
  }

  @Test
  void holdsAPacketSplitAcrossFramesUntilItsLastByte() {
    cumulator.append(ByteBuffer.wrap(encode(connect())));
    byte[] publish = encode(publish("a/b", "hello"));

    List<MqttPacket> first = cumulator.append(ByteBuffer.wrap(publish, 0, 1));
    List<MqttPacket> second = cumulator.append(ByteBuffer.wrap(publish, 1, publish.length - 2));
    List<MqttPacket> third = cumulator.append(ByteBuffer.wrap(publish, publish.length - 1, 1));

    assertTrue(first.isEmpty());
    assertTrue(second.isEmpty());
    assertEquals(1, third.size());
    Publish decoded = (Publish) third.get(0);
    assertEquals("a/b", decoded.topic());
    assertEquals("hello", new String(decoded.payload(), StandardCharsets.UTF_8));
  }

  @Test
  void decodesTheSameStreamWhateverTheFrameBoundaries() {
    byte[] stream =
        concat(encode(connect()), encode(publish("x", "1")), encode(publish("y", "22")));
    for (int size = 1; size <= stream.length; size++) {
      PacketCumulator fresh = new PacketCumulator(1024);
      List<MqttPacket> packets = new ArrayList<>();
      for (int from = 0; from < stream.length; from += size) {
        int length = Math.min(size, stream.length - from);
        packets.addAll(fresh.append(ByteBuffer.wrap(stream, from, length)));
      }
      assertEquals(3, packets.size(), "frames of " + size + " bytes");
      assertEquals("y", ((Publish) packets.get(2)).topic(), "frames of " + size + " bytes");
    }
  }

  @Test
  void completesOnePacketAndStartsTheNextInTheSameFrame() {
    byte[] stream = concat(encode(connect()), encode(publish("t", "abc")));
    int cut = encode(connect()).length + 3;

    List<MqttPacket> first = cumulator.append(ByteBuffer.wrap(stream, 0, cut));
    int held = cumulator.pendingBytes();
    List<MqttPacket> second = cumulator.append(ByteBuffer.wrap(stream, cut, stream.length - cut));

    assertEquals(1, first.size());
    assertEquals(3, held);
    assertEquals(1, second.size());
    assertEquals(0, cumulator.pendingBytes());
    assertInstanceOf(Publish.class, second.get(0));
  }

  @Test
  void learnsTheVersionFromConnect() {
    assertNull(cumulator.version());

    cumulator.append(ByteBuffer.wrap(encode(connect())));

    assertEquals(V311, cumulator.version());
  }

  @Test
  void reportsPacketsBeforeMalformedBytesAndThenIgnoresInput() {
    // MQTT-3.8.1-1: SUBSCRIBE's reserved flags are 0010, so 0x80 is malformed
    byte[] frame = concat(encode(connect()), new byte[] {(byte) 0x80, 0x00});

    List<MqttPacket> packets = cumulator.append(ByteBuffer.wrap(frame));
    List<MqttPacket> after = cumulator.append(ByteBuffer.wrap(encode(new PingReq())));

    assertEquals(1, packets.size());
    assertNotNull(cumulator.failure());
    assertTrue(after.isEmpty());
  }

  @Test
  void refusesAPacketAboveTheSizeLimitFromItsFixedHeader() {
    cumulator.append(ByteBuffer.wrap(encode(connect())));
    byte[] big = encode(publish("big", "x".repeat(2000)));

    cumulator.append(ByteBuffer.wrap(big, 0, 4));

    assertNotNull(cumulator.failure());
    assertEquals(0, cumulator.pendingBytes());
  }

  private static Connect connect() {
    return new Connect(V311, "ws-client", true, 60, null, null, null, MqttProperties.EMPTY);
  }

  private static Subscribe subscribe() {
    return new Subscribe(
        1, List.of(new TopicSubscription("a/#", QoS.AT_LEAST_ONCE)), MqttProperties.EMPTY);
  }

  private static Publish publish(String topic, String text) {
    return new Publish(
        topic,
        QoS.AT_MOST_ONCE,
        false,
        false,
        0,
        text.getBytes(StandardCharsets.UTF_8),
        MqttProperties.EMPTY);
  }

  private static byte[] encode(MqttPacket packet) {
    ByteBuffer out = ByteBuffer.allocate(MqttEncoder.encodedLength(packet, V311));
    MqttEncoder.encode(packet, V311, out);
    return out.array();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    Arrays.stream(parts).forEach(all::writeBytes);
    return all.toByteArray();
  }
}
