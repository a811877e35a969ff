// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/** UNSUBACK (MQTT-SN 1.2 section 5.4.18). */
public record SnUnsubAck(int msgId) implements SnMessage {

  public SnUnsubAck {
    Fields.twoOctets("MsgId", msgId);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.UNSUBACK;
  }
}
