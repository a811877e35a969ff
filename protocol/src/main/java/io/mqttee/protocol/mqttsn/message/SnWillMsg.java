// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.SnMessageType;

/** WILLMSG (MQTT-SN 1.2 section 5.4.9): the will payload, opaque bytes. */
public record SnWillMsg(Bytes willMessage) implements SnMessage {

  public SnWillMsg {
    Fields.present("WillMsg", willMessage);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.WILLMSG;
  }
}
