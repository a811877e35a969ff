// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/** PINGRESP (MQTT-SN 1.2 section 5.4.20): header only. */
public record SnPingResp() implements SnMessage {

  public static final SnPingResp INSTANCE = new SnPingResp();

  @Override
  public SnMessageType type() {
    return SnMessageType.PINGRESP;
  }
}
