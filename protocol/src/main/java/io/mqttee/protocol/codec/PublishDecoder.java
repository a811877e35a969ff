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

  private static final int SUBSCRIPTION_IDENTIFIER = 0x0B;

  private PublishDecoder() {}

  /**
   * @param fromClient whether a client sent the packet, which then must not carry a subscription
   *     identifier (MQTT-3.3.4-6)
   * @param aliases the receiver's MQTT 5 topic aliases; the returned PUBLISH carries the full topic
   *     and no alias
   */
  static Publish decode(
      ByteBuffer in,
      int flags,
      ProtocolVersion version,
      boolean fromClient,
      TopicAliasTable aliases) {
    QoS qos = QoS.of((flags >> 1) & 0x03);
    String topic = Utf8.readString(in);
    int packetId = qos == QoS.AT_MOST_ONCE ? 0 : PacketIds.read(in);
    MqttProperties properties = MqttProperties.EMPTY;
    if (version.isMqtt5()) {
      properties = PropertiesCodec.read(in, PropertyMasks.PUBLISH);
      if (fromClient && properties.get(SUBSCRIPTION_IDENTIFIER) != null) {
        throw MalformedPacketException.protocolError(
            "subscription identifier in a client's PUBLISH", "MQTT-3.3.4-6");
      }
    }
    if (TopicNames.hasWildcard(topic)) {
      throw MalformedPacketException.protocolError(
          "wildcard in topic name '" + topic + "'", "MQTT-3.3.2-2");
    }
    if (version.isMqtt5()) {
      topic = aliases.resolve(topic, properties);
      properties = TopicAliasTable.withoutAlias(properties);
    } else if (topic.isEmpty()) {
      throw MalformedPacketException.protocolError("empty topic name", "MQTT-4.7.3-1");
    }
    byte[] payload = new byte[in.remaining()];
    in.get(payload);
    return new Publish(
        topic, qos, (flags & 0x01) != 0, (flags & 0x08) != 0, packetId, payload, properties);
  }
}
