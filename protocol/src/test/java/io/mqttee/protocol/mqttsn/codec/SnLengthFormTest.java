// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import static io.mqttee.protocol.mqttsn.codec.SnWire.bytes;
import static io.mqttee.protocol.mqttsn.codec.SnWire.decoded;
import static io.mqttee.protocol.mqttsn.codec.SnWire.failure;
import static io.mqttee.protocol.mqttsn.codec.SnWire.withLongLength;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.SnTopic;
import io.mqttee.protocol.mqttsn.codec.SnDecodeFailure.Kind;
import io.mqttee.protocol.mqttsn.codec.SnVectors.Vector;
import io.mqttee.protocol.mqttsn.message.SnPubRec;
import io.mqttee.protocol.mqttsn.message.SnPublish;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one-octet and three-octet forms of the Length field, MQTT-SN 1.2 section 5.2.1. */
@Tag("unit")
class SnLengthFormTest {

  /** PUBLISH is a Flags octet, a TopicId, a MsgId and the data (section 5.4.12). */
  private static final int PUBLISH_FIELDS = 5;

  private static SnPublish publishOf(int dataLength) {
    byte[] data = new byte[dataLength];
    Arrays.fill(data, (byte) 'd');
    return new SnPublish(
        false, SnQoS.AT_LEAST_ONCE, false, new SnTopic.Registered(1), 1, Bytes.of(data));
  }

  static List<Vector> vectors() {
    return SnVectors.ALL.stream().filter(v -> v.wire()[1] != (byte) 0xFE).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void decodesEveryMessageWithTheThreeOctetLengthEvenBelow256Octets(Vector vector) {
    assertEquals(vector.message(), decoded(withLongLength(vector.wire())));
  }

  @Test
  void encodesA300OctetPublishWithTheThreeOctetLength() {
    SnPublish publish = publishOf(300 - 4 - PUBLISH_FIELDS);
    byte[] wire = SnEncoder.encode(publish);
    assertEquals(300, wire.length);
    assertArrayEquals(bytes(0x01, 0x01, 0x2C, 0x0C), Arrays.copyOf(wire, 4));
    assertEquals(publish, decoded(wire));
  }

  @Test
  void encodesA255OctetMessageWithTheOneOctetLength() {
    byte[] wire = SnEncoder.encode(publishOf(255 - 2 - PUBLISH_FIELDS));
    assertEquals(255, wire.length);
    assertEquals(0xFF, wire[0] & 0xFF);
    assertEquals(0x0C, wire[1]);
  }

  @Test
  void encodesAMessageThatOutgrows255OctetsWithTheThreeOctetLength() {
    // one more data octet makes 256 with a one-octet Length, so 258 with the three-octet one
    byte[] wire = SnEncoder.encode(publishOf(255 - 2 - PUBLISH_FIELDS + 1));
    assertEquals(258, wire.length);
    assertArrayEquals(bytes(0x01, 0x01, 0x02, 0x0C), Arrays.copyOf(wire, 4));
  }

  @Test
  void encodesAndDecodesTheLargestMessageOf65535Octets() {
    SnPublish largest = publishOf(0xFFFF - 4 - PUBLISH_FIELDS);
    byte[] wire = SnEncoder.encode(largest);
    assertEquals(0xFFFF, wire.length);
    assertEquals(largest, decoded(wire));
  }

  @Test
  void refusesToEncodeAMessageNoLengthFieldCanExpress() {
    SnPublish tooLarge = publishOf(0xFFFF - 4 - PUBLISH_FIELDS + 1);
    assertThrows(IllegalArgumentException.class, () -> SnEncoder.encode(tooLarge));
  }

  @Test
  void refusesAOneOctetLengthBelowTheDatagramLength() {
    failure(Kind.LENGTH_MISMATCH, 0x03, 0x0F, 0x00, 0x01);
  }

  @Test
  void refusesAOneOctetLengthAboveTheDatagramLength() {
    failure(Kind.LENGTH_MISMATCH, 0x05, 0x0F, 0x00, 0x01);
  }

  @Test
  void refusesALengthOfZero() {
    failure(Kind.LENGTH_MISMATCH, 0x00, 0x17);
  }

  @Test
  void refusesAThreeOctetLengthBelowTheDatagramLength() {
    failure(Kind.LENGTH_MISMATCH, 0x01, 0x00, 0x05, 0x0F, 0x00, 0x01);
  }

  @Test
  void refusesAThreeOctetLengthAboveTheDatagramLength() {
    failure(Kind.LENGTH_MISMATCH, 0x01, 0x01, 0x06, 0x0F, 0x00, 0x01);
  }

  @Test
  void refusesADatagramThatEndsInsideTheThreeOctetLength() {
    failure(Kind.TOO_SHORT, 0x01, 0x00);
    failure(Kind.TOO_SHORT, 0x01, 0x00, 0x04);
  }

  @Test
  void decodesFromTheBufferPositionToItsLimitWithoutMovingThePosition() {
    ByteBuffer buffer = ByteBuffer.wrap(bytes(0xAA, 0x04, 0x0F, 0x00, 0x07, 0xBB));
    buffer.position(1).limit(5);
    SnDecodeResult result = SnDecoder.decode(buffer);
    assertEquals(new SnDecoded(new SnPubRec(7)), result);
    assertEquals(1, buffer.position());
    assertEquals(5, buffer.limit());
  }
}
