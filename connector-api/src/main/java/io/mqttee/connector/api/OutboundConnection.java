// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.api;

import io.mqttee.protocol.packet.MqttPacket;

/**
 * A handle on the adapter's client connections. Thread-safe; sends never block: packets are queued
 * per client connection and flushed by the connection's I/O thread in the order sent.
 */
public interface OutboundConnection extends AutoCloseable {

  /** Queues a packet; silently dropped when the connection is already gone. */
  void send(ConnectionId connection, MqttPacket packet);

  /** Closes the client connection after the packets already queued for it are written. */
  void close(ConnectionId connection, String reason);

  /** Whether the transport still holds this client connection. */
  boolean isOpen(ConnectionId connection);

  /**
   * What the adapter's listeners have carried so far, for \$SYS and metrics; a datagram counts as
   * one packet.
   */
  TrafficCounters traffic();

  /** The adapter's listeners, to start, stop and reconfigure at runtime. */
  ListenerControl listeners();

  /** The adapter's datagram listeners (MQTT-SN over UDP), to send through. */
  DatagramSender datagrams();

  /** The adapter's LWM2M server, to send requests to devices through. */
  Lwm2mServer lwm2m();

  /** Releases this handle; the client connections stay open. */
  @Override
  void close();
}
