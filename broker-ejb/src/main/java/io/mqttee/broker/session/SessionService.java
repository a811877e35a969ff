// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.ClientConnection;
import io.mqttee.broker.connection.ClientWriter;
import io.mqttee.broker.connection.ConnectionRegistry;
import io.mqttee.broker.store.StoreSnapshot;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.protocol.codec.DecodeFailure;
import io.mqttee.protocol.packet.ConnAck;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.ReasonCodes;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The broker's entry point for every transport: the resource adapter's message-driven bean, the
 * WebSocket endpoint and the gateways call it. Calls for one connection come serially, in order.
 */
public final class SessionService {
  private static final Logger LOG = System.getLogger(SessionService.class.getName());

  private final ConnectionRegistry connections;
  private final SessionRegistry sessions;
  private final PacketDispatcher dispatcher;
  private final ConnectionCloser closer;
  private final LongSupplier clock;

  public SessionService(
      ConnectionRegistry connections,
      SessionRegistry sessions,
      PacketDispatcher dispatcher,
      ConnectionCloser closer,
      LongSupplier clock) {
    this.connections = connections;
    this.sessions = sessions;
    this.dispatcher = dispatcher;
    this.closer = closer;
    this.clock = clock;
  }

  /** A transport accepted a connection; no packet has been read yet. */
  public void opened(ConnectionId id, ConnectionInfo info, ClientWriter writer) {
    connections.add(new ClientConnection(id, info, writer, clock.getAsLong()));
  }

  /** The packets of one read, in order. */
  public void received(ConnectionId id, List<MqttPacket> packets) {
    ClientConnection connection = connections.get(id);
    if (connection == null) {
      return;
    }
    connection.touch(clock.getAsLong()); // MQTT-3.1.2-23: any packet counts as activity
    for (MqttPacket packet : packets) {
      if (connection.isClosing()) {
        return; // nothing after the broker decided to close is processed (MQTT-4.8.0-1)
      }
      try {
        dispatcher.dispatch(connection, packet);
      } catch (RuntimeException e) {
        // a failure here must not reach the transport's thread (an MDB would lose its instance)
        LOG.log(Level.ERROR, "failed to handle " + packet.type() + " of " + connection, e);
        closer.abort(connection, ReasonCodes.IMPLEMENTATION_SPECIFIC_ERROR, "internal error", "-");
        return;
      }
    }
  }

  /** The bytes after the last packet are not MQTT: answer if the protocol asks for it, close. */
  public void malformed(ConnectionId id, DecodeFailure failure) {
    ClientConnection connection = connections.get(id);
    if (connection == null) {
      return;
    }
    if (failure.reasonCode() == ReasonCodes.UNSUPPORTED_PROTOCOL_VERSION
        && connection.session() == null
        && !connection.isClosing()) {
      // MQTT-3.1.2-2: CONNACK 0x01 (unacceptable protocol level), then close
      connection.send(
          new ConnAck(false, ReasonCodes.V3_UNACCEPTABLE_PROTOCOL_VERSION, MqttProperties.EMPTY));
    }
    closer.abort(connection, failure.reasonCode(), failure.reason(), failure.specStatement());
  }

  /** The transport closed the connection, whoever started it; called once, last. */
  public void closed(ConnectionId id) {
    ClientConnection connection = connections.remove(id);
    if (connection == null) {
      return;
    }
    try {
      closer.ended(connection);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "failed to end the session of " + connection, e);
    }
  }

  /** Rebuilds the offline persistent sessions; call once at start-up before clients connect. */
  public void restore(StoreSnapshot snapshot) {
    snapshot.sessions().forEach(sessions::restore);
  }

  public ConnectionRegistry connections() {
    return connections;
  }

  public SessionRegistry sessions() {
    return sessions;
  }
}
