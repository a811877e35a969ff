// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.codec;

import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.message.SnEncapsulated;
import io.mqttee.protocol.mqttsn.message.SnMessage;
import java.nio.ByteBuffer;

/**
 * Encodes one MQTT-SN 1.2 message into one datagram, with the one-octet Length when the whole
 * message fits in 255 octets and the three-octet form (0x01 and two octets) otherwise (section
 * 5.2.1). Stateless and thread-safe.
 */
public final class SnEncoder {

  private SnEncoder() {}

  /**
   * The datagram for {@code message}.
   *
   * @throws IllegalArgumentException when the message exceeds 65535 octets, which no Length field
   *     can express; a gateway checks a payload's size before it builds the PUBLISH
   */
  public static byte[] encode(SnMessage message) {
    if (message instanceof SnEncapsulated encapsulated) {
      return encapsulated(encapsulated);
    }
    SnWriter out = new SnWriter();
    switch (message.type()) {
      case ADVERTISE:
      case SEARCHGW:
      case GWINFO:
        DiscoveryCodec.encode(message, out);
        break;
      case CONNECT:
      case CONNACK:
      case PINGREQ:
      case PINGRESP:
      case DISCONNECT:
        ConnectionCodec.encode(message, out);
        break;
      case REGISTER:
      case REGACK:
      case PUBLISH:
      case PUBACK:
      case PUBREC:
      case PUBREL:
      case PUBCOMP:
        PublishCodec.encode(message, out);
        break;
      case SUBSCRIBE:
      case SUBACK:
      case UNSUBSCRIBE:
      case UNSUBACK:
        SubscriptionCodec.encode(message, out);
        break;
      default:
        WillCodec.encode(message, out);
    }
    return out.finish(message.type());
  }

  /** Length (up to the end of the node id), 0xFE, Ctrl, Wireless Node Id, message (5.5). */
  private static byte[] encapsulated(SnEncapsulated message) {
    int headerLength = SnEncapsulated.HEADER_OCTETS + message.wirelessNodeId().length();
    ByteBuffer out = ByteBuffer.allocate(headerLength + message.message().length());
    out.put((byte) headerLength)
        .put((byte) SnMessageType.ENCAPSULATED.code())
        .put((byte) message.radius());
    message.wirelessNodeId().writeTo(out);
    message.message().writeTo(out);
    return out.array();
  }
}
