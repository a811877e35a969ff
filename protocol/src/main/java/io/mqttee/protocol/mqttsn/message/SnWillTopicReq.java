// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/** WILLTOPICREQ (MQTT-SN 1.2 section 5.4.6): header only. */
public record SnWillTopicReq() implements SnMessage {

  public static final SnWillTopicReq INSTANCE = new SnWillTopicReq();

  @Override
  public SnMessageType type() {
    return SnMessageType.WILLTOPICREQ;
  }
}
