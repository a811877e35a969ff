// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.mqttee.connector.api.ListenerState;
import java.io.IOException;
import java.util.Map;

/**
 * A listener administrators control by name: a server socket of MQTT over TCP, TLS or WebSocket, a
 * gateway's UDP socket (MQTT-SN), or one of the LWM2M server's CoAP endpoints.
 */
public interface AdapterListener {

  /** The name administrators use, unique among the adapter's listeners. */
  String name();

  ListenerState state();

  /**
   * Binds with the current settings, unless running already.
   *
   * @throws IOException when it cannot bind; it stays stopped
   */
  void start() throws IOException;

  /** Unbinds and closes the listener's connections, unless stopped already. */
  void stop();

  /**
   * Changes some settings; a running listener restarts with them.
   *
   * @throws IllegalArgumentException for an unknown setting or an invalid value; nothing changed
   * @throws IOException when the new settings cannot be bound; the message says in which state the
   *     listener is left
   */
  void configure(Map<String, String> settings) throws IOException;
}
