// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import static io.mqttee.protocol.codec.Wire.bytes;
import static io.mqttee.protocol.codec.Wire.connectedServer;
import static io.mqttee.protocol.codec.Wire.encode;
import static io.mqttee.protocol.codec.Wire.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.PingReq;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.ReasonCodes;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fixed headers a server must refuse, before their body is even buffered. */
@Tag("unit")
class MalformedFixedHeaderTest {

  private static final ProtocolVersion V311 = ProtocolVersion.MQTT_3_1_1;

  private static DecodeFailure afterConnect(byte[] wire) {
    return failure(connectedServer(V311), wire);
  }

  @Test
  void rejectsRemainingLengthOfFiveBytes() {
    // section 2.2.3: at most four bytes
    DecodeFailure f = failure(new MqttDecoder(Wire.MAX), bytes(0x10, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F));
    assertEquals("2.2.3", f.specStatement());
    assertEquals(ReasonCodes.MALFORMED_PACKET, f.reasonCode());
  }

  @Test
  void rejectsOversizePacketFromItsHeaderBeforeThePayloadArrives() {
    MqttDecoder decoder = new MqttDecoder(100);
    Wire.decodeOne(decoder, encode(Wire.connect(V311), V311));
    ByteBuffer in = ByteBuffer.wrap(bytes(0x30, 0xFF, 0x01)); // PUBLISH of 258 bytes, none yet
    assertNull(decoder.decode(in));
    assertEquals(ReasonCodes.PACKET_TOO_LARGE, decoder.failure().reasonCode());
    assertEquals(0, in.position());
  }

  @Test
  void acceptsPacketOfExactlyTheMaximumSize() {
    byte[] connect = encode(Wire.connect(V311), V311);
    assertEquals(16, connect.length);
    Wire.decodeOne(new MqttDecoder(16), connect);
    assertEquals(ReasonCodes.PACKET_TOO_LARGE, failure(new MqttDecoder(15), connect).reasonCode());
  }

  @Test
  void rejectsPublishWithQos3() {
    assertEquals("MQTT-3.3.1-4", afterConnect(bytes(0x36, 0x05, 0, 1, 'a', 0, 1)).specStatement());
  }

  @Test
  void rejectsDupOnQos0Publish() {
    assertEquals("MQTT-3.3.1-2", afterConnect(bytes(0x38, 0x03, 0, 1, 'a')).specStatement());
  }

  @Test
  void rejectsReservedFlagsOnPingReq() {
    assertEquals("MQTT-2.2.2-2", afterConnect(bytes(0xC1, 0x00)).specStatement());
  }

  @Test
  void rejectsPubRelWithoutFlagBit1() {
    assertEquals("MQTT-3.6.1-1", afterConnect(bytes(0x60, 0x02, 0, 1)).specStatement());
  }

  @Test
  void rejectsSubscribeWithoutFlagBit1() {
    assertEquals(
        "MQTT-3.8.1-1", afterConnect(bytes(0x80, 0x06, 0, 1, 0, 1, 'a', 0)).specStatement());
  }

  @Test
  void rejectsUnsubscribeWithoutFlagBit1() {
    assertEquals("MQTT-3.10.1-1", afterConnect(bytes(0xA0, 0x05, 0, 1, 0, 1, 'a')).specStatement());
  }

  @Test
  void rejectsReservedPacketType0() {
    assertEquals("2.1.2", afterConnect(bytes(0x00, 0x00)).specStatement());
  }

  @Test
  void rejectsAuthInMqtt311() {
    assertEquals("2.1.2", afterConnect(bytes(0xF0, 0x00)).specStatement());
  }

  @Test
  void rejectsPacketBeforeConnect() {
    DecodeFailure f = failure(new MqttDecoder(Wire.MAX), bytes(0xC0, 0x00));
    assertEquals("MQTT-3.1.0-1", f.specStatement());
    assertEquals(ReasonCodes.PROTOCOL_ERROR, f.reasonCode());
  }

  @Test
  void rejectsSecondConnect() {
    DecodeFailure f = afterConnect(encode(Wire.connect(V311), V311));
    assertEquals("MQTT-3.1.0-2", f.specStatement());
    assertEquals(ReasonCodes.PROTOCOL_ERROR, f.reasonCode());
  }

  @ParameterizedTest
  @ValueSource(ints = {0x20, 0x90, 0xB0, 0xD0})
  void rejectsPacketsOnlyAClientReceives(int firstByte) {
    assertEquals("2.1.2", afterConnect(bytes(firstByte, 0x02, 0, 1)).specStatement());
  }

  @Test
  void clientRejectsPacketsOnlyAServerReceives() {
    MqttDecoder decoder = MqttDecoder.forClient(Wire.MAX, V311);
    assertEquals("2.1.2", failure(decoder, bytes(0xC0, 0x00)).specStatement());
  }

  @Test
  void refusesAllInputAfterAFailure() {
    MqttDecoder decoder = connectedServer(V311);
    failure(decoder, bytes(0xC1, 0x00));
    DecodeFailure first = decoder.failure();
    MqttPacket next = decoder.decode(ByteBuffer.wrap(encode(PingReq.INSTANCE, V311)));
    assertNull(next);
    assertSame(first, decoder.failure());
  }
}
