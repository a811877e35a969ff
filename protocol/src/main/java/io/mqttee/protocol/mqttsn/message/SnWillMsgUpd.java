// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.SnMessageType;

/** WILLMSGUPD (MQTT-SN 1.2 section 5.4.23): a new will payload. */
public record SnWillMsgUpd(Bytes willMessage) implements SnMessage {

  public SnWillMsgUpd {
    Fields.present("WillMsg", willMessage);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.WILLMSGUPD;
  }
}
