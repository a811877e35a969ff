// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One listener of the adapter as it is now.
 *
 * @param name what administrators call it: "tcp", "tls", "ws", "wss"; later gateways add theirs (an
 *     MQTT-SN UDP socket, an LWM2M CoAP endpoint)
 * @param type what it speaks: "mqtt-tcp", "mqtt-tls", "mqtt-ws", "mqtt-wss", later "mqtt-sn-udp",
 *     "lwm2m-coap"
 * @param bind the address it binds
 * @param port the port it is bound to while running, else the port it will bind
 * @param running whether it accepts connections (or datagrams) now
 * @param connections the client connections it holds open
 * @param settings its current settings by name, exactly the ones {@link ListenerControl#configure}
 *     accepts for it
 */
public record ListenerState(
    String name,
    String type,
    String bind,
    int port,
    boolean running,
    int connections,
    Map<String, String> settings) {

  public ListenerState {
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }
}
