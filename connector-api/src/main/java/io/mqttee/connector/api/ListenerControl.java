// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Starts, stops and reconfigures the adapter's listeners while the application runs. Changes last
 * until the adapter restarts (a redeployment or a server restart), which reads its configuration
 * again; they are never written back to it. Thread-safe: calls for one listener take turns.
 *
 * <p>Listeners are named, typed and configured with string settings, so transports that are not
 * sockets of MQTT over TCP (an MQTT-SN UDP socket, an LWM2M CoAP endpoint) fit the same calls.
 *
 * <p>Failures use the JDK's exceptions, which every class loader of the application shares: {@link
 * NoSuchElementException} for an unknown name (every name, while the adapter is not activated),
 * {@link IllegalArgumentException} for a setting that is unknown or invalid (the message names it),
 * {@link UncheckedIOException} when the listener cannot bind (the message says why and in which
 * state it is left), {@link IllegalStateException} when the adapter is stopping.
 */
public interface ListenerControl {

  /** Every listener, running or not, in a stable order; empty before the adapter is activated. */
  List<ListenerState> listeners();

  /** One listener by name. */
  ListenerState listener(String name);

  /** Binds the listener again with its current settings; nothing happens when it runs already. */
  ListenerState start(String name);

  /**
   * Unbinds the listener and closes the client connections it holds; nothing happens when it is
   * stopped already.
   */
  ListenerState stop(String name);

  /**
   * Changes some settings (the others stay) and restarts the listener with them if it is running.
   * All settings are checked before any is applied.
   */
  ListenerState configure(String name, Map<String, String> settings);
}
