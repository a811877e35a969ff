// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.SnTopic;

/**
 * PUBLISH (MQTT-SN 1.2 section 5.4.12). The topic is a registered id, a predefined id or a short
 * name; never a full name, which PUBLISH cannot carry. QoS -1 (section 6.8) is meant for predefined
 * ids and short names; the codec does not enforce that, the gateway does.
 *
 * @param msgId 0 for QoS 0 and -1
 */
public record SnPublish(
    boolean dup, SnQoS qos, boolean retain, SnTopic topic, int msgId, Bytes data)
    implements SnMessage {

  public SnPublish {
    Fields.present("QoS", qos);
    if (Fields.present("TopicId", topic) instanceof SnTopic.Named) {
      throw new IllegalArgumentException("PUBLISH carries a topic id or a short name, not a name");
    }
    Fields.twoOctets("MsgId", msgId);
    Fields.present("Data", data);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.PUBLISH;
  }
}
