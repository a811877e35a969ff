// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.connection;

import io.mqttee.protocol.packet.Publish;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The topic aliases the broker assigned on one connection, at most the client's Topic Alias Maximum
 * (MQTT-3.3.2-11); the least recently used alias is reassigned when all are taken. Guarded by the
 * caller, which must write the packets in the order they were aliased.
 */
final class OutboundTopicAliases {
  private final int maximum;
  private final LinkedHashMap<String, Integer> byTopic = new LinkedHashMap<>(16, 0.75f, true);

  OutboundTopicAliases(int maximum) {
    this.maximum = maximum;
  }

  /**
   * The PUBLISH with its topic replaced by an alias the client knows, or with topic and a new alias
   * the first time (MQTT 5 section 3.3.2.3.4).
   */
  Publish apply(Publish publish) {
    Integer known = byTopic.get(publish.topic());
    if (known != null) {
      return aliased(publish, "", known);
    }
    int alias;
    if (byTopic.size() < maximum) {
      alias = byTopic.size() + 1; // aliases are 1..maximum, never 0 (MQTT-3.3.2-8)
    } else {
      Iterator<Map.Entry<String, Integer>> eldest = byTopic.entrySet().iterator();
      alias = eldest.next().getValue();
      eldest.remove();
    }
    byTopic.put(publish.topic(), alias);
    return aliased(publish, publish.topic(), alias);
  }

  private static Publish aliased(Publish publish, String topic, int alias) {
    return new Publish(
        topic,
        publish.qos(),
        publish.retain(),
        publish.dup(),
        publish.packetId(),
        publish.payload(),
        PropertyIds.with(publish.properties(), PropertyIds.TOPIC_ALIAS, alias));
  }
}
