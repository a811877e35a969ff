// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import static io.mqttee.protocol.mqttsn.codec.SnVectors.hex;
import static io.mqttee.protocol.mqttsn.codec.SnWire.decoded;
import static io.mqttee.protocol.mqttsn.codec.SnWire.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.codec.SnDecodeFailure.Kind;
import io.mqttee.protocol.mqttsn.message.SnConnect;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import io.mqttee.protocol.mqttsn.message.SnWillTopic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fields refused for their value: flags (5.3.4), strings (5.3.1, 5.3.12, 5.3.14), ProtocolId. */
@Tag("unit")
class SnMalformedFieldsTest {

  private static SnDecodeFailure refused(Kind kind, String type, String datagram) {
    SnDecodeFailure failure = failure(hex(datagram));
    assertEquals(kind, failure.kind(), failure::toString);
    assertEquals(SnMessageType.valueOf(type), failure.type());
    return failure;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "PUBLISH, 08 0C 23 00 01 00 01 78",
    "SUBSCRIBE, 07 12 23 00 01 00 07",
    "UNSUBSCRIBE, 07 14 03 00 01 00 07",
  })
  void refusesTheReservedTopicIdType(String type, String datagram) {
    assertEquals("5.3.4", refused(Kind.INVALID_FLAGS, type, datagram).section());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "SUBSCRIBE, 07 12 61 00 01 00 07",
    "SUBACK, 08 13 60 00 09 00 04 00",
    "WILLTOPIC, 04 07 60 77",
    "WILLTOPICUPD, 04 1A 70 77",
  })
  void refusesQosMinusOneOutsidePublish(String type, String datagram) {
    refused(Kind.INVALID_FLAGS, type, datagram);
  }

  @Test
  void acceptsQosMinusOneInPublish() {
    // section 6.8: QoS -1 is a PUBLISH without a connection
    SnPublish publish = (SnPublish) decoded(hex("08 0C 62 61 62 00 00 78"));
    assertEquals(SnQoS.MINUS_ONE, publish.qos());
  }

  @Test
  void ignoresTheFlagsAMessageDoesNotUse() {
    // section 5.4.4: CONNECT uses Will and CleanSession only
    SnConnect connect = (SnConnect) decoded(hex("07 04 F7 01 00 3C 63"));
    assertEquals(new SnConnect(false, true, 60, "c"), connect);
    // section 5.4.7: WILLTOPIC uses QoS and Retain only
    assertEquals(new SnWillTopic(SnQoS.AT_MOST_ONCE, false, "w"), decoded(hex("04 07 8F 77")));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "CONNECT, ill-formed client id, 08 04 04 01 00 3C C3 28, 5.3.1",
    "CONNECT, client id with U+0000, 08 04 04 01 00 3C 61 00, 5.3.1",
    "PINGREQ, ill-formed client id, 04 16 C3 28, 5.3.1",
    "REGISTER, encoded surrogate in topic name, 09 0A 00 00 00 01 ED A0 80, 5.3.12",
    "PUBLISH, ill-formed short topic name, 08 0C 02 FF FE 00 01 78, 5.3.12",
    "SUBSCRIBE, overlong encoding in topic filter, 07 12 00 00 01 C0 AF, 5.3.12",
    "SUBSCRIBE, ill-formed short topic name, 07 12 02 00 01 80 80, 5.3.12",
    "UNSUBSCRIBE, truncated sequence in topic filter, 06 14 00 00 01 E2, 5.3.12",
    "WILLTOPIC, ill-formed will topic, 05 07 00 C3 28, 5.3.14",
    "WILLTOPICUPD, will topic with U+0000, 04 1A 00 00, 5.3.14",
  })
  void refusesStringsThatAreNotWellFormedUtf8(
      String type, String what, String datagram, String section) {
    assertEquals(section, refused(Kind.INVALID_STRING, type, datagram).section());
  }

  @Test
  void acceptsAClientIdLongerThan23OctetsForTheGatewayToJudge() {
    // section 5.3.1 allows 1-23 characters; refusing more is the gateway's decision (CONNACK)
    String id = "a-client-id-of-30-octets-long!";
    byte[] wire = SnEncoder.encode(new SnConnect(false, true, 10, id));
    assertEquals(id, ((SnConnect) decoded(wire)).clientId());
  }

  @Test
  void refusesAConnectWithAProtocolIdOtherThan1() {
    SnDecodeFailure failure =
        refused(Kind.UNSUPPORTED_PROTOCOL_ID, "CONNECT", "07 04 04 02 00 3C 63");
    assertEquals("5.3.8", failure.section());
  }

  @Test
  void readsAWillTopicWithFlagsButNoTopicAsTheEmptyOneThatDeletesTheWill() {
    // section 5.4.7: a will needs a topic; the empty WILLTOPIC is exactly two octets
    assertEquals(SnWillTopic.DELETE, decoded(hex("03 07 30")));
  }
}
