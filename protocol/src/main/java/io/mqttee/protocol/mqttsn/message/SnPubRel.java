// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/** PUBREL (MQTT-SN 1.2 section 5.4.14). */
public record SnPubRel(int msgId) implements SnMessage {

  public SnPubRel {
    Fields.twoOctets("MsgId", msgId);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.PUBREL;
  }
}
