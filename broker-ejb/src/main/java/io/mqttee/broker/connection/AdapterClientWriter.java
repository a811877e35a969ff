// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.connection;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.OutboundConnection;
import io.mqttee.protocol.packet.MqttPacket;

/** Writes to the TCP and TLS clients through the resource adapter's outbound connection. */
public final class AdapterClientWriter implements ClientWriter {
  private final OutboundConnection outbound;

  public AdapterClientWriter(OutboundConnection outbound) {
    this.outbound = outbound;
  }

  @Override
  public void send(ConnectionId connection, MqttPacket packet) {
    outbound.send(connection, packet);
  }

  @Override
  public void close(ConnectionId connection, String reason) {
    outbound.close(connection, reason);
  }
}
