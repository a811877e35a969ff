// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.connection;

import io.mqttee.connector.api.ConnectionId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The open client connections of every transport, by id. Thread-safe. */
public final class ConnectionRegistry {
  private final Map<ConnectionId, ClientConnection> connections = new ConcurrentHashMap<>();

  public void add(ClientConnection connection) {
    connections.put(connection.id(), connection);
  }

  /** The connection, or null when it is unknown or already closed. */
  public ClientConnection get(ConnectionId id) {
    return connections.get(id);
  }

  public ClientConnection remove(ConnectionId id) {
    return connections.remove(id);
  }

  public void forEach(Consumer<ClientConnection> action) {
    connections.values().forEach(action);
  }

  public int size() {
    return connections.size();
  }
}
