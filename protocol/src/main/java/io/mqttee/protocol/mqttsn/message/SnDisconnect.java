// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.mqttsn.message;

import io.mqttee.protocol.mqttsn.SnMessageType;

/**
 * DISCONNECT (MQTT-SN 1.2 section 5.4.21). With a duration a client asks to sleep for that many
 * seconds (section 6.14); {@link #NO_DURATION} stands for the DISCONNECT without the field.
 */
public record SnDisconnect(int duration) implements SnMessage {

  public static final int NO_DURATION = -1;

  /** The DISCONNECT without a duration. */
  public static final SnDisconnect PLAIN = new SnDisconnect(NO_DURATION);

  public SnDisconnect {
    if (duration != NO_DURATION) {
      Fields.twoOctets("Duration", duration);
    }
  }

  public boolean hasDuration() {
    return duration != NO_DURATION;
  }

  @Override
  public SnMessageType type() {
    return SnMessageType.DISCONNECT;
  }
}
