// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

import java.util.List;
import java.util.Map;

/**
 * The listeners of the resource adapter (TCP, TLS, WebSocket, and the gateways' UDP and CoAP
 * sockets), started, stopped and reconfigured at runtime. Shown as "plugins" as in EMQX.
 */
public interface ListenerAdmin {

  List<ListenerView> listeners();

  /**
   * @throws NotFoundException when there is no such listener
   */
  ListenerView listener(String name);

  /**
   * @throws NotFoundException when there is no such listener
   */
  ListenerView start(String name);

  /**
   * Stops accepting new connections and closes the listener's open ones.
   *
   * @throws NotFoundException when there is no such listener
   */
  ListenerView stop(String name);

  /**
   * Changes settings (for example {@code port}, {@code bind}); a running listener restarts with
   * them.
   *
   * @throws NotFoundException when there is no such listener
   * @throws InvalidInputException naming a setting that is unknown or invalid
   */
  ListenerView configure(String name, Map<String, String> settings);
}
