// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;
import io.mqttee.protocol.mqttsn.SnQoS;

/**
 * SUBACK (MQTT-SN 1.2 section 5.4.16).
 *
 * @param grantedQos 0 to 2
 * @param topicId the id assigned to a topic name without wildcards, else 0x0000
 */
public record SnSubAck(SnQoS grantedQos, int topicId, int msgId, int returnCode)
    implements SnMessage {

  public SnSubAck {
    if (Fields.present("QoS", grantedQos) == SnQoS.MINUS_ONE) {
      throw new IllegalArgumentException("SUBACK grants QoS 0, 1 or 2");
    }
    Fields.twoOctets("TopicId", topicId);
    Fields.twoOctets("MsgId", msgId);
    Fields.octet("ReturnCode", returnCode);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.SUBACK;
  }
}
