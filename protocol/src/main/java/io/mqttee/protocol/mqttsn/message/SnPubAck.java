// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/**
 * PUBACK (MQTT-SN 1.2 section 5.4.13): acknowledges a QoS 1 PUBLISH, or rejects a PUBLISH (such as
 * an unknown topic id, 0x02).
 */
public record SnPubAck(int topicId, int msgId, int returnCode) implements SnMessage {

  public SnPubAck {
    Fields.twoOctets("TopicId", topicId);
    Fields.twoOctets("MsgId", msgId);
    Fields.octet("ReturnCode", returnCode);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.PUBACK;
  }
}
