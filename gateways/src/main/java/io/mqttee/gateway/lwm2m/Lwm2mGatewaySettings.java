// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.lwm2m;

import io.mqttee.connector.api.SystemSettings;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.QoS;
import java.nio.charset.StandardCharsets;

/**
 * The gateway's settings, from the system properties {@code mqttee.lwm2m.*} (the listeners' are the
 * adapter's), named as EMQX's LWM2M gateway settings are.
 *
 * @param topics the mountpoint and the topic suffixes
 * @param requestTimeoutMillis how long a command waits for the device's answer before {@code
 *     coap_timeout} ({@code request-timeout-seconds}, 60 by default)
 * @param qos the QoS of what the gateway publishes, and of the devices' command subscriptions: 0
 *     (the default) or 1
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
    // QoS 2 would leave the gateway's own PUBLISHes waiting for a PUBREL it does not send
    if (qos < 0 || qos > 1) {
      throw new IllegalArgumentException(PREFIX + "qos must be 0 or 1, not " + qos);
    }
    int timeoutSeconds = number("request-timeout-seconds", 60);
    if (timeoutSeconds < 1) {
      throw new IllegalArgumentException(
          PREFIX + "request-timeout-seconds must be at least 1, not " + timeoutSeconds);
    }
    return new Lwm2mGatewaySettings(
        topics,
        timeoutSeconds * 1000L,
        QoS.of(qos),
        text("username", null),
        text("password", null));
  }

  private static String text(String name, String fallback) {
    return SystemSettings.text(PREFIX + name, fallback);
  }

  private static int number(String name, int fallback) {
    return SystemSettings.integer(PREFIX + name, fallback);
  }

  /** The CONNECT of one of the gateway's broker connections: MQTT 3.1.1, clean, no keep alive. */
  Connect connect(String clientId) {
    byte[] secret = password == null ? null : password.getBytes(StandardCharsets.UTF_8);
    return new Connect(
        ProtocolVersion.MQTT_3_1_1,
        clientId,
        true,
        0,
        username,
        secret,
        null,
        MqttProperties.EMPTY);
  }
}
