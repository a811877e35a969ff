// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import static io.mqttee.protocol.mqttsn.codec.SnWire.decoded;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.codec.SnVectors.Vector;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every MQTT-SN 1.2 message against octets worked out by hand from its section of the spec. */
@Tag("unit")
class SnMessageVectorsTest {

  static List<Vector> vectors() {
    return SnVectors.ALL;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void decodesTheSpecLayoutIntoTheMessage(Vector vector) {
    assertEquals(vector.message(), decoded(vector.wire()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void encodesTheMessageIntoTheSpecLayout(Vector vector) {
    assertArrayEquals(vector.wire(), SnEncoder.encode(vector.message()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void decodingTheEncodedMessageGivesAnEqualRecord(Vector vector) {
    byte[] encoded = SnEncoder.encode(vector.message());
    assertEquals(vector.message(), decoded(encoded));
    assertEquals(vector.message().hashCode(), decoded(encoded).hashCode());
  }

  @Test
  void theVectorsCoverEveryMessageType() {
    Set<SnMessageType> covered = EnumSet.noneOf(SnMessageType.class);
    SnVectors.ALL.forEach(v -> covered.add(v.message().type()));
    assertEquals(EnumSet.allOf(SnMessageType.class), covered);
  }
}
