// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.connection.ClientWriter;
import io.mqttee.connector.api.ConnectionId;
import io.mqttee.protocol.packet.MqttPacket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Records what the broker writes to each connection and which connections it closes. */
final class RecordingWriter implements ClientWriter {
  private final Map<ConnectionId, List<MqttPacket>> sent = new HashMap<>();
  private final Map<ConnectionId, String> closed = new HashMap<>();

  @Override
  public synchronized void send(ConnectionId connection, MqttPacket packet) {
    sent.computeIfAbsent(connection, c -> new ArrayList<>()).add(packet);
  }

  @Override
  public synchronized void close(ConnectionId connection, String reason) {
    closed.putIfAbsent(connection, reason);
  }

  /** What was sent to the connection since the last call, in order. */
  synchronized List<MqttPacket> take(ConnectionId connection) {
    List<MqttPacket> packets = sent.remove(connection);
    return packets == null ? List.of() : packets;
  }

  synchronized boolean isClosed(ConnectionId connection) {
    return closed.containsKey(connection);
  }
}
