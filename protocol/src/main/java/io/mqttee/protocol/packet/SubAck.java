// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

import java.util.List;

/** SUBACK: one granted QoS or failure code (0x80) per topic filter, in order (MQTT-3.9.3-1). */
public record SubAck(int packetId, List<Integer> reasonCodes, MqttProperties properties)
    implements MqttPacket {

  public SubAck {
    reasonCodes = List.copyOf(reasonCodes);
  }

  @Override
  public PacketType type() {
    return PacketType.SUBACK;
  }
}
