// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.store.PropertiesCodec;
import io.mqttee.grid.hazelcast.nio.ObjectDataInput;
import io.mqttee.grid.hazelcast.nio.ObjectDataOutput;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.io.IOException;

/** A message as nodes send it to each other: topic, QoS, retain, payload and properties. */
final class PublishWire {
  private PublishWire() {}

  static void write(ObjectDataOutput out, Publish message) throws IOException {
    out.writeString(message.topic());
    out.writeByte(message.qos().value());
    out.writeBoolean(message.retain());
    out.writeByteArray(message.payload());
    out.writeByteArray(PropertiesCodec.encode(message.properties()));
  }

  /** The message in delivery form: no packet id, no DUP. */
  static Publish read(ObjectDataInput in) throws IOException {
    String topic = in.readString();
    QoS qos = QoS.of(in.readByte());
    boolean retain = in.readBoolean();
    byte[] payload = in.readByteArray();
    byte[] properties = in.readByteArray();
    return new Publish(topic, qos, retain, false, 0, payload, PropertiesCodec.decode(properties));
  }
}
