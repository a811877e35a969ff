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

  private static final long TAG = PublishTemplate.tag(7, 123_456);

  private static Publish writeAndDecode(ProtocolVersion version, QoS qos, int packetId, long ts) {
    return writeAndDecode(version, qos, packetId, ts, 16);
  }

  private static Publish writeAndDecode(
      ProtocolVersion version, QoS qos, int packetId, long ts, int payloadBytes) {
    PublishTemplate template = PublishTemplate.of("bench/in/7", qos, payloadBytes, version);
    ByteBuffer out = ByteBuffer.allocate(3 * template.length());
    template.writeTo(out, 1, 0, 0);
    template.writeTo(out, packetId, ts, TAG);
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
    assertEquals(TAG, ByteBuffer.wrap(p.payload()).getLong(PublishTemplate.TIMESTAMP_BYTES));
  }

  @Test
  void aTagNamesPublisherAndSequenceNumber() {
    assertEquals(7, PublishTemplate.publisherOf(TAG));
    assertEquals(123_456, PublishTemplate.sequenceOf(TAG));
    long last = PublishTemplate.tag(9_999, Integer.MAX_VALUE);
    assertEquals(9_999, PublishTemplate.publisherOf(last));
    assertEquals(Integer.MAX_VALUE, PublishTemplate.sequenceOf(last));
  }

  @Test
  void aPayloadTooShortForTheTagKeepsItsTimestampOnly() {
    Publish p = writeAndDecode(ProtocolVersion.MQTT_3_1_1, QoS.AT_LEAST_ONCE, 5, 42L, 12);
    assertEquals(12, p.payload().length);
    assertEquals(42L, ByteBuffer.wrap(p.payload()).getLong());
    assertEquals(0, ByteBuffer.wrap(p.payload()).getInt(PublishTemplate.TIMESTAMP_BYTES));
  }

  @Test
  void writesTheTimestampIntoMqtt5QosZeroPayloads() {
    Publish p = writeAndDecode(ProtocolVersion.MQTT_5, QoS.AT_MOST_ONCE, 0, -5L);
    assertEquals(0, p.packetId());
    assertEquals(-5L, ByteBuffer.wrap(p.payload()).getLong());
  }
}
