// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.codec;

import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.ReasonCodes;
import java.util.ArrayList;
import java.util.List;

/**
 * The MQTT 5 topic aliases one side of a connection has received (section 3.3.2.3.4). Aliases live
 * only as long as the network connection, so the decoder resolves them and hands on the full topic.
 */
final class TopicAliasTable {

  static final int TOPIC_ALIAS = 0x23;

  private final int maximum;
  private final String statement;
  private String[] topics;

  /**
   * @param maximum the Topic Alias Maximum this side announced; 0 refuses all aliases
   * @param statement the rule a sender breaks by exceeding it (MQTT-3.3.2-9 or MQTT-3.3.2-11)
   */
  TopicAliasTable(int maximum, String statement) {
    this.maximum = maximum;
    this.statement = statement;
  }

  /** The topic the PUBLISH addresses: its topic name, or the one its alias was bound to. */
  String resolve(String topic, MqttProperties properties) {
    Object value = properties.isEmpty() ? null : properties.get(TOPIC_ALIAS);
    if (value == null) {
      if (topic.isEmpty()) {
        throw MalformedPacketException.protocolError("empty topic name", "MQTT-4.7.3-1");
      }
      return topic;
    }
    int alias = (Integer) value;
    if (alias > maximum) {
      throw new MalformedPacketException(
          "topic alias " + alias + " above maximum " + maximum,
          statement,
          ReasonCodes.TOPIC_ALIAS_INVALID);
    }
    if (topics == null) {
      topics = new String[maximum + 1];
    }
    if (!topic.isEmpty()) {
      topics[alias] = topic;
      return topic;
    }
    String bound = topics[alias];
    if (bound == null) {
      throw MalformedPacketException.protocolError("unknown topic alias " + alias, "3.3.2.3.4");
    }
    return bound;
  }

  /** The properties without the topic alias, which means nothing beyond this connection. */
  static MqttProperties withoutAlias(MqttProperties properties) {
    if (properties.isEmpty() || properties.get(TOPIC_ALIAS) == null) {
      return properties;
    }
    List<Property> rest = new ArrayList<>(properties.entries().size() - 1);
    for (Property p : properties.entries()) {
      if (p.id() != TOPIC_ALIAS) {
        rest.add(p);
      }
    }
    return rest.isEmpty() ? MqttProperties.EMPTY : new MqttProperties(rest);
  }
}
