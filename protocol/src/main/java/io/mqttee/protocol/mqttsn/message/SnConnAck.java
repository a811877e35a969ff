// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/** CONNACK (MQTT-SN 1.2 section 5.4.5); see {@link io.mqttee.protocol.mqttsn.ReturnCodes}. */
public record SnConnAck(int returnCode) implements SnMessage {

  public SnConnAck {
    Fields.octet("ReturnCode", returnCode);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.CONNACK;
  }
}
