// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.inbound;

import io.mqttee.broker.assembly.Broker;
import io.mqttee.broker.connection.ClientWriter;
import io.mqttee.broker.session.SessionService;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.connector.api.MqttInboundListener;
import io.mqttee.protocol.codec.DecodeFailure;
import io.mqttee.protocol.packet.MqttPacket;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Receives the resource adapter's calls, one instance per worker lane, and hands them to the
 * session service. No transaction on the packet path: the store commits on its own thread.
 */
@MessageDriven(name = "MqttInboundMdb", messageListenerInterface = MqttInboundListener.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MqttInboundMdb implements MqttInboundListener {
  @Inject Broker broker;

  private SessionService sessions;
  private ClientWriter writer;

  @PostConstruct
  void init() {
    sessions = broker.sessions();
    writer = broker.adapterWriter();
  }

  @Override
  public void onOpen(ConnectionId connection, ConnectionInfo info) {
    sessions.opened(connection, info, writer);
  }

  @Override
  public void onPackets(ConnectionId connection, List<MqttPacket> packets) {
    sessions.received(connection, packets);
  }

  @Override
  public void onMalformed(ConnectionId connection, DecodeFailure failure) {
    sessions.malformed(connection, failure);
  }

  @Override
  public void onClosed(ConnectionId connection, boolean closedByBroker) {
    sessions.closed(connection);
  }
}
