// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/** PUBCOMP (MQTT-SN 1.2 section 5.4.14). */
public record SnPubComp(int msgId) implements SnMessage {

  public SnPubComp {
    Fields.twoOctets("MsgId", msgId);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.PUBCOMP;
  }
}
