// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import static io.mqttee.protocol.codec.Wire.bytes;
import static io.mqttee.protocol.codec.Wire.decodeOne;
import static io.mqttee.protocol.codec.Wire.encode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.PingReq;
import io.mqttee.protocol.packet.PingResp;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.PubAck;
import io.mqttee.protocol.packet.PubComp;
import io.mqttee.protocol.packet.PubRec;
import io.mqttee.protocol.packet.PubRel;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.SubAck;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.UnsubAck;
import io.mqttee.protocol.packet.Unsubscribe;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Hand-built packets following the figures of the MQTT 3.1.1 specification. */
@Tag("unit")
class SpecVectorsTest {

  private static final ProtocolVersion V311 = ProtocolVersion.MQTT_3_1_1;

  /** Figure 3.6 variable header (flags 0xCE, keep alive 10) with a full payload. */
  private static final byte[] CONNECT =
      bytes(
          0x10, 0x1C, 0x00, 0x04, 'M', 'Q', 'T', 'T', 0x04, 0xCE, 0x00, 0x0A, 0x00, 0x02, 'c', '1',
          0x00, 0x01, 'w', 0x00, 0x03, 'b', 'y', 'e', 0x00, 0x01, 'u', 0x00, 0x01, 'p');

  private static MqttPacket server(byte[] wire) {
    return decodeOne(Wire.connectedServer(V311), wire);
  }

  private static MqttPacket client(byte[] wire) {
    return decodeOne(MqttDecoder.forClient(Wire.MAX, V311), wire);
  }

  /** Checks decoding, then that encoding the decoded packet gives the same bytes back. */
  private static void assertReencodes(MqttPacket packet, byte[] wire) {
    assertArrayEquals(wire, encode(packet, V311));
  }

  @Test
  void decodesConnectOfFigure36() {
    MqttDecoder decoder = new MqttDecoder(Wire.MAX);
    Connect c = (Connect) decodeOne(decoder, CONNECT);
    assertEquals(V311, c.version());
    assertEquals(V311, decoder.version());
    assertEquals("c1", c.clientId());
    assertTrue(c.cleanStart());
    assertEquals(10, c.keepAliveSeconds());
    assertEquals("u", c.username());
    assertArrayEquals(bytes('p'), c.password());
    assertEquals("w", c.will().topic());
    assertArrayEquals("bye".getBytes(StandardCharsets.UTF_8), c.will().payload());
    assertEquals(QoS.AT_LEAST_ONCE, c.will().qos());
    assertFalse(c.will().retain());
    assertReencodes(c, CONNECT);
  }

  @Test
  void decodesMqtt31ConnectWithProtocolNameMqisdp() {
    byte[] wire =
        bytes(0x10, 0x10, 0, 6, 'M', 'Q', 'I', 's', 'd', 'p', 3, 0x02, 0, 30, 0, 2, 'c', '1');
    MqttDecoder decoder = new MqttDecoder(Wire.MAX);
    Connect c = (Connect) decodeOne(decoder, wire);
    assertEquals(ProtocolVersion.MQTT_3_1, decoder.version());
    assertArrayEquals(wire, encode(c, ProtocolVersion.MQTT_3_1));
  }

  @Test
  void decodesConnAckWithSessionPresent() {
    byte[] wire = bytes(0x20, 0x02, 0x01, 0x00);
    ConnAck ack = (ConnAck) client(wire);
    assertTrue(ack.sessionPresent());
    assertEquals(0, ack.reasonCode());
    assertReencodes(ack, wire);
  }

  @Test
  void decodesPublishQos0WithoutPacketId() {
    byte[] wire = bytes(0x30, 0x07, 0x00, 0x03, 'a', '/', 'b', 'h', 'i');
    Publish p = (Publish) server(wire);
    assertEquals("a/b", p.topic());
    assertEquals(QoS.AT_MOST_ONCE, p.qos());
    assertEquals(0, p.packetId());
    assertArrayEquals(bytes('h', 'i'), p.payload());
    assertReencodes(p, wire);
  }

  @Test
  void decodesPublishQos1OfFigure311WithRetain() {
    byte[] wire = bytes(0x33, 0x08, 0x00, 0x03, 'a', '/', 'b', 0x00, 0x0A, 'x');
    Publish p = (Publish) server(wire);
    assertEquals(QoS.AT_LEAST_ONCE, p.qos());
    assertTrue(p.retain());
    assertEquals(10, p.packetId());
    assertReencodes(p, wire);
  }

