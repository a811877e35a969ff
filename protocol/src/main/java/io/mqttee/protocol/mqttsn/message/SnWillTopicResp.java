// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/**
 * WILLTOPICRESP (MQTT-SN 1.2 section 5.4.24); see {@link io.mqttee.protocol.mqttsn.ReturnCodes}.
 */
public record SnWillTopicResp(int returnCode) implements SnMessage {

  public SnWillTopicResp {
    Fields.octet("ReturnCode", returnCode);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.WILLTOPICRESP;
  }
}
