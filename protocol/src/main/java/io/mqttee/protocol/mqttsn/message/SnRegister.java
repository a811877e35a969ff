// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/**
 * REGISTER (MQTT-SN 1.2 section 5.4.10): asks for, or announces, the topic id of {@code topicName};
 * a client sends topic id 0.
 */
public record SnRegister(int topicId, int msgId, String topicName) implements SnMessage {

  public SnRegister {
    Fields.twoOctets("TopicId", topicId);
    Fields.twoOctets("MsgId", msgId);
    Fields.present("TopicName", topicName);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.REGISTER;
  }
}
