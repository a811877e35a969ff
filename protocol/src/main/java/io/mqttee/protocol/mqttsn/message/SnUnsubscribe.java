// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.SnTopic;

/**
 * UNSUBSCRIBE (MQTT-SN 1.2 section 5.4.17): the topic name, predefined id or short name of a
 * subscription.
 */
public record SnUnsubscribe(int msgId, SnTopic topic) implements SnMessage {

  public SnUnsubscribe {
    Fields.twoOctets("MsgId", msgId);
    if (Fields.present("Topic", topic) instanceof SnTopic.Registered) {
      throw new IllegalArgumentException(
          "UNSUBSCRIBE carries a topic name, a predefined id or a short name");
    }
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.UNSUBSCRIBE;
  }
}
