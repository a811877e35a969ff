// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.PropertyIds;
import io.mqttee.protocol.packet.Publish;

/** The MQTT 5 Message Expiry Interval of messages waiting in a session's queue. */
final class MessageExpiry {
  /** A message without a Message Expiry Interval never expires. */
  static final long NEVER = 0;

  private MessageExpiry() {}

  /** When the message expires if it starts waiting at {@code nowMillis}, or {@link #NEVER}. */
  static long expiresAt(Publish message, long nowMillis) {
    Object interval = message.properties().get(PropertyIds.MESSAGE_EXPIRY_INTERVAL);
    if (!(interval instanceof Integer seconds)) {
      return NEVER;
    }
    return nowMillis + Integer.toUnsignedLong(seconds) * 1000;
  }

  /** MQTT-3.3.2-5: a message whose interval passed before delivery started is deleted. */
  static boolean expired(long expiresAtMillis, long nowMillis) {
    return expiresAtMillis != NEVER && nowMillis >= expiresAtMillis;
  }

  /**
   * MQTT-3.3.2-6: the forwarded message carries the received interval minus the time it waited,
   * rounded up so that a message still valid never says 0.
   */
  static Publish remaining(Publish message, long expiresAtMillis, long nowMillis) {
    if (expiresAtMillis == NEVER) {
      return message;
    }
    long seconds = Math.max(1, (expiresAtMillis - nowMillis + 999) / 1000);
    return message.withProperties(
        PropertyIds.with(message.properties(), PropertyIds.MESSAGE_EXPIRY_INTERVAL, (int) seconds));
  }
}
