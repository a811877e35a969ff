// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import static io.mqttee.protocol.codec.Wire.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The boundaries of MQTT 3.1.1 table 2.4 (remaining length). */
@Tag("unit")
class VariableByteIntegerTest {

  @ParameterizedTest
  @CsvSource({
    "0,1",
    "127,1",
    "128,2",
    "16383,2",
    "16384,3",
    "2097151,3",
    "2097152,4",
    "268435455,4"
  })
  void encodesAndPeeksBoundaries(int value, int size) {
    ByteBuffer out = ByteBuffer.allocate(4);
    VariableByteInteger.write(out, value);
    assertEquals(size, out.position());
    assertEquals(size, VariableByteInteger.size(value));
    int peeked = VariableByteInteger.peek(out.flip(), 0);
    assertEquals(value, VariableByteInteger.valueOf(peeked));
    assertEquals(size, VariableByteInteger.sizeOf(peeked));
  }

  @Test
  void reportsIncompleteAndTooLong() {
    assertEquals(
        VariableByteInteger.INCOMPLETE, VariableByteInteger.peek(ByteBuffer.wrap(bytes(0x80)), 0));
    assertEquals(
        VariableByteInteger.TOO_LONG,
        VariableByteInteger.peek(ByteBuffer.wrap(bytes(0xFF, 0xFF, 0xFF, 0xFF, 0x7F)), 0));
  }
}
