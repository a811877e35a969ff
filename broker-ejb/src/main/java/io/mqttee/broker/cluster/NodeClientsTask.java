// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.admin.ClientAdmin;
import io.mqttee.broker.admin.ClientQuery;
import io.mqttee.broker.admin.NotFoundException;
import io.mqttee.broker.admin.Page;
import io.mqttee.broker.admin.PageRequest;
import io.mqttee.grid.hazelcast.nio.ObjectDataInput;
import io.mqttee.grid.hazelcast.nio.ObjectDataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Asks one node, for the administration, for the first clients of a listing, for one client, or to
 * kick one; answered from that node's own sessions.
 */
final class NodeClientsTask extends NodeTask<NodeClients> {
  static final String KEY = "mqttee.client-admin";

  private static final byte LIST = 0;
  private static final byte FIND = 1;
  private static final byte KICK = 2;

  private byte operation;
  private ClientQuery query = ClientQuery.ALL;
  private int limit;
  private String clientId = "";

  /** For the grid's deserialization. */
  NodeClientsTask() {}

  private NodeClientsTask(byte operation, ClientQuery query, int limit, String clientId) {
    this.operation = operation;
    this.query = query;
    this.limit = limit;
    this.clientId = clientId;
  }

  static NodeClientsTask list(ClientQuery query, int limit) {
    return new NodeClientsTask(LIST, query, limit, "");
  }

  static NodeClientsTask find(String clientId) {
    return new NodeClientsTask(FIND, ClientQuery.ALL, 0, clientId);
  }

  static NodeClientsTask kick(String clientId) {
    return new NodeClientsTask(KICK, ClientQuery.ALL, 0, clientId);
  }

  /** Runs the request against {@code clients}, this node's own administration. */
  NodeClients answer(ClientAdmin clients) {
    switch (operation) {
      case LIST -> {
        Page<io.mqttee.broker.admin.ClientView> first =
            clients.clients(query, new PageRequest(1, limit));
        return new NodeClients(first.items(), first.total(), false);
      }
      case FIND -> {
        return new NodeClients(clients.client(clientId).map(List::of).orElse(List.of()), 0, false);
      }
      default -> {
        try {
          clients.kick(clientId);
          return new NodeClients(List.of(), 0, true);
        } catch (NotFoundException notConnectedHere) {
          return new NodeClients(List.of(), 0, false);
        }
      }
    }
  }

  @Override
  public NodeClients call() {
    return answer(served(KEY, ClientAdmin.class));
  }

  @Override
  public int getClassId() {
    return ClusterSerialization.NODE_CLIENTS_TASK;
  }

  @Override
  public void writeData(ObjectDataOutput out) throws IOException {
    out.writeByte(operation);
    ClientWire.write(out, query);
    out.writeInt(limit);
    out.writeString(clientId);
  }

  @Override
  public void readData(ObjectDataInput in) throws IOException {
    operation = in.readByte();
    query = ClientWire.readQuery(in);
    limit = in.readInt();
    clientId = in.readString();
  }
}
