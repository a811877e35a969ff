// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

import java.util.List;

/** UNSUBSCRIBE with at least one topic filter (MQTT-3.10.3-2). */
public record Unsubscribe(int packetId, List<String> topicFilters, MqttProperties properties)
    implements MqttPacket {

  public Unsubscribe {
    topicFilters = List.copyOf(topicFilters);
  }

  @Override
  public PacketType type() {
    return PacketType.UNSUBSCRIBE;
  }
}
