// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

/**
 * The adapter's own MQTT over WebSocket listeners (EMQX's ports by default), next to the
 * application's endpoint on the HTTP port.
 *
 * @param host the address to bind
 * @param port the plain WebSocket port, 0 for any free port, negative to disable the listener
 * @param securePort the WebSocket over TLS port (the TLS listener's key), negative to disable it
 * @param path the HTTP path of the endpoint
 */
public record WebSocketSettings(String host, int port, int securePort, String path) {

  public boolean enabled() {
    return port >= 0;
  }

  public boolean secureEnabled() {
    return securePort >= 0;
  }
}
