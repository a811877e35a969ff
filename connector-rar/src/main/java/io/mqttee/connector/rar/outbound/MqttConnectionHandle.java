// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.outbound;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.ListenerControl;
import io.mqttee.connector.api.OutboundConnection;
import io.mqttee.connector.api.TrafficCounters;
import io.mqttee.connector.rar.transport.ClientChannels;
import io.mqttee.protocol.packet.MqttPacket;

/**
 * The application's handle on the adapter's client connections. Every call goes straight to the
 * adapter's registry, so a handle the broker keeps for a long time stays usable.
 */
public final class MqttConnectionHandle implements OutboundConnection {

  private final ClientChannels clients;
  private final ListenerControl listeners;
  private volatile MqttManagedConnection owner;

  MqttConnectionHandle(
      ClientChannels clients, ListenerControl listeners, MqttManagedConnection owner) {
    this.clients = clients;
    this.listeners = listeners;
    this.owner = owner;
  }

  @Override
  public void send(ConnectionId connection, MqttPacket packet) {
    clients.send(connection, packet);
  }

  @Override
  public void close(ConnectionId connection, String reason) {
    clients.close(connection, reason);
  }

  @Override
  public boolean isOpen(ConnectionId connection) {
    return clients.isOpen(connection);
  }

  @Override
  public TrafficCounters traffic() {
    return clients.traffic();
  }

  @Override
  public ListenerControl listeners() {
    return listeners;
  }

  @Override
  public void close() {
    MqttManagedConnection current = owner;
    owner = null;
    if (current != null) {
      current.handleClosed(this);
    }
  }

  void reassign(MqttManagedConnection newOwner) {
    owner = newOwner;
  }

  void detach() {
    owner = null;
  }
}
