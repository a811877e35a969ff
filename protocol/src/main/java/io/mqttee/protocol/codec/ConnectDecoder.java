// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.ReasonCodes;
import io.mqttee.protocol.packet.Will;
import io.mqttee.protocol.topic.TopicNames;
import java.nio.ByteBuffer;

/** CONNECT body (MQTT 3.1.1 section 3.1, MQTT 5 section 3.1). */
final class ConnectDecoder {

  private static final int RESERVED = 0x01;
  private static final int CLEAN_START = 0x02;
  private static final int WILL = 0x04;
  private static final int WILL_RETAIN = 0x20;
  private static final int PASSWORD = 0x40;
  private static final int USERNAME = 0x80;
  private static final int AUTHENTICATION_METHOD = 0x15;
  private static final int AUTHENTICATION_DATA = 0x16;

  private ConnectDecoder() {}

  static Connect decode(ByteBuffer in) {
    ProtocolVersion version = readVersion(in);
    int flags = in.get() & 0xFF;
    checkFlags(flags, version);
    int keepAlive = in.getShort() & 0xFFFF;
    boolean v5 = version.isMqtt5();
    MqttProperties properties =
        v5 ? PropertiesCodec.read(in, PropertyMasks.CONNECT) : MqttProperties.EMPTY;
    if (properties.get(AUTHENTICATION_DATA) != null
        && properties.get(AUTHENTICATION_METHOD) == null) {
      throw MalformedPacketException.protocolError(
          "authentication data without method", "3.1.2.11.10");
    }
    String clientId = Utf8.readString(in);
    Will will = (flags & WILL) != 0 ? readWill(in, flags, v5) : null;
    String username = (flags & USERNAME) != 0 ? Utf8.readString(in) : null;
    byte[] password = (flags & PASSWORD) != 0 ? Utf8.readBinary(in) : null;
    return new Connect(
        version,
        clientId,
        (flags & CLEAN_START) != 0,
        keepAlive,
        username,
        password,
        will,
        properties);
  }

  private static ProtocolVersion readVersion(ByteBuffer in) {
    String name = Utf8.readString(in);
    if (!name.equals("MQTT") && !name.equals("MQIsdp")) {
      throw MalformedPacketException.protocolError(
          "unknown protocol name '" + name + "'", "MQTT-3.1.2-1");
    }
    int level = in.get() & 0xFF;
    ProtocolVersion version = ProtocolVersion.of(name, level);
    if (version == null) {
      throw new MalformedPacketException(
          "unsupported protocol level " + level + " for " + name,
          "MQTT-3.1.2-2",
          ReasonCodes.UNSUPPORTED_PROTOCOL_VERSION);
    }
    return version;
  }

  private static void checkFlags(int flags, ProtocolVersion version) {
    if ((flags & RESERVED) != 0) {
      throw MalformedPacketException.malformed("reserved connect flag set", "MQTT-3.1.2-3");
    }
    int willQos = (flags >> 3) & 0x03;
    if ((flags & WILL) == 0) {
      if (willQos != 0) {
        throw MalformedPacketException.malformed("will QoS without will flag", "MQTT-3.1.2-13");
      }
      if ((flags & WILL_RETAIN) != 0) {
        throw MalformedPacketException.malformed("will retain without will flag", "MQTT-3.1.2-15");
      }
    } else if (willQos == 3) {
      throw MalformedPacketException.malformed("will QoS 3", "MQTT-3.1.2-14");
    }
    if (!version.isMqtt5() && (flags & USERNAME) == 0 && (flags & PASSWORD) != 0) {
      throw MalformedPacketException.malformed("password without user name", "MQTT-3.1.2-22");
    }
  }

  private static Will readWill(ByteBuffer in, int flags, boolean v5) {
    MqttProperties properties =
        v5 ? PropertiesCodec.read(in, PropertyMasks.WILL) : MqttProperties.EMPTY;
    String topic = Utf8.readString(in);
    if (!TopicNames.isValid(topic)) {
      throw MalformedPacketException.malformed(
          "invalid will topic '" + topic + "'", "MQTT-3.1.3-10");
    }
    byte[] payload = Utf8.readBinary(in);
    QoS qos = QoS.of((flags >> 3) & 0x03);
    return new Will(topic, payload, qos, (flags & WILL_RETAIN) != 0, properties);
  }

  /**
   * The version whose CONNACK format answers this CONNECT body, read without consuming it: MQTT 5
   * for levels above 4, MQTT 3.1 for "MQIsdp", else 3.1.1. Null when the body is too short.
   */
  static ProtocolVersion attemptedVersion(ByteBuffer in) {
    int start = in.position();
    if (in.limit() - start < 2) {
      return null;
    }
    int nameLength = in.getShort(start) & 0xFFFF;
    int levelIndex = start + 2 + nameLength;
    if (levelIndex >= in.limit()) {
      return null;
    }
    int level = in.get(levelIndex) & 0xFF;
    if (level > 4) {
      return ProtocolVersion.MQTT_5;
    }
    return nameLength == 6 ? ProtocolVersion.MQTT_3_1 : ProtocolVersion.MQTT_3_1_1;
  }
}
