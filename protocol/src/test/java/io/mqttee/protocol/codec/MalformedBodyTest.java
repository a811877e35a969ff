// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import static io.mqttee.protocol.codec.Wire.bytes;
import static io.mqttee.protocol.codec.Wire.connectedServer;
import static io.mqttee.protocol.codec.Wire.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.ReasonCodes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** PUBLISH, SUBSCRIBE, UNSUBSCRIBE and acknowledgement bodies a server must refuse. */
@Tag("unit")
class MalformedBodyTest {

  private static DecodeFailure v311(int... wire) {
    return failure(connectedServer(ProtocolVersion.MQTT_3_1_1), bytes(wire));
  }

  private static DecodeFailure v5(int... wire) {
    return failure(connectedServer(ProtocolVersion.MQTT_5), bytes(wire));
  }

  @Test
  void rejectsIllFormedUtf8InTopic() {
    assertEquals("MQTT-1.5.3-1", v311(0x30, 0x04, 0, 2, 0xC3, 0x28).specStatement());
  }

  @Test
  void rejectsEncodedSurrogateInTopic() {
    assertEquals("MQTT-1.5.3-1", v311(0x30, 0x05, 0, 3, 0xED, 0xA0, 0x80).specStatement());
  }

  @Test
  void rejectsOverlongEncodingInTopic() {
    assertEquals("MQTT-1.5.3-1", v311(0x30, 0x04, 0, 2, 0xC0, 0xAF).specStatement());
  }

  @Test
  void rejectsNullCharacterInTopic() {
    assertEquals("MQTT-1.5.3-2", v311(0x30, 0x05, 0, 3, 'a', 0x00, 'b').specStatement());
  }

  @Test
  void rejectsWildcardInPublishTopic() {
    assertEquals("MQTT-3.3.2-2", v311(0x30, 0x05, 0, 3, 'a', '/', '+').specStatement());
    assertEquals("MQTT-3.3.2-2", v311(0x30, 0x03, 0, 1, '#').specStatement());
  }

  @Test
  void rejectsEmptyTopicWithoutTopicAlias() {
    assertEquals("MQTT-4.7.3-1", v311(0x30, 0x02, 0, 0).specStatement());
    assertEquals("MQTT-4.7.3-1", v5(0x30, 0x03, 0, 0, 0).specStatement());
  }

  @Test
  void rejectsPacketIdZero() {
    assertEquals("MQTT-2.3.1-1", v311(0x32, 0x05, 0, 1, 'a', 0, 0).specStatement());
    assertEquals("MQTT-2.3.1-1", v311(0x82, 0x06, 0, 0, 0, 1, 'a', 0).specStatement());
    assertEquals("MQTT-2.3.1-1", v311(0xA2, 0x05, 0, 0, 0, 1, 'a').specStatement());
  }

  @Test
  void rejectsSubscribeWithoutFilters() {
    assertEquals("MQTT-3.8.3-3", v311(0x82, 0x02, 0, 1).specStatement());
  }

  @Test
  void rejectsSubscribeRequestingQos3() {
    assertEquals("MQTT-3-8.3-4", v311(0x82, 0x06, 0, 1, 0, 1, 'a', 3).specStatement());
  }

  @Test
  void rejectsSubscribeWithReservedOptionBitsInMqtt311() {
    assertEquals("MQTT-3-8.3-4", v311(0x82, 0x06, 0, 1, 0, 1, 'a', 0x04).specStatement());
  }

  @Test
  void rejectsSubscribeWithReservedOptionBitsInMqtt5() {
    assertEquals("MQTT-3.8.3-5", v5(0x82, 0x07, 0, 1, 0, 0, 1, 'a', 0x40).specStatement());
  }

  @Test
  void rejectsSubscribeWithRetainHandling3InMqtt5() {
    assertEquals(ReasonCodes.PROTOCOL_ERROR, v5(0x82, 0x07, 0, 1, 0, 0, 1, 'a', 0x30).reasonCode());
  }

  @Test
  void rejectsSubscribeFilterWithoutOptionsByte() {
    assertEquals(ReasonCodes.MALFORMED_PACKET, v311(0x82, 0x05, 0, 1, 0, 1, 'a').reasonCode());
  }

  @Test
  void rejectsUnsubscribeWithoutFilters() {
    assertEquals("MQTT-3.10.3-2", v311(0xA2, 0x02, 0, 1).specStatement());
  }

  @Test
  void rejectsTrailingBytesAfterPingReq() {
    assertEquals("2.2.3", v311(0xC0, 0x01, 0x00).specStatement());
  }

  @Test
  void rejectsTrailingBytesAfterMqtt311PubAck() {
    assertEquals("2.2.3", v311(0x40, 0x03, 0, 1, 0).specStatement());
  }

  @Test
  void rejectsTruncatedPubAck() {
    assertEquals(ReasonCodes.MALFORMED_PACKET, v311(0x40, 0x01, 0).reasonCode());
  }

  @Test
  void rejectsTopicLongerThanRemainingLength() {
    assertEquals(ReasonCodes.MALFORMED_PACKET, v311(0x30, 0x03, 0, 5, 'a').reasonCode());
  }

  @Test
  void rejectsUnknownMqtt5Property() {
    // section 2.2.2.2: 0x7F is not a property identifier
    assertEquals(ReasonCodes.MALFORMED_PACKET, v5(0x30, 0x06, 0, 1, 'a', 2, 0x7F, 0).reasonCode());
  }

  @Test
  void rejectsRepeatedMqtt5Property() {
    assertEquals(
        ReasonCodes.PROTOCOL_ERROR, v5(0x30, 0x08, 0, 1, 'a', 4, 0x01, 0, 0x01, 1).reasonCode());
  }

  @Test
  void rejectsPropertyNotAllowedInPacket() {
    // session expiry interval (0x11) belongs to CONNECT, CONNACK and DISCONNECT
    assertEquals(
        ReasonCodes.PROTOCOL_ERROR, v5(0x30, 0x09, 0, 1, 'a', 5, 0x11, 0, 0, 0, 1).reasonCode());
  }

  @Test
  void rejectsTopicAliasZero() {
    // MQTT-3.3.2-8
    assertEquals(ReasonCodes.PROTOCOL_ERROR, v5(0x30, 0x07, 0, 1, 'a', 3, 0x23, 0, 0).reasonCode());
  }

  @Test
  void rejectsPropertyLengthBeyondPacket() {
    assertEquals(ReasonCodes.MALFORMED_PACKET, v5(0x30, 0x05, 0, 1, 'a', 9, 0x01).reasonCode());
  }
}
