// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

import java.util.List;

/** SUBSCRIBE with at least one topic filter (MQTT-3.8.3-3). */
public record Subscribe(
    int packetId, List<TopicSubscription> subscriptions, MqttProperties properties)
    implements MqttPacket {

  public Subscribe {
    subscriptions = List.copyOf(subscriptions);
  }

  @Override
  public PacketType type() {
    return PacketType.SUBSCRIBE;
  }
}
