// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/**
 * SEARCHGW (MQTT-SN 1.2 section 5.4.2): a client looks for a gateway within {@code radius} hops.
 */
public record SnSearchGw(int radius) implements SnMessage {

  public SnSearchGw {
    Fields.octet("Radius", radius);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.SEARCHGW;
  }
}
