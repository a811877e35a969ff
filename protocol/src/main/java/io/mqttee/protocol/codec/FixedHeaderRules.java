// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.PacketType;
import io.mqttee.protocol.packet.ProtocolVersion;

/**
 * Checks a fixed header before its body is buffered: the packet type is one the receiving side may
 * get at this point of the connection, and the flag bits are the ones the type requires.
 */
final class FixedHeaderRules {

  private FixedHeaderRules() {}

  /**
   * @param version the connection's version, or null on the server before CONNECT
   * @param serverSide whether the decoder runs in the server (it then expects CONNECT first)
   */
  static PacketType check(int firstByte, ProtocolVersion version, boolean serverSide) {
    PacketType type = PacketType.of(firstByte >> 4);
    if (type == null || (type == PacketType.AUTH && version != null && !version.isMqtt5())) {
      throw MalformedPacketException.malformed("reserved packet type " + (firstByte >> 4), "2.1.2");
    }
    if (serverSide) {
      checkServerBound(type, version);
    } else if (isServerBound(type)) {
      throw MalformedPacketException.protocolError(type + " sent to a client", "2.1.2");
    }
    checkFlags(type, firstByte & 0x0F);
    return type;
  }

  private static void checkServerBound(PacketType type, ProtocolVersion version) {
    if (version == null && type != PacketType.CONNECT) {
      throw MalformedPacketException.protocolError(
          "first packet is " + type + ", not CONNECT", "MQTT-3.1.0-1");
    }
    if (version != null && type == PacketType.CONNECT) {
      throw MalformedPacketException.protocolError("second CONNECT", "MQTT-3.1.0-2");
    }
    if (!isServerBound(type) && !isBothWays(type)) {
      throw MalformedPacketException.protocolError(type + " sent to the server", "2.1.2");
    }
  }

  private static boolean isServerBound(PacketType type) {
    return type == PacketType.CONNECT
        || type == PacketType.SUBSCRIBE
        || type == PacketType.UNSUBSCRIBE
        || type == PacketType.PINGREQ;
  }

  private static boolean isBothWays(PacketType type) {
    return type != PacketType.CONNACK
        && type != PacketType.SUBACK
        && type != PacketType.UNSUBACK
        && type != PacketType.PINGRESP
        && !isServerBound(type);
  }

  private static void checkFlags(PacketType type, int flags) {
    switch (type) {
      case PUBLISH:
        int qos = (flags >> 1) & 0x03;
        if (qos == 3) {
          throw MalformedPacketException.malformed("PUBLISH with QoS 3", "MQTT-3.3.1-4");
        }
        if (qos == 0 && (flags & 0x08) != 0) {
          throw MalformedPacketException.malformed("DUP set on QoS 0 PUBLISH", "MQTT-3.3.1-2");
        }
        return;
      case PUBREL:
        requireFlags(flags, 0x02, "MQTT-3.6.1-1");
        return;
      case SUBSCRIBE:
        requireFlags(flags, 0x02, "MQTT-3.8.1-1");
        return;
      case UNSUBSCRIBE:
        requireFlags(flags, 0x02, "MQTT-3.10.1-1");
        return;
      default:
        requireFlags(flags, 0x00, "MQTT-2.2.2-2");
    }
  }

  private static void requireFlags(int flags, int required, String statement) {
    if (flags != required) {
      throw MalformedPacketException.malformed(
          "invalid fixed header flags 0x" + Integer.toHexString(flags), statement);
    }
  }
}
