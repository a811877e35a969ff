// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.codec.MqttEncoder;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.PacketType;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.ReasonCodes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PacketFramerTest {

  @Test
  void yieldsEachPacketWhenItsLastByteArrives() {
    byte[] stream =
        MqttBytes.concat(MqttBytes.connect("c1"), MqttBytes.publish("a", "b"), MqttBytes.PINGREQ);
    PacketFramer framer = new PacketFramer(1024, ByteBufAllocator.DEFAULT);
    List<PacketType> types = new ArrayList<>();
    List<Integer> completedAt = new ArrayList<>();
    for (int i = 0; i < stream.length; i++) {
      for (MqttPacket p : framer.append(Unpooled.wrappedBuffer(new byte[] {stream[i]}))) {
        types.add(p.type());
        completedAt.add(i + 1);
      }
    }
    int connectEnd = MqttBytes.connect("c1").length;
    int publishEnd = connectEnd + MqttBytes.publish("a", "b").length;
    assertEquals(List.of(PacketType.CONNECT, PacketType.PUBLISH, PacketType.PINGREQ), types);
    assertEquals(List.of(connectEnd, publishEnd, stream.length), completedAt);
    assertEquals(ProtocolVersion.MQTT_3_1_1, framer.version());
    assertNull(framer.failure());
  }

  @Test
  void refusesInputAfterAFailureAndReleasesIt() {
    PacketFramer framer = new PacketFramer(1024, ByteBufAllocator.DEFAULT);
    framer.append(Unpooled.wrappedBuffer(MqttBytes.connect("c1")));
    framer.append(Unpooled.wrappedBuffer(new byte[] {0x00, 0x00}));
    assertNotNull(framer.failure());

    ByteBuf more = Unpooled.wrappedBuffer(MqttBytes.PINGREQ);
    assertTrue(framer.append(more).isEmpty());
    assertEquals(0, more.refCnt());
  }

  @Test
  void resolvesTopicAliasesUpToTheMaximumTheBrokerAnnounces() { // MQTT-3.3.2-12
    PacketFramer framer = new PacketFramer(1024, ByteBufAllocator.DEFAULT);
    framer.append(
        v5(
            new Connect(
                ProtocolVersion.MQTT_5, "c", true, 0, null, null, null, MqttProperties.EMPTY)));
    List<MqttPacket> packets = new ArrayList<>(framer.append(v5(aliased("t/1", 10))));
    packets.addAll(framer.append(v5(aliased("", 10))));
    assertEquals(List.of("t/1", "t/1"), packets.stream().map(p -> ((Publish) p).topic()).toList());
    framer.append(v5(aliased("t/2", 11)));
    assertEquals(ReasonCodes.TOPIC_ALIAS_INVALID, framer.failure().reasonCode());
  }

  private static Publish aliased(String topic, int alias) {
    return new Publish(
        topic,
        QoS.AT_MOST_ONCE,
        false,
        false,
        0,
        new byte[] {1},
        new MqttProperties(List.of(new Property(0x23, alias))));
  }

  private static ByteBuf v5(MqttPacket packet) {
    ByteBuffer out = ByteBuffer.allocate(MqttEncoder.encodedLength(packet, ProtocolVersion.MQTT_5));
    MqttEncoder.encode(packet, ProtocolVersion.MQTT_5, out);
    return Unpooled.wrappedBuffer(out.array());
  }
}
