// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.retained;

import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.Publish;
import java.util.ArrayList;
import java.util.List;

/** When a retained message expires, and its Message Expiry Interval as delivered. */
final class RetainedExpiry {
  /** MQTT 5 section 3.3.2.3.3. */
  static final int MESSAGE_EXPIRY_INTERVAL = 0x02;

  private RetainedExpiry() {}

  /**
   * The instant the message expires, 0 for never: its own Message Expiry Interval when it carries
   * one, otherwise the broker's default ({@code defaultSeconds}, 0 for none).
   */
  static long expiresAt(Publish message, long nowMillis, long defaultSeconds) {
    Object interval = message.properties().get(MESSAGE_EXPIRY_INTERVAL);
    if (interval instanceof Integer seconds) {
      // a four-byte integer: values above Integer.MAX_VALUE arrive negative
      return nowMillis + Integer.toUnsignedLong(seconds) * 1000L;
    }
    return defaultSeconds > 0 ? nowMillis + defaultSeconds * 1000L : 0L;
  }

  static boolean expired(long expiresAtMillis, long nowMillis) {
    return expiresAtMillis != 0 && expiresAtMillis <= nowMillis;
  }

  /**
   * The message with its Message Expiry Interval lowered by the time it has waited (MQTT 5 section
   * 3.3.2.3.3); unchanged when it carries none.
   */
  static Publish forDelivery(Publish message, long expiresAtMillis, long nowMillis) {
    MqttProperties properties = message.properties();
    if (expiresAtMillis == 0 || properties.get(MESSAGE_EXPIRY_INTERVAL) == null) {
      return message;
    }
    long remaining = Math.max(1, (expiresAtMillis - nowMillis + 999) / 1000);
    List<Property> entries = new ArrayList<>(properties.entries().size());
    for (Property p : properties.entries()) {
      entries.add(
          p.id() == MESSAGE_EXPIRY_INTERVAL
              ? new Property(MESSAGE_EXPIRY_INTERVAL, (int) remaining)
              : p);
    }
    return message.withProperties(new MqttProperties(entries));
  }
}
