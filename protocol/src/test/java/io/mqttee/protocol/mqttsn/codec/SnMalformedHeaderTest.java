// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import static io.mqttee.protocol.mqttsn.codec.SnWire.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.codec.SnDecodeFailure.Kind;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Datagrams refused for their header: MQTT-SN 1.2 sections 5.2.1, 5.2.2 and 5.5. */
@Tag("unit")
class SnMalformedHeaderTest {

  static IntStream reservedTypes() {
    return IntStream.range(0, 256).filter(code -> SnMessageType.of(code) == null);
  }

  @Test
  void refusesAnEmptyDatagram() {
    SnDecodeFailure failure = failure(Kind.TOO_SHORT);
    assertNull(failure.type());
    assertEquals("MQTT-SN 1.2 section 5.2.1", failure.citation());
  }

  @Test
  void refusesAOneOctetDatagram() {
    failure(Kind.TOO_SHORT, 0x02);
  }

  @ParameterizedTest(name = "MsgType {0}")
  @MethodSource("reservedTypes")
  void refusesEveryReservedMessageType(int code) {
    SnDecodeFailure failure = failure(Kind.UNKNOWN_TYPE, 0x02, code);
    assertEquals("5.2.2", failure.section());
    failure(Kind.UNKNOWN_TYPE, 0x01, 0x00, 0x04, code);
  }

  @Test
  void theReservedMessageTypesAreThoseOfTable3() {
    assertEquals(
        "[3, 17, 25, 255]",
        reservedTypes().filter(c -> c < 0x1E || c > 0xFD).boxed().toList().toString());
    assertEquals(0xFD - 0x1E + 1 + 4, reservedTypes().count());
  }

  @Test
  void namesTheMessageTypeWhenTheLengthDisagrees() {
    SnDecodeFailure failure = failure(Kind.LENGTH_MISMATCH, 0x07, 0x0C, 0x00, 0x00, 0x01);
    assertEquals(SnMessageType.PUBLISH, failure.type());
  }

  @Test
  void refusesAnEncapsulationWhoseLengthIsBelowItsThreeHeaderOctets() {
    // section 5.5: Length counts Length, MsgType, Ctrl and the Wireless Node Id
    failure(Kind.LENGTH_MISMATCH, 0x02, 0xFE, 0x00, 0x02, 0x16);
  }

  @Test
  void refusesAnEncapsulationWithTheThreeOctetLength() {
    // section 5.5: the encapsulation's Length is one octet
    failure(Kind.LENGTH_MISMATCH, 0x01, 0x00, 0x06, 0xFE, 0x00, 0x02, 0x16);
  }

  @Test
  void refusesAnEncapsulationWithoutRoomForAMessage() {
    failure(Kind.TRUNCATED, 0x05, 0xFE, 0x00, 0x00, 0x2A);
    failure(Kind.TRUNCATED, 0x05, 0xFE, 0x00, 0x00, 0x2A, 0x02);
    failure(Kind.TRUNCATED, 0x09, 0xFE, 0x00, 0x00, 0x2A, 0x02, 0x16);
  }
}
