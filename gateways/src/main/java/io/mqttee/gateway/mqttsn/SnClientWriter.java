// SPDX-License-Identifier: Apache-2.0
package io.mqttee.gateway.mqttsn;

import io.mqttee.broker.connection.ClientWriter;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.protocol.packet.MqttPacket;
import java.net.InetSocketAddress;

/**
 * Where the broker writes to one MQTT-SN client's connection. Called from any broker thread: each
 * call moves to the client's lane before it touches the client, so packets keep their order and the
 * client needs no lock.
 */
final class SnClientWriter implements ClientWriter {

  private final MqttSnDispatcher dispatcher;
  private final InetSocketAddress peer;

  SnClientWriter(MqttSnDispatcher dispatcher, InetSocketAddress peer) {
    this.dispatcher = dispatcher;
    this.peer = peer;
  }

  @Override
  public void send(ConnectionId connection, MqttPacket packet) {
    dispatcher.fromBroker(peer, connection, packet);
  }

  @Override
  public void close(ConnectionId connection, String reason) {
    dispatcher.closedByBroker(peer, connection, reason);
  }
}
