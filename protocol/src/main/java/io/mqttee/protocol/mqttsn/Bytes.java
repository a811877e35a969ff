// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable byte string, so that message records holding payloads, will messages and addresses
 * have value equality. It copies on the way in and on the way out of arrays; {@link #writeTo}
 * copies into a buffer without an intermediate array.
 */
public final class Bytes {

  public static final Bytes EMPTY = new Bytes(new byte[0]);

  private static final int SHOWN = 32;

  private final byte[] bytes;

  private Bytes(byte[] owned) {
    this.bytes = owned;
  }

  /** A copy of {@code bytes}. */
  public static Bytes of(byte... bytes) {
    return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
  }

  /** A copy of {@code length} bytes of {@code bytes} from {@code offset}. */
  public static Bytes copyOf(byte[] bytes, int offset, int length) {
    return length == 0 ? EMPTY : new Bytes(Arrays.copyOfRange(bytes, offset, offset + length));
  }

  /** The next {@code length} bytes of {@code in}, advancing its position. */
  public static Bytes read(ByteBuffer in, int length) {
    if (length == 0) {
      return EMPTY;
    }
    byte[] copy = new byte[length];
    in.get(copy);
    return new Bytes(copy);
  }

  /** The UTF-8 encoding of {@code text}. */
  public static Bytes utf8(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  public int length() {
    return bytes.length;
  }

  public boolean isEmpty() {
    return bytes.length == 0;
  }

  public byte get(int index) {
    return bytes[index];
  }

  /** A copy of the bytes. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** Puts the bytes into {@code out} at its position. */
  public void writeTo(ByteBuffer out) {
    out.put(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes && Arrays.equals(bytes, ((Bytes) o).bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** The length and the first 32 bytes in hex, enough for a log line. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(bytes.length).append(" bytes");
    for (int i = 0; i < Math.min(bytes.length, SHOWN); i++) {
      s.append(i == 0 ? " " : "").append(String.format("%02x", bytes[i] & 0xFF));
    }
    return bytes.length > SHOWN ? s.append("...").toString() : s.toString();
  }
}
