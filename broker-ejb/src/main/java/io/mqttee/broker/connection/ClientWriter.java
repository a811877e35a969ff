// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.connection;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.protocol.packet.MqttPacket;

/**
 * How packets reach the clients of one transport: the resource adapter's outbound connection for
 * TCP and TLS, the WebSocket endpoint for WebSocket, a gateway for MQTT-SN. Non-blocking and
 * thread-safe; packets to one connection are written in call order.
 */
public interface ClientWriter {

  void send(ConnectionId connection, MqttPacket packet);

  /** Closes the connection after what was already sent; the transport then reports it closed. */
  void close(ConnectionId connection, String reason);
}
