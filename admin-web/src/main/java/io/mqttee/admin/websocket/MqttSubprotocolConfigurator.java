// SPDX-License-Identifier: Apache-2.0
package io.mqttee.admin.websocket;

import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;

/**
 * Picks the first subprotocol the client offers that the endpoint supports: {@code mqtt}
 * (MQTT-6.0.0-3, MQTT-6.0.0-4), or the older {@code mqttv3.1} and {@code mqttv3.1.1} that some
 * browser clients still send. None in common: the handshake names no subprotocol.
 */
public class MqttSubprotocolConfigurator extends ServerEndpointConfig.Configurator {

  static final List<String> SUPPORTED = List.of("mqtt", "mqttv3.1", "mqttv3.1.1");

  @Override
  public String getNegotiatedSubprotocol(List<String> supported, List<String> requested) {
    return negotiate(supported, requested);
  }

  static String negotiate(List<String> supported, List<String> requested) {
    for (String offered : requested) {
      if (supported.contains(offered.trim())) {
        return offered.trim();
      }
    }
    return "";
  }
}
