// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.codec.SnDecodeFailure.Kind;
import io.mqttee.protocol.mqttsn.message.SnEncapsulated;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * Decodes one datagram into one MQTT-SN 1.2 message. Stateless and thread-safe; it never throws and
 * never keeps a reference to the datagram. What a message means for a session (a client id of more
 * than 23 characters, QoS -1 with a registered topic id, an unknown topic id) is left to the
 * gateway: the decoder refuses only what is malformed.
 */
public final class SnDecoder {

  private static final String HEADER = "5.2.1";
  private static final int LONG_LENGTH_MARKER = 0x01;

  private SnDecoder() {}

  public static SnDecodeResult decode(byte[] datagram) {
    return decode(ByteBuffer.wrap(datagram));
  }

  /** Decodes the datagram from the buffer's position to its limit; the position does not move. */
  public static SnDecodeResult decode(ByteBuffer datagram) {
    ByteBuffer in = datagram.slice(); // big-endian, from 0, whatever the caller's order
    try {
      return new SnDecoded(message(in));
    } catch (SnMalformed e) {
      return e.failure();
    } catch (BufferUnderflowException e) {
      // Unreachable while every read checks its length first; kept so that a slip stays a value.
      return new SnDecodeFailure(Kind.TRUNCATED, null, "datagram ends inside a field", HEADER);
    }
  }

  private static SnMessage message(ByteBuffer in) {
    int size = in.remaining();
    if (size < 2) {
      throw new SnMalformed(Kind.TOO_SHORT, null, size + "-octet datagram", HEADER);
    }
    int first = in.get(0) & 0xFF;
    boolean longForm = first == LONG_LENGTH_MARKER;
    int headerLength = longForm ? 3 : 1;
    if (size < headerLength + 1) {
      throw new SnMalformed(
          Kind.TOO_SHORT, null, "datagram ends inside its three-octet Length", HEADER);
    }
    int code = in.get(headerLength) & 0xFF;
    SnMessageType type = SnMessageType.of(code);
    if (type == null) {
      throw new SnMalformed(
          Kind.UNKNOWN_TYPE, null, String.format("reserved MsgType 0x%02X", code), "5.2.2");
    }
    if (type == SnMessageType.ENCAPSULATED) {
      return encapsulated(in, longForm);
    }
    int declared = longForm ? in.getShort(1) & 0xFFFF : first;
    if (declared != size) {
      throw new SnMalformed(
          Kind.LENGTH_MISMATCH,
          type,
          type + " declares " + declared + " octets in a datagram of " + size,
          HEADER);
    }
    SnReader body = new SnReader(in.position(headerLength + 1), type);
    return body(body);
  }

  private static SnMessage body(SnReader in) {
    switch (in.type()) {
      case ADVERTISE:
      case SEARCHGW:
      case GWINFO:
        return DiscoveryCodec.decode(in);
      case CONNECT:
      case CONNACK:
      case PINGREQ:
      case PINGRESP:
      case DISCONNECT:
        return ConnectionCodec.decode(in);
      case REGISTER:
      case REGACK:
      case PUBLISH:
      case PUBACK:
      case PUBREC:
      case PUBREL:
      case PUBCOMP:
        return PublishCodec.decode(in);
      case SUBSCRIBE:
      case SUBACK:
      case UNSUBSCRIBE:
      case UNSUBACK:
        return SubscriptionCodec.decode(in);
      default:
        return WillCodec.decode(in);
    }
  }

  /**
   * Forwarder encapsulation (5.5): the one-octet Length counts up to the end of the Wireless Node
   * Id; the encapsulated message fills the rest of the datagram and is not decoded here.
   */
  private static SnMessage encapsulated(ByteBuffer in, boolean longForm) {
    SnMessageType type = SnMessageType.ENCAPSULATED;
    int headerLength = in.get(0) & 0xFF;
    if (longForm || headerLength < SnEncapsulated.HEADER_OCTETS) {
      throw new SnMalformed(
          Kind.LENGTH_MISMATCH, type, "encapsulation Length " + headerLength + " below 3", "5.5");
    }
    if (headerLength + 2 > in.remaining()) {
      throw new SnMalformed(
          Kind.TRUNCATED,
          type,
          "encapsulation of "
              + in.remaining()
              + " octets has no room for a message after its "
              + headerLength
              + "-octet header",
          "5.5");
    }
    int radius = in.get(2) & 0b11; // the other Ctrl bits are reserved (5.5, table 29)
    in.position(SnEncapsulated.HEADER_OCTETS);
    Bytes nodeId = Bytes.read(in, headerLength - SnEncapsulated.HEADER_OCTETS);
    return new SnEncapsulated(radius, nodeId, Bytes.read(in, in.remaining()));
  }
}
