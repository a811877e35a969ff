// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PingResp;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class FrameScannerTest {

  private static final byte[] PAYLOAD = {1, 2, 3, 4, 5};

  private static byte[] wire(ProtocolVersion version, MqttPacket... packets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (MqttPacket p : packets) {
      out.writeBytes(PacketBytes.encode(p, version));
    }
    return out.toByteArray();
  }

  private static Publish publish(QoS qos, int packetId, MqttProperties properties) {
    return new Publish("a/b", qos, false, false, packetId, PAYLOAD, properties);
  }

  @Test
  void findsQosPacketIdAndPayloadOfCodecEncodedMqtt311Frames() {
    byte[] bytes =
        wire(
            ProtocolVersion.MQTT_3_1_1,
            publish(QoS.AT_MOST_ONCE, 0, MqttProperties.EMPTY),
            publish(QoS.AT_LEAST_ONCE, 513, MqttProperties.EMPTY),
            new PubAck(77),
            PingResp.INSTANCE);
    RecordingHandler handler = new RecordingHandler();

    int consumed = new FrameScanner(false).scan(bytes, 0, bytes.length, handler);

    assertEquals(bytes.length, consumed);
    assertEquals(
        List.of(
            "PUBLISH qos=0 id=0",
            "PUBLISH qos=1 id=513",
            "ACK type=4 id=77",
            "CONTROL type=13 body=0"),
        handler.seen);
    assertArrayEquals(PAYLOAD, handler.payloads.get(0));
    assertArrayEquals(PAYLOAD, handler.payloads.get(1));
  }

  @Test
  void skipsMqtt5PublishPropertiesToReachThePayload() {
    MqttProperties properties =
        new MqttProperties(List.of(new MqttProperties.Property(0x03, "text/plain")));
    byte[] bytes = wire(ProtocolVersion.MQTT_5, publish(QoS.AT_LEAST_ONCE, 9, properties));
    RecordingHandler handler = new RecordingHandler();

    new FrameScanner(true).scan(bytes, 0, bytes.length, handler);

    assertEquals(List.of("PUBLISH qos=1 id=9"), handler.seen);
    assertArrayEquals(PAYLOAD, handler.payloads.get(0));
  }

  @Test
  void stopsBeforeAnIncompleteFrame() {
    byte[] bytes =
        wire(
            ProtocolVersion.MQTT_3_1_1,
            publish(QoS.AT_MOST_ONCE, 0, MqttProperties.EMPTY),
            publish(QoS.AT_MOST_ONCE, 0, MqttProperties.EMPTY));
    int first = bytes.length / 2;
    RecordingHandler handler = new RecordingHandler();

    int consumed = new FrameScanner(false).scan(bytes, 0, bytes.length - 1, handler);

    assertEquals(first, consumed);
    assertEquals(1, handler.seen.size());
  }

  @Test
  void rejectsARemainingLengthOfMoreThanFourBytes() {
    // MQTT 3.1.1 section 2.2.3: at most four bytes
    byte[] bytes = {0x30, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01};
    FrameScanner scanner = new FrameScanner(false);
    assertThrows(
        MalformedFrameException.class,
        () -> scanner.scan(bytes, 0, bytes.length, new RecordingHandler()));
  }
}
