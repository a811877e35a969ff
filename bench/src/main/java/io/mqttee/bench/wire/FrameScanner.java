// SPDX-License-Identifier: Apache-2.0
package io.mqttee.bench.wire;

/**
 * Splits server-to-client bytes into MQTT frames and reads only what a load generator needs (type,
 * QoS, packet id, payload bounds) without allocating: at hundreds of thousands of messages a second
 * on two shared cores, a full decode per message would make the generator the bottleneck.
 */
public final class FrameScanner {

  private static final int TYPE_PUBLISH = 3;
  private static final int TYPE_PUBACK = 4;
  private static final int TYPE_PUBCOMP = 7;

  private final boolean mqtt5;

  public FrameScanner(boolean mqtt5) {
    this.mqtt5 = mqtt5;
  }

  /**
   * Hands every whole frame in {@code bytes[from, to)} to the handler.
   *
   * @return the offset of the first byte of the first incomplete frame ({@code to} if none)
   * @throws MalformedFrameException when a remaining length is not a valid variable byte integer
   */
  public int scan(byte[] bytes, int from, int to, FrameHandler handler) {
    int pos = from;
    while (to - pos >= 2) {
      int remaining = 0;
      int shift = 0;
      int i = pos + 1;
      boolean complete = false;
      while (i < to) {
        int b = bytes[i++];
        remaining |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          complete = true;
          break;
        }
        shift += 7;
        if (shift > 21) {
          throw new MalformedFrameException("remaining length longer than 4 bytes"); // 1.5.5
        }
      }
      if (!complete || to - i < remaining) {
        return pos;
      }
      dispatch(bytes, pos, i, i + remaining, handler);
      pos = i + remaining;
    }
    return pos;
  }

  private void dispatch(byte[] bytes, int start, int body, int end, FrameHandler handler) {
    int type = (bytes[start] & 0xF0) >>> 4;
    if (type == TYPE_PUBLISH) {
      int qos = (bytes[start] >>> 1) & 0x03;
      int pos = body + 2 + u16(bytes, body);
      int packetId = 0;
      if (qos > 0) {
        packetId = u16(bytes, pos);
        pos += 2;
      }
      if (mqtt5) {
        int propertiesLength = readVarInt(bytes, pos);
        pos += varIntLength(bytes, pos) + propertiesLength;
      }
      handler.onPublish(qos, packetId, bytes, pos, end);
    } else if (type >= TYPE_PUBACK && type <= TYPE_PUBCOMP) {
      handler.onAck(type, u16(bytes, body));
    } else {
      handler.onControl(type, bytes, body, end);
    }
  }

  static int u16(byte[] bytes, int offset) {
    return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
  }

  /** The number of bytes of the variable byte integer starting at {@code offset}. */
  public static int varIntLength(byte[] bytes, int offset) {
    int n = 1;
    while ((bytes[offset + n - 1] & 0x80) != 0) {
      n++;
    }
    return n;
  }

  static int readVarInt(byte[] bytes, int offset) {
    int value = 0;
    int shift = 0;
    int b;
    do {
      b = bytes[offset++];
      value |= (b & 0x7F) << shift;
      shift += 7;
    } while ((b & 0x80) != 0);
    return value;
  }
}
