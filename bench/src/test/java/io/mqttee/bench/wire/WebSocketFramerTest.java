// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class WebSocketFramerTest {

  private static final int KEY = 0x37FA213D;

  private static ByteBuffer frame(byte[] payload, int key) {
    ByteBuffer dst = ByteBuffer.allocate(payload.length + 14);
    WebSocketFramer.encode(ByteBuffer.wrap(payload), dst, key);
    return dst.flip();
  }

  private static byte[] bytes(ByteBuffer buffer, int from, int to) {
    return Arrays.copyOfRange(buffer.array(), from, to);
  }

  /** The byte-at-a-time definition of RFC 6455 §5.3, to check the eight-byte loop against. */
  private static byte[] unmask(byte[] masked, int key) {
    byte[] clear = new byte[masked.length];
    for (int i = 0; i < masked.length; i++) {
      clear[i] = (byte) (masked[i] ^ (key >>> (24 - 8 * (i % 4))));
    }
    return clear;
  }

  private static byte[] random(int length) {
    byte[] b = new byte[length];
    new Random(length).nextBytes(b);
    return b;
  }

  @Test
  void masksLikeTheRfc6455Example() {
    // RFC 6455 §5.7: "Hello" masked with 37 fa 21 3d; FIN + binary opcode instead of text
    ByteBuffer f = frame("Hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII), KEY);
    byte[] expected = {
      (byte) 0x82, (byte) 0x85, 0x37, (byte) 0xfa, 0x21, 0x3d, 0x7f, (byte) 0x9f, 0x4d, 0x51, 0x58
    };
    assertArrayEquals(expected, bytes(f, 0, f.limit()));
  }

  @Test
  void usesTheSevenBitLengthUpTo125Bytes() {
    byte[] payload = random(125);
    ByteBuffer f = frame(payload, KEY);
    assertEquals(2 + 4 + 125, f.limit());
    assertEquals(0x80 | 125, f.get(1) & 0xFF, "mask bit set (RFC 6455 §5.3), length 125");
    assertArrayEquals(payload, unmask(bytes(f, 6, f.limit()), KEY));
  }

  @Test
  void usesTheSixteenBitLengthFrom126To65535Bytes() {
    for (int length : new int[] {126, 1000, 65_535}) {
      byte[] payload = random(length);
      ByteBuffer f = frame(payload, KEY);
      assertEquals(0x80 | 126, f.get(1) & 0xFF);
      assertEquals(length, f.getShort(2) & 0xFFFF);
      assertEquals(KEY, f.getInt(4));
      assertArrayEquals(payload, unmask(bytes(f, 8, f.limit()), KEY), "length " + length);
    }
  }

  @Test
  void usesTheSixtyFourBitLengthAbove65535Bytes() {
    byte[] payload = random(65_536 + 3);
    ByteBuffer f = frame(payload, KEY);
    assertEquals(0x80 | 127, f.get(1) & 0xFF);
    assertEquals(payload.length, f.getLong(2));
    assertEquals(KEY, f.getInt(10));
    assertArrayEquals(payload, unmask(bytes(f, 14, f.limit()), KEY));
  }

  @Test
  void masksFromTheSourcePositionAndConsumesAllOfIt() {
    ByteBuffer src = ByteBuffer.wrap(random(40));
    src.position(13);
    byte[] rest = bytes(src, 13, 40);
    ByteBuffer dst = ByteBuffer.allocateDirect(64);
    WebSocketFramer.encode(src, dst, KEY);
    assertFalse(src.hasRemaining());
    dst.flip();
    byte[] masked = new byte[dst.limit() - 6];
    dst.get(6, masked);
    assertArrayEquals(rest, unmask(masked, KEY));
  }

  @Test
  void closeFrameIsMaskedAndEmpty() {
    byte[] close = new WebSocketFramer(1).closeFrame();
    assertEquals(6, close.length);
    assertEquals(0x88, close[0] & 0xFF);
    assertEquals(0x80, close[1] & 0xFF);
  }
}
