// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a listener binds and, for a WebSocket listener, the path it serves: the settings an
 * administrator changes at runtime.
 *
 * @param host the address to bind
 * @param port the port to bind, 0 for any free port
 * @param path the HTTP path of a WebSocket listener, null for the others
 */
public record ListenerAddress(String host, int port, String path) {

  static final String BIND = "bind";
  static final String PORT = "port";
  static final String PATH = "path";

  /** The settings by name, as {@link #with} accepts them. */
  Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(BIND, host);
    settings.put(PORT, String.valueOf(port));
    if (path != null) {
      settings.put(PATH, path);
    }
    return settings;
  }

  /**
   * This address with some settings changed. Every setting is checked before the new address is
   * made; the message of the exception names the first one that is wrong.
   *
   * @throws IllegalArgumentException for an unknown setting or an invalid value
   */
  ListenerAddress with(Map<String, String> changes) {
    Set<String> known = settings().keySet();
    Set<String> unknown = new TreeSet<>(changes.keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown listener setting " + String.join(", ", unknown) + " (known: " + known + ")");
    }
    String nextHost = changes.containsKey(BIND) ? bind(changes.get(BIND)) : host;
    int nextPort = changes.containsKey(PORT) ? port(changes.get(PORT)) : port;
    String nextPath = changes.containsKey(PATH) ? path(changes.get(PATH)) : path;
    return new ListenerAddress(nextHost, nextPort, nextPath);
  }

  private static String bind(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("bind must be an IP address or host name, not blank");
    }
    String host = value.trim();
    try {
      InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("bind: unknown address " + host, e);
    }
    return host;
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value == null ? "" : value.trim());
      if (port >= 1 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below, with the value
    }
    throw new IllegalArgumentException("port must be a number from 1 to 65535, not " + value);
  }

  private static String path(String value) {
    if (value == null || !value.matches("/[A-Za-z0-9._~!$&'()*+,;=:@/-]*")) {
      throw new IllegalArgumentException(
          "path must start with / and hold only URL path characters, not " + value);
    }
    return value;
  }
}
