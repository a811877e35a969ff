// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One listener of the adapter as it is now.
 *
 * @param name what administrators call it: "tcp", "tls", "ws", "wss", "mqtt-sn" (the gateway's UDP
 *     socket), "lwm2m" and "lwm2m-dtls" (the LWM2M server's CoAP endpoints)
 * @param type what it speaks: "mqtt-tcp", "mqtt-tls", "mqtt-ws", "mqtt-wss", "mqtt-sn-udp",
 *     "lwm2m-coap", "lwm2m-coaps"
 * @param bind the address it binds
 * @param port the port it is bound to while running, else the port it will bind
 * @param running whether it accepts connections (or datagrams) now
 * @param connections the client connections it holds open; always 0 for a datagram listener
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
