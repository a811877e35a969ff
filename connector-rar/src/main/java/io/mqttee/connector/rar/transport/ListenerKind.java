// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

/** The adapter's MQTT listeners: each a server socket of its own on the shared lanes. */
public enum ListenerKind {
  TCP("tcp", "mqtt-tcp", "MQTT TCP", 1883),
  TLS("tls", "mqtt-tls", "MQTT TLS", 8883),
  WS("ws", "mqtt-ws", "MQTT WebSocket", 8083),
  WSS("wss", "mqtt-wss", "MQTT secure WebSocket", 8084);

  private final String listenerName;
  private final String type;
  private final String label;
  private final int standardPort;

  ListenerKind(String listenerName, String type, String label, int standardPort) {
    this.listenerName = listenerName;
    this.type = type;
    this.label = label;
    this.standardPort = standardPort;
  }

  /** What administrators call the listener. */
  public String listenerName() {
    return listenerName;
  }

  /** What the listener speaks. */
  public String type() {
    return type;
  }

  /** How logs call the listener. */
  String label() {
    return label;
  }

  /** The port a listener disabled in the configuration binds when an administrator starts it. */
  public int standardPort() {
    return standardPort;
  }

  /** Whether the listener needs the TLS key. */
  public boolean secure() {
    return this == TLS || this == WSS;
  }

  /** Whether MQTT travels in WebSocket frames, behind an HTTP upgrade at a path. */
  public boolean webSocket() {
    return this == WS || this == WSS;
  }
}
