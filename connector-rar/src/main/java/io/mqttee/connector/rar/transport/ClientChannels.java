// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.TrafficCounters;
import io.mqttee.connector.api.TrafficMeter;
import io.mqttee.protocol.packet.MqttPacket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open client connections by id (sockets' and applications'): where the broker's sends and
 * closes find their channel. One per resource adapter, shared by every transport and every outbound
 * handle.
 */
public final class ClientChannels {

  private final Map<Long, ClientLink> open = new ConcurrentHashMap<>();
  private final TrafficMeter meter = new TrafficMeter();

  /** Queues a packet for the connection; dropped when the connection is gone. */
  public void send(ConnectionId connection, MqttPacket packet) {
    ClientLink client = open.get(connection.value());
    if (client != null) {
      client.send(packet);
    }
  }

  /** Closes the connection once the packets queued before are written. */
  public void close(ConnectionId connection, String reason) {
    ClientLink client = open.get(connection.value());
    if (client != null) {
      client.close(reason);
    }
  }

  public boolean isOpen(ConnectionId connection) {
    ClientLink client = open.get(connection.value());
    return client != null && client.isOpen();
  }

  public TrafficCounters traffic() {
    return meter.snapshot();
  }

  /** The number of client connections the transports hold. */
  public int size() {
    return open.size();
  }

  TrafficMeter meter() {
    return meter;
  }

  /** Makes the connection reachable by its id until {@link #unregister}. */
  public void register(ClientLink client) {
    open.put(client.id().value(), client);
  }

  public void unregister(ConnectionId connection) {
    open.remove(connection.value());
  }
}
