// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.topic.TopicNames;
import java.nio.ByteBuffer;

/** PUBLISH body; the fixed-header flags were checked by {@link FixedHeaderRules}. */
final class PublishDecoder {

  private static final int TOPIC_ALIAS = 0x23;

  private PublishDecoder() {}

  static Publish decode(ByteBuffer in, int flags, ProtocolVersion version) {
    QoS qos = QoS.of((flags >> 1) & 0x03);
    String topic = Utf8.readString(in);
    int packetId = qos == QoS.AT_MOST_ONCE ? 0 : PacketIds.read(in);
    MqttProperties properties =
        version.isMqtt5() ? PropertiesCodec.read(in, PropertyMasks.PUBLISH) : MqttProperties.EMPTY;
    if (topic.isEmpty()) {
      // MQTT 5 section 3.3.2.1: an empty topic name is allowed only with a topic alias
      if (properties.get(TOPIC_ALIAS) == null) {
        throw MalformedPacketException.protocolError("empty topic name", "MQTT-4.7.3-1");
      }
    } else if (TopicNames.hasWildcard(topic)) {
      throw MalformedPacketException.protocolError(
          "wildcard in topic name '" + topic + "'", "MQTT-3.3.2-2");
    }
    byte[] payload = new byte[in.remaining()];
    in.get(payload);
    return new Publish(
        topic, qos, (flags & 0x01) != 0, (flags & 0x08) != 0, packetId, payload, properties);
  }
}
