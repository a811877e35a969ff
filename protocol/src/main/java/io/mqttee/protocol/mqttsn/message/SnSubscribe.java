// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.SnQoS;
import io.mqttee.protocol.mqttsn.SnTopic;

/**
 * SUBSCRIBE (MQTT-SN 1.2 section 5.4.15): a topic name or filter (wildcards allowed), a predefined
 * topic id or a short topic name, at the requested QoS (0 to 2).
 */
public record SnSubscribe(boolean dup, SnQoS qos, int msgId, SnTopic topic) implements SnMessage {

  public SnSubscribe {
    if (Fields.present("QoS", qos) == SnQoS.MINUS_ONE) {
      throw new IllegalArgumentException("SUBSCRIBE requests QoS 0, 1 or 2");
    }
    Fields.twoOctets("MsgId", msgId);
    if (Fields.present("Topic", topic) instanceof SnTopic.Registered) {
      throw new IllegalArgumentException(
          "SUBSCRIBE carries a topic name, a predefined id or a short name");
    }
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.SUBSCRIBE;
  }
}
