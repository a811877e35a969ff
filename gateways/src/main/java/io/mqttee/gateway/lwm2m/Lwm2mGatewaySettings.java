// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m;

import io.mqttee.protocol.packet.QoS;

/**
 * The gateway's settings, from the system properties {@code mqttee.lwm2m.*} (the listeners' are the
 * adapter's), named as EMQX's LWM2M gateway settings are.
 *
 * @param topics the mountpoint and the topic suffixes
 * @param requestTimeoutMillis how long a command waits for the device's answer before {@code
 *     coap_timeout} ({@code request-timeout-seconds}, 60 by default)
 * @param qos the QoS of what the gateway publishes, and of the devices' command subscriptions
 * @param username the user name devices connect to the broker with, or null
 * @param password its password, or null
 */
public record Lwm2mGatewaySettings(
    Lwm2mTopics topics, long requestTimeoutMillis, QoS qos, String username, String password) {

  private static final String PREFIX = "mqttee.lwm2m.";

  public static Lwm2mGatewaySettings fromSystemProperties() {
    Lwm2mTopics topics =
        new Lwm2mTopics(
            text("mountpoint", Lwm2mTopics.DEFAULT_MOUNTPOINT),
            text("topic.command", "dn/#"),
            text("topic.response", "up/resp"),
            text("topic.notify", "up/notify"));
    int qos = number("qos", 0);
    if (qos < 0 || qos > 2) {
      throw new IllegalArgumentException(PREFIX + "qos must be 0, 1 or 2, not " + qos);
    }
    return new Lwm2mGatewaySettings(
        topics,
        number("request-timeout-seconds", 60) * 1000L,
        QoS.of(qos),
        text("username", null),
        text("password", null));
  }

  private static String text(String name, String fallback) {
    String value = System.getProperty(PREFIX + name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static int number(String name, int fallback) {
    String value = text(name, null);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PREFIX + name + " is not a number: " + value, e);
    }
  }
}
