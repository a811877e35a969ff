// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The immutable byte string that gives payload-carrying records value equality. */
@Tag("unit")
class BytesTest {

  @Test
  void equalContentsAreEqualAndHashAlike() {
    assertEquals(Bytes.of((byte) 1, (byte) 2), Bytes.copyOf(new byte[] {0, 1, 2, 3}, 1, 2));
    assertEquals(Bytes.of((byte) 1).hashCode(), Bytes.of((byte) 1).hashCode());
    assertNotEquals(Bytes.of((byte) 1), Bytes.of((byte) 2));
  }

  @Test
  void laterChangesToTheArraysDoNotReachIt() {
    byte[] source = {1, 2};
    Bytes bytes = Bytes.of(source);
    source[0] = 9;
    bytes.toByteArray()[1] = 9;
    assertEquals(Bytes.of((byte) 1, (byte) 2), bytes);
  }

  @Test
  void sharesOneEmptyInstance() {
    assertSame(Bytes.EMPTY, Bytes.of());
    assertSame(Bytes.EMPTY, Bytes.utf8(""));
  }

  @Test
  void showsItsLengthAndLeadingOctetsInHex() {
    assertEquals("3 bytes 68c3a9", Bytes.utf8("h\u00e9").toString());
    assertEquals(40, Bytes.of(new byte[40]).length());
    assertEquals("40 bytes " + "00".repeat(32) + "...", Bytes.of(new byte[40]).toString());
  }
}
