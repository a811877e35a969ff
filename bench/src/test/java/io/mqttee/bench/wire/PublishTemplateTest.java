// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.mqttee.protocol.codec.MqttDecoder;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PublishTemplateTest {

  private static Publish writeAndDecode(ProtocolVersion version, QoS qos, int packetId, long ts) {
    PublishTemplate template = PublishTemplate.of("bench/in/7", qos, 16, version);
    ByteBuffer out = ByteBuffer.allocate(3 * template.length());
    template.writeTo(out, 1, 0);
    template.writeTo(out, packetId, ts);
    out.flip();
    MqttDecoder decoder = MqttDecoder.forClient(1024, version);
    decoder.decode(out);
    return assertInstanceOf(Publish.class, decoder.decode(out));
  }

  @Test
  void patchesPacketIdAndTimestampIntoEachCopy() {
    Publish p = writeAndDecode(ProtocolVersion.MQTT_3_1_1, QoS.AT_LEAST_ONCE, 40_000, 123456789L);
    assertEquals("bench/in/7", p.topic());
    assertEquals(QoS.AT_LEAST_ONCE, p.qos());
    assertEquals(40_000, p.packetId());
    assertEquals(16, p.payload().length);
    assertEquals(123456789L, ByteBuffer.wrap(p.payload()).getLong());
  }

  @Test
  void writesTheTimestampIntoMqtt5QosZeroPayloads() {
    Publish p = writeAndDecode(ProtocolVersion.MQTT_5, QoS.AT_MOST_ONCE, 0, -5L);
    assertEquals(0, p.packetId());
    assertEquals(-5L, ByteBuffer.wrap(p.payload()).getLong());
  }
}
