// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.protocol.packet.MqttPacket;

/**
 * One client connection as the broker's sends and closes reach it: a socket's channel, or an
 * application's in-process connection.
 */
public interface ClientLink {

  ConnectionId id();

  /** Queues a packet for the client; never blocks. */
  void send(MqttPacket packet);

  /** Closes the connection once the packets queued before are delivered. */
  void close(String reason);

  boolean isOpen();
}
