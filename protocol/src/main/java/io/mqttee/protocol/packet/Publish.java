// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

/** PUBLISH. {@code packetId} is 0 for QoS 0. The payload array is shared, never modified. */
public record Publish(
    String topic,
    QoS qos,
    boolean retain,
    boolean dup,
    int packetId,
    byte[] payload,
    MqttProperties properties)
    implements MqttPacket {

  @Override
  public PacketType type() {
    return PacketType.PUBLISH;
  }

  /** The same message as sent to one subscriber: its QoS, packet id, retain and DUP flags. */
  public Publish forDelivery(QoS deliveryQos, int deliveryPacketId, boolean retainFlag) {
    return new Publish(
        topic, deliveryQos, retainFlag, false, deliveryPacketId, payload, properties);
  }

  /** The same message with other MQTT 5 properties (expiry counted down, ids attached). */
  public Publish withProperties(MqttProperties newProperties) {
    return new Publish(topic, qos, retain, dup, packetId, payload, newProperties);
  }

  /** The same packet with the DUP flag set, for redelivery (MQTT-3.3.1-1). */
  public Publish asDuplicate() {
    return new Publish(topic, qos, retain, true, packetId, payload, properties);
  }
}
