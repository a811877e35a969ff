// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import static io.mqttee.protocol.codec.Wire.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** UTF-8 encoded strings (MQTT 3.1.1 section 1.5.3). */
@Tag("unit")
class Utf8Test {

  private static String read(byte[] utf8) {
    ByteBuffer in = ByteBuffer.allocate(utf8.length + 2);
    in.putShort((short) utf8.length).put(utf8).flip();
    return Utf8.readString(in);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a/b", "caf\u00e9", "\u20ac\u4e2d", "\ud83d\ude00x", "\ufeffA"})
  void writesTheSameBytesAsTheJdkAndReadsThemBack(String s) {
    byte[] expected = s.getBytes(StandardCharsets.UTF_8);
    assertEquals(expected.length, Utf8.encodedLength(s));
    ByteBuffer out = ByteBuffer.allocate(expected.length + 2);
    Utf8.write(out, s);
    assertEquals(expected.length + 2, out.position());
    byte[] written = new byte[expected.length];
    out.flip().position(2);
    out.get(written);
    assertArrayEquals(expected, written);
    assertEquals(s, read(expected));
  }

  @Test
  void writesUnpairedSurrogateAsQuestionMarkOfOneByte() {
    String s = "a\ud800b";
    assertEquals(3, Utf8.encodedLength(s));
    ByteBuffer out = ByteBuffer.allocate(5);
    Utf8.write(out, s);
    assertArrayEquals(bytes(0, 3, 'a', '?', 'b'), out.array());
  }

  @Test
  void acceptsHighestCodePoint() {
    assertEquals("\udbff\udfff", read(bytes(0xF4, 0x8F, 0xBF, 0xBF)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "80", // lone continuation byte
        "C0 80", // overlong U+0000 ("modified UTF-8")
        "E0 80 AF", // overlong '/'
        "ED B0 80", // encoded low surrogate
        "F4 90 80 80", // above U+10FFFF
        "F5 80 80 80", // invalid lead byte
        "E2 82", // truncated sequence
        "C3 41" // missing continuation
      })
  void rejectsIllFormedUtf8(String hex) {
    // MQTT-1.5.3-1
    MalformedPacketException e =
        assertThrows(MalformedPacketException.class, () -> read(hexBytes(hex)));
    assertEquals("MQTT-1.5.3-1", e.failure().specStatement());
  }

  @Test
  void rejectsNullCharacter() {
    MalformedPacketException e =
        assertThrows(MalformedPacketException.class, () -> read(bytes('a', 0)));
    assertEquals("MQTT-1.5.3-2", e.failure().specStatement());
  }

  private static byte[] hexBytes(String hex) {
    String[] parts = hex.split(" ");
    byte[] b = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      b[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return b;
  }
}
