// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

/** The acknowledgements of the QoS 1 and QoS 2 flows, which carry a packet id and a reason code. */
public sealed interface PacketIdAck extends MqttPacket permits PubAck, PubRec, PubRel, PubComp {
  int packetId();

  int reasonCode();

  MqttProperties properties();
}
