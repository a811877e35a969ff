// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.outbound;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.DatagramSender;
import io.mqttee.connector.api.ListenerControl;
import io.mqttee.connector.api.Lwm2mServer;
import io.mqttee.connector.api.OutboundConnection;
import io.mqttee.connector.api.TrafficCounters;
import io.mqttee.connector.rar.datagram.DatagramListeners;
import io.mqttee.connector.rar.lwm2m.Lwm2mServers;
import io.mqttee.connector.rar.transport.ClientChannels;
import io.mqttee.protocol.packet.MqttPacket;

/**
 * The application's handle on the adapter's client connections. Every call goes straight to the
 * adapter's registry, so a handle the broker keeps for a long time stays usable.
 */
public final class MqttConnectionHandle implements OutboundConnection {

  private final ClientChannels clients;
  private final ListenerControl listeners;
  private final DatagramListeners datagrams;
  private final Lwm2mServers lwm2m;
  private volatile MqttManagedConnection owner;

  MqttConnectionHandle(AdapterRegistries registries, MqttManagedConnection owner) {
    this.clients = registries.clients();
    this.listeners = registries.listeners();
    this.datagrams = registries.datagrams();
    this.lwm2m = registries.lwm2m();
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
    return clients.traffic().plus(datagrams.traffic());
  }

  @Override
  public ListenerControl listeners() {
    return listeners;
  }

  @Override
  public Lwm2mServer lwm2m() {
    return lwm2m;
  }

  @Override
  public DatagramSender datagrams() {
    return datagrams;
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
