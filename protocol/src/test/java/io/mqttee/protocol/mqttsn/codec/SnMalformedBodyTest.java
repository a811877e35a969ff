// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import static io.mqttee.protocol.mqttsn.codec.SnVectors.hex;
import static io.mqttee.protocol.mqttsn.codec.SnWire.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.codec.SnDecodeFailure.Kind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Message bodies refused for missing or extra fields, MQTT-SN 1.2 sections 5.4.1 to 5.4.25. Each
 * row is a datagram whose Length matches, so only the body is wrong.
 */
@Tag("unit")
class SnMalformedBodyTest {

  private static void refused(Kind kind, String type, String datagram) {
    SnDecodeFailure failure = failure(hex(datagram));
    assertEquals(kind, failure.kind(), failure::toString);
    SnMessageType expected = SnMessageType.valueOf(type);
    assertEquals(expected, failure.type());
    assertEquals(expected.section(), failure.section());
  }

  @ParameterizedTest(name = "{0} ends before its fixed fields: {1}")
  @CsvSource({
    "ADVERTISE, 04 00 01 03",
    "SEARCHGW, 02 01",
    "GWINFO, 02 02",
    "CONNECT, 02 04",
    "CONNECT, 03 04 04",
    "CONNECT, 05 04 04 01 00",
    "CONNACK, 02 05",
    "WILLTOPICRESP, 02 1B",
    "WILLMSGRESP, 02 1D",
    "REGISTER, 05 0A 00 01 00",
    "REGACK, 06 0B 00 05 00 01",
    "PUBLISH, 02 0C",
    "PUBLISH, 06 0C 00 00 01 00",
    "PUBLISH, 04 0C 02 61",
    "PUBACK, 06 0D 00 05 00 02",
    "PUBCOMP, 03 0E 00",
    "PUBREC, 02 0F",
    "PUBREL, 03 10 00",
    "SUBSCRIBE, 04 12 20 00",
    "SUBSCRIBE, 06 12 01 00 01 00",
    "SUBSCRIBE, 06 12 02 00 01 61",
    "SUBACK, 07 13 20 00 09 00 04",
    "UNSUBSCRIBE, 03 14 00",
    "UNSUBSCRIBE, 06 14 01 00 01 00",
    "UNSUBACK, 03 15 00",
    "DISCONNECT, 03 18 01",
  })
  void refusesAMessageTooShortForItsFixedFields(String type, String datagram) {
    refused(Kind.TRUNCATED, type, datagram);
  }

  @ParameterizedTest(name = "{0} with octets after its last field: {1}")
  @CsvSource({
    "ADVERTISE, 06 00 01 03 84 00",
    "SEARCHGW, 04 01 01 00",
    "CONNACK, 04 05 00 00",
    "WILLTOPICREQ, 03 06 00",
    "WILLMSGREQ, 03 08 00",
    "REGACK, 08 0B 00 05 00 01 00 00",
    "PUBACK, 08 0D 00 05 00 02 00 00",
    "PUBCOMP, 05 0E 00 03 00",
    "PUBREC, 05 0F 00 03 00",
    "PUBREL, 05 10 00 03 00",
    "SUBSCRIBE, 08 12 01 00 05 00 07 00",
    "SUBSCRIBE, 08 12 02 00 05 61 62 63",
    "SUBACK, 09 13 20 00 09 00 04 00 00",
    "UNSUBSCRIBE, 08 14 01 00 05 00 07 00",
    "UNSUBACK, 05 15 00 07 00",
    "PINGRESP, 03 17 00",
    "DISCONNECT, 05 18 01 2C 00",
    "WILLTOPICRESP, 04 1B 00 00",
    "WILLMSGRESP, 04 1D 00 00",
  })
  void refusesOctetsAfterTheLastFieldOfAFixedLengthMessage(String type, String datagram) {
    refused(Kind.TRAILING_OCTETS, type, datagram);
  }
}
