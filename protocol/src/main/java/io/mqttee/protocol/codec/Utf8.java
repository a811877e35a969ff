// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 encoded strings and binary data with their two-byte length prefix (MQTT 3.1.1 section
 * 1.5.3, MQTT 5 sections 1.5.4 and 1.5.6). Encoding walks the chars once for the length and once to
 * write, so no intermediate byte array is allocated.
 */
final class Utf8 {

  private Utf8() {}

  /** Reads a length-prefixed string, rejecting ill-formed UTF-8 and U+0000. */
  static String readString(ByteBuffer in) {
    int length = readLength(in);
    byte[] bytes;
    int offset;
    if (in.hasArray()) {
      bytes = in.array();
      offset = in.arrayOffset() + in.position();
      in.position(in.position() + length);
    } else {
      bytes = new byte[length];
      offset = 0;
      in.get(bytes);
    }
    validate(bytes, offset, length);
    return new String(bytes, offset, length, StandardCharsets.UTF_8);
  }

  /** Reads length-prefixed binary data (MQTT 5 section 1.5.6, 3.1.1 password and will message). */
  static byte[] readBinary(ByteBuffer in) {
    byte[] bytes = new byte[readLength(in)];
    in.get(bytes);
    return bytes;
  }

  private static int readLength(ByteBuffer in) {
    if (in.remaining() < 2) {
      throw MalformedPacketException.malformed("string length truncated", "1.5.3");
    }
    int length = in.getShort() & 0xFFFF;
    if (in.remaining() < length) {
      throw MalformedPacketException.malformed("string longer than the packet", "1.5.3");
    }
    return length;
  }

  /** Rejects ill-formed UTF-8, encoded surrogates (MQTT-1.5.3-1) and U+0000 (MQTT-1.5.3-2). */
  static void validate(byte[] b, int offset, int length) {
    int i = offset;
    int end = offset + length;
    while (i < end) {
      int b0 = b[i] & 0xFF;
      if (b0 == 0) {
        throw MalformedPacketException.malformed("string contains U+0000", "MQTT-1.5.3-2");
      }
      if (b0 < 0x80) {
        i++;
      } else if (b0 < 0xC2) {
        throw illFormed();
      } else if (b0 < 0xE0) {
        i = continuation(b, i + 1, end, 0x80, 0xBF, 1);
      } else if (b0 < 0xF0) {
        int lo = b0 == 0xE0 ? 0xA0 : 0x80;
        int hi = b0 == 0xED ? 0x9F : 0xBF; // 0xED 0xA0..0xBF would encode a surrogate
        i = continuation(b, i + 1, end, lo, hi, 2);
      } else if (b0 < 0xF5) {
        int lo = b0 == 0xF0 ? 0x90 : 0x80;
        int hi = b0 == 0xF4 ? 0x8F : 0xBF;
        i = continuation(b, i + 1, end, lo, hi, 3);
      } else {
        throw illFormed();
      }
    }
  }

  private static int continuation(byte[] b, int start, int end, int lo, int hi, int count) {
    if (start + count > end) {
      throw illFormed();
    }
    int first = b[start] & 0xFF;
    if (first < lo || first > hi) {
      throw illFormed();
    }
    for (int i = start + 1; i < start + count; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        throw illFormed();
      }
    }
    return start + count;
  }

  private static MalformedPacketException illFormed() {
    return MalformedPacketException.malformed("ill-formed UTF-8 string", "MQTT-1.5.3-1");
  }

  /** The number of bytes {@link #write} puts for this string, length prefix excluded. */
  static int encodedLength(String s) {
    int n = s.length();
    int bytes = n;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        if (c < 0x800) {
          bytes += 1;
        } else if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          bytes += 2; // four bytes for two chars
          i++;
        } else if (!Character.isSurrogate(c)) {
          bytes += 2; // an unpaired surrogate stays one byte: it is written as '?'
        }
      }
    }
    return bytes;
  }

  /**
   * Writes the two-byte length and the UTF-8 bytes of the string. The length is filled in after the
   * bytes are written, so the chars are walked once.
   */
  static void write(ByteBuffer out, String s) {
    int lengthIndex = out.position();
    out.position(lengthIndex + 2);
    writeChars(out, s);
    out.putShort(lengthIndex, (short) (out.position() - lengthIndex - 2));
  }

  /** Writes the UTF-8 bytes of the string without a length prefix. */
  static void writeChars(ByteBuffer out, String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        out.put((byte) c);
      } else if (c < 0x800) {
        out.put((byte) (0xC0 | (c >> 6))).put((byte) (0x80 | (c & 0x3F)));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        out.put((byte) (0xF0 | (cp >> 18)))
            .put((byte) (0x80 | ((cp >> 12) & 0x3F)))
            .put((byte) (0x80 | ((cp >> 6) & 0x3F)))
            .put((byte) (0x80 | (cp & 0x3F)));
      } else if (Character.isSurrogate(c)) {
        out.put((byte) '?');
      } else {
        out.put((byte) (0xE0 | (c >> 12)))
            .put((byte) (0x80 | ((c >> 6) & 0x3F)))
            .put((byte) (0x80 | (c & 0x3F)));
      }
    }
  }

  static void writeBinary(ByteBuffer out, byte[] data) {
    out.putShort((short) data.length).put(data);
  }
}
