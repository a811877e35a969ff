// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store;

import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.MqttProperties.UserProperty;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * MQTT 5 properties as bytes in a format of its own (not the wire format), so that stored rows and
 * the messages cluster nodes forward to each other do not depend on the codec: a version byte, the
 * entry count, then per entry its identifier, a type tag and the value. No properties are stored as
 * null.
 */
public final class PropertiesCodec {
  private static final int VERSION = 1;
  private static final int INTEGER = 'I';
  private static final int STRING = 'S';
  private static final int BINARY = 'B';
  private static final int USER_PROPERTY = 'U';

  private PropertiesCodec() {}

  public static byte[] encode(MqttProperties properties) {
    if (properties == null || properties.isEmpty()) {
      return null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(properties.entries().size());
      for (Property p : properties.entries()) {
        out.writeShort(p.id());
        writeValue(out, p.value());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static MqttProperties decode(byte[] stored) {
    if (stored == null || stored.length == 0) {
      return MqttProperties.EMPTY;
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
      int version = in.readUnsignedByte();
      if (version != VERSION) {
        throw new IllegalArgumentException("unknown stored properties version " + version);
      }
      int count = in.readInt();
      List<Property> entries = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int id = in.readUnsignedShort();
        entries.add(new Property(id, readValue(in)));
      }
      return new MqttProperties(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeValue(DataOutputStream out, Object value) throws IOException {
    if (value instanceof Integer i) {
      out.writeByte(INTEGER);
      out.writeInt(i);
    } else if (value instanceof String s) {
      out.writeByte(STRING);
      writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
    } else if (value instanceof byte[] b) {
      out.writeByte(BINARY);
      writeBytes(out, b);
    } else if (value instanceof UserProperty u) {
      out.writeByte(USER_PROPERTY);
      writeBytes(out, u.name().getBytes(StandardCharsets.UTF_8));
      writeBytes(out, u.value().getBytes(StandardCharsets.UTF_8));
    } else {
      throw new IllegalArgumentException("not a property value: " + value);
    }
  }

  private static Object readValue(DataInputStream in) throws IOException {
    int tag = in.readUnsignedByte();
    return switch (tag) {
      case INTEGER -> in.readInt();
      case STRING -> new String(readBytes(in), StandardCharsets.UTF_8);
      case BINARY -> readBytes(in);
      case USER_PROPERTY ->
          new UserProperty(
              new String(readBytes(in), StandardCharsets.UTF_8),
              new String(readBytes(in), StandardCharsets.UTF_8));
      default -> throw new IllegalArgumentException("unknown stored property type " + tag);
    };
  }

  private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
    out.writeInt(b.length);
    out.write(b);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return b;
  }
}
