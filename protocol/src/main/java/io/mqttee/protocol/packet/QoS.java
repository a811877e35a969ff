// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

/** Quality of service levels. */
public enum QoS {
  AT_MOST_ONCE,
  AT_LEAST_ONCE,
  EXACTLY_ONCE;

  private static final QoS[] VALUES = values();

  public int value() {
    return ordinal();
  }

  /** The level for 0, 1 or 2; callers validate the value first (3 is malformed, MQTT-3.3.1-4). */
  public static QoS of(int value) {
    return VALUES[value];
  }

  /** The lower of the two levels, as delivery downgrades to the subscription's maximum. */
  public QoS min(QoS other) {
    return ordinal() <= other.ordinal() ? this : other;
  }
}
