// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

import java.util.Map;

/**
 * A listener and its settings.
 *
 * @param name for example "tcp", "tls", "ws", "wss"
 * @param type "mqtt-tcp", "mqtt-tls", "mqtt-ws", "mqtt-wss", "mqtt-sn-udp", "lwm2m-coap", ...
 * @param connections open connections on it
 * @param settings its current settings, by name
 */
public record ListenerView(
    String name,
    String type,
    String bind,
    int port,
    boolean running,
    int connections,
    Map<String, String> settings) {}
