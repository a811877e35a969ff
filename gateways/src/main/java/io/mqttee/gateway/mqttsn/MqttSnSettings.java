// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn;

import io.mqttee.connector.api.SystemSettings;
import io.mqttee.gateway.mqttsn.client.ClientSettings;
import io.mqttee.gateway.mqttsn.client.PredefinedTopics;

/**
 * The gateway's settings: JVM system properties read once, as the broker's are, named as EMQX's
 * {@code mqtt.sn.*} settings are.
 *
 * @param advertisePort where ADVERTISE is broadcast to: {@code mqttee.mqttsn.advertise-port}, by
 *     default the listener's own port ({@code mqttee.mqttsn.port}), where MQTT-SN 1.2 section 6.1
 *     expects clients to listen; another port lets a test on the gateway's host receive it
 * @param gatewayId the GwId of ADVERTISE and GWINFO
 * @param advertiseSeconds the period of ADVERTISE, also announced in it
 */
public record MqttSnSettings(
    int advertisePort, int gatewayId, int advertiseSeconds, ClientSettings clients) {

  /** Messages kept for one sleeping client, at most. */
  static final int MAX_BUFFERED = 1000;

  public static MqttSnSettings fromSystemProperties() {
    String username = System.getProperty("mqttee.mqttsn.username", "").strip();
    String password = System.getProperty("mqttee.mqttsn.password", "");
    ClientSettings clients =
        new ClientSettings(
            PredefinedTopics.parse(
                System.getProperty("mqttee.mqttsn.predefined", PredefinedTopics.EMQX_EXAMPLE)),
            username.isEmpty() ? null : username,
            username.isEmpty() || password.isEmpty() ? null : password,
            integer("mqttee.mqttsn.retry-seconds", 10) * 1000L,
            integer("mqttee.mqttsn.retries", 3),
            MAX_BUFFERED);
    return new MqttSnSettings(
        integer("mqttee.mqttsn.advertise-port", integer("mqttee.mqttsn.port", 1884)),
        integer("mqttee.mqttsn.gateway-id", 1),
        integer("mqttee.mqttsn.advertise-seconds", 900),
        clients);
  }

  private static int integer(String name, int defaultValue) {
    return SystemSettings.integer(name, defaultValue);
  }
}
