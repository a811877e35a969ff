// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.datagram;

import io.mqttee.connector.rar.transport.ListenerAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a datagram listener binds and where it broadcasts: the settings an administrator changes at
 * runtime. Bind and port are checked as for the MQTT listeners.
 *
 * @param host the address to bind
 * @param port the port to bind, 0 for any free port
 * @param broadcast the address {@code broadcast} sends to
 */
public record DatagramAddress(String host, int port, String broadcast) {

  public static final String DEFAULT_BROADCAST = "255.255.255.255";
  static final String BROADCAST = "broadcast";

  /** The settings by name, as {@link #with} accepts them. */
  Map<String, String> settings() {
    Map<String, String> settings = new ListenerAddress(host, port, null).settings();
    settings.put(BROADCAST, broadcast);
    return settings;
  }

  /**
   * This address with some settings changed; every setting is checked before any is applied.
   *
   * @throws IllegalArgumentException for an unknown setting or an invalid value
   */
  DatagramAddress with(Map<String, String> changes) {
    Set<String> known = settings().keySet();
    Set<String> unknown = new TreeSet<>(changes.keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown listener setting " + String.join(", ", unknown) + " (known: " + known + ")");
    }
    Map<String, String> socket = new HashMap<>(changes);
    socket.remove(BROADCAST);
    ListenerAddress next = new ListenerAddress(host, port, null).with(socket);
    String nextBroadcast =
        changes.containsKey(BROADCAST) ? checkBroadcast(changes.get(BROADCAST)) : broadcast;
    return new DatagramAddress(next.host(), next.port(), nextBroadcast);
  }

  private static String checkBroadcast(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("broadcast must be an IP address, not blank");
    }
    String address = value.trim();
    try {
      InetAddress.getByName(address);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("broadcast: unknown address " + address, e);
    }
    return address;
  }
}
