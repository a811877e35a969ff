// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.Flags;
import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.SnTopic;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects one message body behind four octets of headroom, then puts the shortest header that fits
 * in front of it (MQTT-SN 1.2 section 5.2.1): one Length octet when the whole message is at most
 * 255 octets, else 0x01 and a two-octet Length.
 */
final class SnWriter {

  static final int MAX_MESSAGE = 0xFFFF;

  private static final int HEADROOM = 4;
  private static final int LONG_LENGTH_MARKER = 0x01;

  private ByteBuffer out = ByteBuffer.allocate(64).position(HEADROOM);

  SnWriter u8(int value) {
    room(1).put((byte) value);
    return this;
  }

  SnWriter u16(int value) {
    room(2).putShort((short) value);
    return this;
  }

  SnWriter flags(Flags flags) {
    return u8(flags.value());
  }

  SnWriter bytes(Bytes bytes) {
    bytes.writeTo(room(bytes.length()));
    return this;
  }

  /**
   * The topic as PUBLISH, SUBSCRIBE and UNSUBSCRIBE carry it: a two-octet id, the two octets of a
   * short name, or a name running to the end of the message.
   */
  SnWriter topic(SnTopic topic) {
    if (topic instanceof SnTopic.Registered registered) {
      return u16(registered.id());
    } else if (topic instanceof SnTopic.Predefined predefined) {
      return u16(predefined.id());
    } else if (topic instanceof SnTopic.ShortName shortName) {
      return string(shortName.name());
    }
    return string(((SnTopic.Named) topic).name());
  }

  /** A string without a length prefix: it runs to the end of the message. */
  SnWriter string(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    room(utf8.length).put(utf8);
    return this;
  }

  /**
   * The whole message: header and body.
   *
   * @throws IllegalArgumentException when it would exceed 65535 octets
   */
  byte[] finish(SnMessageType type) {
    int end = out.position();
    int body = end - HEADROOM;
    byte[] array = out.array();
    if (body + 2 <= 0xFF) {
      array[2] = (byte) (body + 2);
      array[3] = (byte) type.code();
      return Arrays.copyOfRange(array, 2, end);
    }
    if (body + HEADROOM > MAX_MESSAGE) {
      throw new IllegalArgumentException(
          type + " of " + (body + HEADROOM) + " octets exceeds the 65535 a Length field can hold");
    }
    array[0] = LONG_LENGTH_MARKER;
    array[1] = (byte) ((body + HEADROOM) >> 8);
    array[2] = (byte) (body + HEADROOM);
    array[3] = (byte) type.code();
    return Arrays.copyOf(array, end);
  }

  private ByteBuffer room(int octets) {
    if (out.remaining() < octets) {
      int needed = out.position() + octets;
      ByteBuffer bigger = ByteBuffer.allocate(Math.max(needed, out.capacity() * 2));
      bigger.put(out.array(), 0, out.position());
      out = bigger;
    }
    return out;
  }
}
