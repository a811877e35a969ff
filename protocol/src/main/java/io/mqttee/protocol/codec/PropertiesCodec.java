// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.MqttProperties.UserProperty;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The MQTT 5 property list: a variable byte integer length followed by identifier/value pairs (MQTT
 * 5 section 2.2.2). Four-byte integers are kept as the int with the same bits.
 */
final class PropertiesCodec {

  private static final int BYTE = 1;
  private static final int TWO_BYTE = 2;
  private static final int FOUR_BYTE = 3;
  private static final int VARIABLE = 4;
  private static final int STRING = 5;
  private static final int BINARY = 6;
  private static final int PAIR = 7;

  private static final int USER_PROPERTY = 0x26;
  private static final int SUBSCRIPTION_IDENTIFIER = 0x0B;
  private static final int[] TYPES = new int[0x2B];

  static {
    for (int id : new int[] {0x01, 0x17, 0x19, 0x24, 0x25, 0x28, 0x29, 0x2A}) {
      TYPES[id] = BYTE;
    }
    for (int id : new int[] {0x13, 0x21, 0x22, 0x23}) {
      TYPES[id] = TWO_BYTE;
    }
    for (int id : new int[] {0x02, 0x11, 0x18, 0x27}) {
      TYPES[id] = FOUR_BYTE;
    }
    TYPES[SUBSCRIPTION_IDENTIFIER] = VARIABLE;
    for (int id : new int[] {0x03, 0x08, 0x12, 0x15, 0x1A, 0x1C, 0x1F}) {
      TYPES[id] = STRING;
    }
    TYPES[0x09] = BINARY;
    TYPES[0x16] = BINARY;
    TYPES[USER_PROPERTY] = PAIR;
  }

  private PropertiesCodec() {}

  /** Reads a property list, rejecting properties outside {@code allowed} (a PropertyMasks mask). */
  static MqttProperties read(ByteBuffer in, long allowed) {
    int length = VariableByteInteger.read(in);
    if (length == 0) {
      return MqttProperties.EMPTY;
    }
    if (length > in.remaining()) {
      throw MalformedPacketException.malformed("property length beyond packet", "2.2.2.1");
    }
    int end = in.position() + length;
    int limit = in.limit();
    in.limit(end);
    try {
      List<Property> entries = new ArrayList<>(4);
      long seen = 0;
      while (in.hasRemaining()) {
        int id = VariableByteInteger.read(in);
        if (id >= TYPES.length || TYPES[id] == 0) {
          throw MalformedPacketException.malformed("unknown property 0x" + hex(id), "2.2.2.2");
        }
        long bit = 1L << id;
        if ((allowed & bit) == 0) {
          throw MalformedPacketException.protocolError(
              "property 0x" + hex(id) + " not allowed in this packet", "2.2.2.2");
        }
        if ((seen & bit) != 0 && id != USER_PROPERTY && id != SUBSCRIPTION_IDENTIFIER) {
          throw MalformedPacketException.protocolError(
              "property 0x" + hex(id) + " repeated", "2.2.2.2");
        }
        seen |= bit;
        entries.add(new Property(id, readValue(in, id)));
      }
      return new MqttProperties(entries);
    } finally {
      in.limit(limit);
    }
  }

  private static Object readValue(ByteBuffer in, int id) {
    switch (TYPES[id]) {
      case BYTE:
        return PropertyValues.checked(id, in.get() & 0xFF);
      case TWO_BYTE:
        return PropertyValues.checked(id, in.getShort() & 0xFFFF);
      case FOUR_BYTE:
        return PropertyValues.checked(id, in.getInt());
      case VARIABLE:
        return PropertyValues.checked(id, VariableByteInteger.read(in));
      case STRING:
        return Utf8.readString(in);
      case BINARY:
        return Utf8.readBinary(in);
      default:
        return new UserProperty(Utf8.readString(in), Utf8.readString(in));
    }
  }

  /** The bytes of the list including its length prefix; 1 for an empty list. */
  static int encodedLength(MqttProperties properties) {
    int length = contentLength(properties);
    return VariableByteInteger.size(length) + length;
  }

  private static int contentLength(MqttProperties properties) {
    int length = 0;
    for (Property p : properties.entries()) {
      length += VariableByteInteger.size(p.id()) + valueLength(p);
    }
    return length;
  }

  private static int valueLength(Property p) {
    switch (TYPES[p.id()]) {
      case BYTE:
        return 1;
      case TWO_BYTE:
        return 2;
      case FOUR_BYTE:
        return 4;
      case VARIABLE:
        return VariableByteInteger.size((Integer) p.value());
      case STRING:
        return 2 + Utf8.encodedLength((String) p.value());
      case BINARY:
        return 2 + ((byte[]) p.value()).length;
      default:
        UserProperty u = (UserProperty) p.value();
        return 4 + Utf8.encodedLength(u.name()) + Utf8.encodedLength(u.value());
    }
  }

  static void write(ByteBuffer out, MqttProperties properties) {
    VariableByteInteger.write(out, contentLength(properties));
    for (Property p : properties.entries()) {
      VariableByteInteger.write(out, p.id());
      writeValue(out, p);
    }
  }

  private static void writeValue(ByteBuffer out, Property p) {
    switch (TYPES[p.id()]) {
      case BYTE:
        out.put((byte) (int) (Integer) p.value());
        break;
      case TWO_BYTE:
        out.putShort((short) (int) (Integer) p.value());
        break;
      case FOUR_BYTE:
        out.putInt((Integer) p.value());
        break;
      case VARIABLE:
        VariableByteInteger.write(out, (Integer) p.value());
        break;
      case STRING:
        Utf8.write(out, (String) p.value());
        break;
      case BINARY:
        Utf8.writeBinary(out, (byte[]) p.value());
        break;
      default:
        UserProperty u = (UserProperty) p.value();
        Utf8.write(out, u.name());
        Utf8.write(out, u.value());
    }
  }

  private static String hex(int id) {
    return Integer.toHexString(id);
  }
}
