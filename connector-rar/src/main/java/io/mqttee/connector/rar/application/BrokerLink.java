// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.connector.rar.transport.ClientChannels;
import io.mqttee.connector.rar.transport.ClientLink;
import io.mqttee.connector.rar.transport.Lane;
import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.Disconnect;
import io.mqttee.protocol.packet.MqttPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An application's connection to the broker, without a socket: it is registered with the adapter's
 * connections like a socket's, so the broker's sends reach its {@link Peer}, and its own packets go
 * to the broker's endpoint on its lane's thread, in order. The transport is {@value #TRANSPORT}:
 * the broker trusts the user name in its CONNECT, which only the adapter can send.
 */
final class BrokerLink implements ClientLink {

  static final String TRANSPORT = "application";

  private static final ConnectionInfo INFO =
      new ConnectionInfo(
          TRANSPORT, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), null);

  /** The application's side: what the broker sent, and the end of the connection. */
  interface Peer {

    /** A packet from the broker; called on a broker thread, must not block. */
    void received(BrokerLink link, MqttPacket packet);

    /** The connection ended without the application asking: the broker closed it or stopped. */
    void lost(BrokerLink link, String reason);
  }

  private final ConnectionId id = ConnectionId.next();
  private final Lane lane;
  private final ClientChannels connections;
  private final Peer peer;
  private final AtomicBoolean open = new AtomicBoolean(true);

  private BrokerLink(Lane lane, ClientChannels connections, Peer peer) {
    this.lane = lane;
    this.connections = connections;
    this.peer = peer;
  }

  /**
   * Opens a connection and sends its CONNECT; the CONNACK comes to the peer.
   *
   * @return null when the lane has shut down
   */
  static BrokerLink open(Lane lane, ClientChannels connections, Connect connect, Peer peer) {
    BrokerLink link = new BrokerLink(lane, connections, peer);
    connections.register(link);
    boolean called =
        lane.call(
            broker -> {
              broker.onOpen(link.id, INFO);
              broker.onPackets(link.id, List.of(connect));
            });
    if (!called) {
      link.open.set(false);
      connections.unregister(link.id);
      return null;
    }
    return link;
  }

  @Override
  public ConnectionId id() {
    return id;
  }

  /** Sends packets to the broker, in order, as one read; dropped once the link is closed. */
  void submit(List<MqttPacket> packets) {
    if (open.get()) {
      lane.call(broker -> broker.onPackets(id, packets));
    }
  }

  void submit(MqttPacket packet) {
    submit(List.of(packet));
  }

  @Override
  public void send(MqttPacket packet) {
    if (open.get()) {
      peer.received(this, packet);
    }
  }

  /** The broker closes the connection. */
  @Override
  public void close(String reason) {
    if (end(true)) {
      peer.lost(this, reason == null ? "closed by the broker" : reason);
    }
  }

  @Override
  public boolean isOpen() {
    return open.get();
  }

  /** The application ends the connection normally: DISCONNECT, so no will and no loss. */
  void disconnect() {
    if (open.get()) {
      lane.call(broker -> broker.onPackets(id, List.of(Disconnect.NORMAL)));
    }
    end(false);
  }

  /** The broker's lanes are stopping: the connection ends where it stands. */
  void abandon(String reason) {
    if (end(false)) {
      peer.lost(this, reason);
    }
  }

  private boolean end(boolean byBroker) {
    if (!open.compareAndSet(true, false)) {
      return false;
    }
    connections.unregister(id);
    lane.call(broker -> broker.onClosed(id, byBroker));
    return true;
  }

  @Override
  public String toString() {
    return TRANSPORT + " " + id;
  }
}
