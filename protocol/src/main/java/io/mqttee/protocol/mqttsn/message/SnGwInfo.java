// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.Bytes;
import io.mqttee.protocol.mqttsn.SnMessageType;

/**
 * GWINFO (MQTT-SN 1.2 section 5.4.3): answers SEARCHGW. {@code gatewayAddress} is present only when
 * a client answers for a gateway it knows, and empty when the gateway itself answers.
 */
public record SnGwInfo(int gatewayId, Bytes gatewayAddress) implements SnMessage {

  public SnGwInfo {
    Fields.octet("GwId", gatewayId);
    Fields.present("GwAdd", gatewayAddress);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.GWINFO;
  }
}
