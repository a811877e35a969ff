// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/**
 * ADVERTISE (MQTT-SN 1.2 section 5.4.1): a gateway announces itself; {@code duration} is the
 * seconds until its next ADVERTISE.
 */
public record SnAdvertise(int gatewayId, int duration) implements SnMessage {

  public SnAdvertise {
    Fields.octet("GwId", gatewayId);
    Fields.twoOctets("Duration", duration);
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.ADVERTISE;
  }
}
