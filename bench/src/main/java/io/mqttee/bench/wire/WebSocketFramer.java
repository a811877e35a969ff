// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;

/**
 * Client-to-server WebSocket output: each write becomes one masked binary frame (RFC 6455 §5.2,
 * §5.3) carrying every MQTT packet of the batch, as a client library does per write. A frame the
 * socket did not take whole is finished before the next one starts. No allocation per write once
 * the frame buffer has grown to the largest batch.
 */
public final class WebSocketFramer {

  /** Opcode byte with FIN set: binary (MQTT-6.0.0-1) and close (RFC 6455 §5.5.1). */
  private static final int FIN_BINARY = 0x82;

  private static final int FIN_CLOSE = 0x88;
  private static final int MASKED = 0x80;
  private static final int MAX_HEADER_BYTES = 2 + 8 + 4;

  private ByteBuffer frame = ByteBuffer.allocateDirect(0);
  private int seed;

  /**
   * @param seed starts the masking-key sequence; RFC 6455 §10.3 asks for unpredictable keys to
   *     defeat proxy cache poisoning, which has no bearing on a loopback benchmark, so a fast
   *     generator stands in for a cryptographic one
   */
  public WebSocketFramer(int seed) {
    this.seed = seed == 0 ? 0x9E3779B9 : seed;
  }

  /** True while part of the last frame has not been written to the socket yet. */
  public boolean hasPending() {
    return frame.hasRemaining();
  }

  /**
   * Finishes the pending frame if there is one; then, if that succeeded, frames all remaining bytes
   * of {@code mqtt} and writes as much of the frame as the socket takes.
   *
   * @return the number of MQTT bytes consumed from {@code mqtt}: all of them or none
   */
  public int write(SocketChannel channel, ByteBuffer mqtt) throws IOException {
    if (frame.hasRemaining()) {
      channel.write(frame);
      if (frame.hasRemaining()) {
        return 0;
      }
    }
    int n = mqtt.remaining();
    if (n == 0) {
      return 0;
    }
    if (frame.capacity() < n + MAX_HEADER_BYTES) {
      frame = ByteBuffer.allocateDirect(Math.max(n + MAX_HEADER_BYTES, 2 * frame.capacity()));
    }
    frame.clear();
    encode(mqtt, frame, nextMaskKey());
    frame.flip();
    channel.write(frame);
    return n;
  }

  /** A masked Close frame without a status code (RFC 6455 §5.5.1). */
  public byte[] closeFrame() {
    int key = nextMaskKey();
    return new byte[] {
      (byte) FIN_CLOSE,
      (byte) MASKED,
      (byte) (key >>> 24),
      (byte) (key >>> 16),
      (byte) (key >>> 8),
      (byte) key
    };
  }

  /**
   * Appends one binary frame holding all remaining bytes of {@code src} to {@code dst}, masked with
   * {@code maskKey} (RFC 6455 §5.3: byte i XOR key byte i mod 4); the mask is applied eight bytes
   * at a time while copying.
   */
  static void encode(ByteBuffer src, ByteBuffer dst, int maskKey) {
    if (src.order() != ByteOrder.BIG_ENDIAN || dst.order() != ByteOrder.BIG_ENDIAN) {
      throw new IllegalArgumentException("the eight-byte mask assumes big-endian buffers");
    }
    int n = src.remaining();
    dst.put((byte) FIN_BINARY);
    if (n <= 125) {
      dst.put((byte) (MASKED | n));
    } else if (n <= 0xFFFF) {
      dst.put((byte) (MASKED | 126)).putShort((short) n);
    } else {
      dst.put((byte) (MASKED | 127)).putLong(n);
    }
    dst.putInt(maskKey);
    int s = src.position();
    int d = dst.position();
    long mask = ((long) maskKey << 32) | (maskKey & 0xFFFF_FFFFL);
    int i = 0;
    for (; i + Long.BYTES <= n; i += Long.BYTES) {
      dst.putLong(d + i, src.getLong(s + i) ^ mask);
    }
    for (; i < n; i++) {
      dst.put(d + i, (byte) (src.get(s + i) ^ (maskKey >>> (24 - 8 * (i & 3)))));
    }
    src.position(s + n);
    dst.position(d + n);
  }

  /** xorshift32: a new key per frame at the cost of three shifts. */
  private int nextMaskKey() {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed;
  }
}
