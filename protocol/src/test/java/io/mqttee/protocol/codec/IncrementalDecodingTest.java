// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import static io.mqttee.protocol.codec.Wire.concat;
import static io.mqttee.protocol.codec.Wire.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PingReq;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Packets split across reads, and several packets in one read. */
@Tag("unit")
class IncrementalDecodingTest {

  private static byte[] stream(ProtocolVersion v) {
    Publish publish =
        new Publish("a/b", QoS.AT_LEAST_ONCE, false, false, 3, new byte[300], MqttProperties.EMPTY);
    Subscribe subscribe =
        new Subscribe(
            4, List.of(new TopicSubscription("a/#", QoS.EXACTLY_ONCE)), MqttProperties.EMPTY);
    return concat(
        encode(Wire.connect(v), v),
        encode(publish, v),
        encode(subscribe, v),
        encode(new PubAck(9), v),
        encode(PingReq.INSTANCE, v));
  }

  private static void assertStream(List<MqttPacket> packets) {
    assertEquals(5, packets.size());
    assertInstanceOf(Connect.class, packets.get(0));
    assertEquals(300, ((Publish) packets.get(1)).payload().length);
    assertEquals("a/#", ((Subscribe) packets.get(2)).subscriptions().get(0).topicFilter());
    assertEquals(9, ((PubAck) packets.get(3)).packetId());
    assertInstanceOf(PingReq.class, packets.get(4));
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void decodesStreamFedOneByteAtATime(ProtocolVersion v) {
    byte[] wire = stream(v);
    MqttDecoder decoder = new MqttDecoder(Wire.MAX);
    ByteBuffer buffer = ByteBuffer.allocate(wire.length);
    buffer.flip();
    List<MqttPacket> packets = new ArrayList<>();
    for (byte b : wire) {
      buffer.compact().put(b).flip(); // as a network reader appends to its buffer
      int before = buffer.position();
      MqttPacket p = decoder.decode(buffer);
      if (p == null) {
        assertEquals(before, buffer.position(), "position moved while waiting for bytes");
      } else {
        packets.add(p);
      }
      assertNull(decoder.failure());
    }
    assertStream(packets);
    assertEquals(0, buffer.remaining());
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void decodesSeveralPacketsFromOneBuffer(ProtocolVersion v) {
    MqttDecoder decoder = new MqttDecoder(Wire.MAX);
    ByteBuffer buffer = ByteBuffer.wrap(stream(v));
    List<MqttPacket> packets = new ArrayList<>();
    for (MqttPacket p = decoder.decode(buffer); p != null; p = decoder.decode(buffer)) {
      packets.add(p);
    }
    assertNull(decoder.failure());
    assertStream(packets);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void decodesFromDirectBuffer(ProtocolVersion v) {
    byte[] wire = stream(v);
    ByteBuffer buffer = ByteBuffer.allocateDirect(wire.length + 7).put(wire).flip();
    MqttDecoder decoder = new MqttDecoder(Wire.MAX);
    List<MqttPacket> packets = new ArrayList<>();
    for (MqttPacket p = decoder.decode(buffer); p != null; p = decoder.decode(buffer)) {
      packets.add(p);
    }
    assertStream(packets);
  }
}
