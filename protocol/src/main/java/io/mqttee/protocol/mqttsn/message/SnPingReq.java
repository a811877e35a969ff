// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/**
 * PINGREQ (MQTT-SN 1.2 section 5.4.19). A sleeping client names itself to go awake and receive what
 * was buffered for it (section 6.14); an empty {@code clientId} stands for the PINGREQ without the
 * field.
 */
public record SnPingReq(String clientId) implements SnMessage {

  /** The PINGREQ without a client id. */
  public static final SnPingReq ANONYMOUS = new SnPingReq("");

  public SnPingReq {
    Fields.present("ClientId", clientId);
  }

  public boolean hasClientId() {
    return !clientId.isEmpty();
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.PINGREQ;
  }
}
