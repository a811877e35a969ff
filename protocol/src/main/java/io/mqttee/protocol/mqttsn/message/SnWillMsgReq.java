// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/** WILLMSGREQ (MQTT-SN 1.2 section 5.4.8): header only. */
public record SnWillMsgReq() implements SnMessage {

  public static final SnWillMsgReq INSTANCE = new SnWillMsgReq();

  @Override
  public SnMessageType type() {
    return SnMessageType.WILLMSGREQ;
  }
}
