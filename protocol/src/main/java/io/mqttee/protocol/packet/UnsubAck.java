// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

import java.util.List;

/** UNSUBACK; {@code reasonCodes} is empty for MQTT 3.1.1, one per filter for MQTT 5. */
public record UnsubAck(int packetId, List<Integer> reasonCodes, MqttProperties properties)
    implements MqttPacket {

  public UnsubAck {
    reasonCodes = List.copyOf(reasonCodes);
  }

  @Override
  public PacketType type() {
    return PacketType.UNSUBACK;
  }
}
