// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

import java.nio.ByteBuffer;

/**
 * Server-to-client WebSocket input: strips frame headers and hands the payload of binary frames on
 * as a plain MQTT byte stream, where frame boundaries mean nothing (MQTT-6.0.0-2). Frames may be
 * split anywhere across reads; a payload is passed on as it arrives, without waiting for the end of
 * its frame. Control frames are consumed: Close ends the stream, Ping and Pong are skipped.
 */
public final class WebSocketDeframer {

  private static final int OP_CONTINUATION = 0;
  private static final int OP_BINARY = 2;
  private static final int OP_CLOSE = 8;
  private static final int OP_PING = 9;
  private static final int OP_PONG = 10;
  private static final int MAX_CONTROL_PAYLOAD = 125;

  private long payloadLeft;
  private boolean carriesMqtt;
  private boolean closed;
  private long pings;

  /** True once a Close frame arrived (RFC 6455 §5.5.1): nothing after it is read. */
  public boolean closed() {
    return closed;
  }

  /** Ping frames seen; the generator does not answer them (neither broker pings by default). */
  public long pings() {
    return pings;
  }

  /**
   * Moves MQTT bytes from the frames in {@code raw} (read mode) to {@code mqtt} (write mode) until
   * {@code raw} holds no whole frame header, {@code mqtt} is full, or a Close frame arrived.
   *
   * @throws MalformedFrameException for a frame a server must not send
   */
  public void unframe(ByteBuffer raw, ByteBuffer mqtt) {
    while (!closed) {
      if (payloadLeft > 0) {
        int n = (int) Math.min(payloadLeft, raw.remaining());
        if (carriesMqtt) {
          n = Math.min(n, mqtt.remaining());
          mqtt.put(mqtt.position(), raw, raw.position(), n);
          mqtt.position(mqtt.position() + n);
        }
        raw.position(raw.position() + n);
        payloadLeft -= n;
        if (payloadLeft > 0) {
          return;
        }
      } else if (!readHeader(raw)) {
        return;
      }
    }
  }

  /** Consumes one whole frame header, or nothing when {@code raw} does not hold all of it yet. */
  private boolean readHeader(ByteBuffer raw) {
    int p = raw.position();
    if (raw.limit() - p < 2) {
      return false;
    }
    int b0 = raw.get(p) & 0xFF;
    int b1 = raw.get(p + 1) & 0xFF;
    int length7 = b1 & 0x7F;
    int headerBytes = length7 == 127 ? 10 : length7 == 126 ? 4 : 2;
    if (raw.limit() - p < headerBytes) {
      return false;
    }
    if ((b1 & 0x80) != 0) {
      throw new MalformedFrameException("masked server frame (RFC 6455 §5.1)");
    }
    if ((b0 & 0x70) != 0) {
      throw new MalformedFrameException("RSV bits set without a negotiated extension (§5.2)");
    }
    long length = length7;
    if (length7 == 126) {
      length = raw.getShort(p + 2) & 0xFFFF;
    } else if (length7 == 127) {
      length = raw.getLong(p + 2);
      if (length < 0) {
        throw new MalformedFrameException("64-bit frame length with its top bit set (§5.2)");
      }
    }
    startFrame(b0 & 0x0F, (b0 & 0x80) != 0, length);
    raw.position(p + headerBytes);
    return true;
  }

  private void startFrame(int opcode, boolean fin, long length) {
    if (opcode >= OP_CLOSE && (length > MAX_CONTROL_PAYLOAD || !fin)) {
      throw new MalformedFrameException("control frame fragmented or over 125 bytes (§5.5)");
    }
    switch (opcode) {
      case OP_CONTINUATION, OP_BINARY -> carriesMqtt = true;
      case OP_CLOSE -> closed = true;
      case OP_PING -> {
        pings++;
        carriesMqtt = false;
      }
      case OP_PONG -> carriesMqtt = false;
      default ->
          throw new MalformedFrameException(
              "WebSocket opcode " + opcode + " where MQTT needs binary frames (MQTT-6.0.0-1)");
    }
    payloadLeft = length;
  }
}