  @Test
  void decodesPublishQos2WithDup() {
    byte[] wire = bytes(0x3C, 0x07, 0x00, 0x03, 'a', '/', 'b', 0x12, 0x34);
    Publish p = (Publish) server(wire);
    assertEquals(QoS.EXACTLY_ONCE, p.qos());
    assertTrue(p.dup());
    assertEquals(0x1234, p.packetId());
    assertEquals(0, p.payload().length);
    assertReencodes(p, wire);
  }

  @Test
  void decodesSubscribeOfFigure322() {
    byte[] wire =
        bytes(
            0x82, 0x0E, 0x00, 0x0A, 0x00, 0x03, 'a', '/', 'b', 0x01, 0x00, 0x03, 'c', '/', 'd',
            0x02);
    Subscribe s = (Subscribe) server(wire);
    assertEquals(10, s.packetId());
    assertEquals("a/b", s.subscriptions().get(0).topicFilter());
    assertEquals(QoS.AT_LEAST_ONCE, s.subscriptions().get(0).maxQos());
    assertEquals("c/d", s.subscriptions().get(1).topicFilter());
    assertEquals(QoS.EXACTLY_ONCE, s.subscriptions().get(1).maxQos());
    assertReencodes(s, wire);
  }

  @Test
  void decodesSubAckOfFigure326WithFailureCode() {
    byte[] wire = bytes(0x90, 0x05, 0x00, 0x0A, 0x00, 0x02, 0x80);
    SubAck s = (SubAck) client(wire);
    assertEquals(List.of(0, 2, 0x80), s.reasonCodes());
    assertReencodes(s, wire);
  }

  @Test
  void decodesUnsubscribeOfFigure330() {
    byte[] wire =
        bytes(0xA2, 0x0C, 0x00, 0x0A, 0x00, 0x03, 'a', '/', 'b', 0x00, 0x03, 'c', '/', 'd');
    Unsubscribe u = (Unsubscribe) server(wire);
    assertEquals(List.of("a/b", "c/d"), u.topicFilters());
    assertReencodes(u, wire);
  }

  @Test
  void decodesUnsubAck() {
    byte[] wire = bytes(0xB0, 0x02, 0x00, 0x0A);
    UnsubAck u = (UnsubAck) client(wire);
    assertEquals(10, u.packetId());
    assertTrue(u.reasonCodes().isEmpty());
    assertReencodes(u, wire);
  }

  @Test
  void decodesQosAcknowledgements() {
    assertEquals(new PubAck(10), server(bytes(0x40, 0x02, 0x00, 0x0A)));
    assertEquals(new PubRec(10), server(bytes(0x50, 0x02, 0x00, 0x0A)));
    assertEquals(new PubRel(10), server(bytes(0x62, 0x02, 0x00, 0x0A)));
    assertEquals(new PubComp(10), server(bytes(0x70, 0x02, 0x00, 0x0A)));
    assertReencodes(new PubRel(10), bytes(0x62, 0x02, 0x00, 0x0A));
  }

  @Test
  void decodesPingAndDisconnect() {
    assertInstanceOf(PingReq.class, server(bytes(0xC0, 0x00)));
    assertInstanceOf(PingResp.class, client(bytes(0xD0, 0x00)));
    assertEquals(Disconnect.NORMAL, server(bytes(0xE0, 0x00)));
    assertReencodes(PingReq.INSTANCE, bytes(0xC0, 0x00));
    assertReencodes(PingResp.INSTANCE, bytes(0xD0, 0x00));
    assertReencodes(Disconnect.NORMAL, bytes(0xE0, 0x00));
  }

  @Test
  void encodesRemainingLengthOf321AsTwoBytes() {
    Publish p =
        new Publish("t", QoS.AT_MOST_ONCE, false, false, 0, new byte[318], MqttProperties.EMPTY);
    byte[] wire = encode(p, V311);
    assertEquals((byte) 0xC1, wire[1]); // 321 = 0x41 + 2 * 128 (section 2.2.3)
    assertEquals(0x02, wire[2]);
    assertEquals(p.topic(), ((Publish) server(wire)).topic());
  }
}
