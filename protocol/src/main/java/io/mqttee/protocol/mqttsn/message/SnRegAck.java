// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/**
 * REGACK (MQTT-SN 1.2 section 5.4.11): the topic id assigned to a REGISTER, or the rejection
 * reason.
 */
public record SnRegAck(int topicId, int msgId, int returnCode) implements SnMessage {

  public SnRegAck {
    Fields.twoOctets("TopicId", topicId);
    Fields.twoOctets("MsgId", msgId);
    Fields.octet("ReturnCode", returnCode);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.REGACK;
  }
}
