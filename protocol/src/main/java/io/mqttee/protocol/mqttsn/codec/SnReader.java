// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.Flags;
import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.codec.SnDecodeFailure.Kind;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the fields of one message body, from after the MsgType octet to the end of the datagram.
 * Every read checks the octets left first, so a short body is a {@link Kind#TRUNCATED} failure
 * naming the field, never an underflow.
 */
final class SnReader {

  /** MQTT-SN 1.2 section 5.3.1 (ClientId). */
  static final String CLIENT_ID = "5.3.1";

  /** MQTT-SN 1.2 section 5.3.12 (TopicName). */
  static final String TOPIC_NAME = "5.3.12";

  /** MQTT-SN 1.2 section 5.3.14 (WillTopic). */
  static final String WILL_TOPIC = "5.3.14";

  /** MQTT-SN 1.2 section 5.3.4 (Flags). */
  static final String FLAGS = "5.3.4";

  private final ByteBuffer in;
  private final SnMessageType type;

  SnReader(ByteBuffer body, SnMessageType type) {
    this.in = body;
    this.type = type;
  }

  SnMessageType type() {
    return type;
  }

  boolean atEnd() {
    return !in.hasRemaining();
  }

  int remaining() {
    return in.remaining();
  }

  int u8(String field) {
    need(1, field);
    return in.get() & 0xFF;
  }

  int u16(String field) {
    need(2, field);
    return in.getShort() & 0xFFFF;
  }

  Flags flags() {
    return Flags.of(u8("Flags"));
  }

  /** The rest of the datagram as opaque bytes (Data, WillMsg, GwAdd). */
  Bytes restAsBytes() {
    return Bytes.read(in, in.remaining());
  }

  /** The rest of the datagram as a string (ClientId, TopicName, WillTopic). */
  String restAsString(String field, String section) {
    return string(in.remaining(), field, section);
  }

  /** A two-octet short topic name, which must be well-formed UTF-8 like any topic name. */
  String shortTopicName() {
    return string(2, "short topic name", TOPIC_NAME);
  }

  /** Refuses octets after the last field of a message whose length is fixed. */
  void end() {
    if (in.hasRemaining()) {
      throw new SnMalformed(
          Kind.TRAILING_OCTETS,
          type,
          in.remaining() + " octets after the end of " + type,
          type.section());
    }
  }

  SnMalformed invalidFlags(String why) {
    return new SnMalformed(Kind.INVALID_FLAGS, type, why + " in " + type, FLAGS);
  }

  private void need(int octets, String field) {
    if (in.remaining() < octets) {
      throw new SnMalformed(
          Kind.TRUNCATED, type, type + " ends before its " + field + " field", type.section());
    }
  }

  private String string(int length, String field, String section) {
    need(length, field);
    byte[] bytes = new byte[length];
    in.get(bytes);
    for (byte b : bytes) {
      if (b == 0) {
        // Client ids and topic names become MQTT strings at the gateway, where U+0000 is
        // malformed (MQTT-1.5.3-2).
        throw invalidString(field + " contains U+0000", section);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw invalidString(field + " is not well-formed UTF-8", section);
    }
  }

  private SnMalformed invalidString(String reason, String section) {
    return new SnMalformed(Kind.INVALID_STRING, type, reason + " in " + type, section);
  }
}
