// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/** WILLMSGRESP (MQTT-SN 1.2 section 5.4.25); see {@link io.mqttee.protocol.mqttsn.ReturnCodes}. */
public record SnWillMsgResp(int returnCode) implements SnMessage {

  public SnWillMsgResp {
    Fields.octet("ReturnCode", returnCode);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.WILLMSGRESP;
  }
}
