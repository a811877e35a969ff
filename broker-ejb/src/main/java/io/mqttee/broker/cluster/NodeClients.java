// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.admin.ClientView;
import io.mqttee.grid.hazelcast.nio.ObjectDataInput;
import io.mqttee.grid.hazelcast.nio.ObjectDataOutput;
import io.mqttee.grid.hazelcast.nio.serialization.IdentifiedDataSerializable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One node's answer to the administration: the first clients of a listing, in client id order, and
 * how many matched there; or whether it kicked a client.
 */
final class NodeClients implements IdentifiedDataSerializable {
  private List<ClientView> clients;
  private long total;
  private boolean done;

  /** For the grid's deserialization. */
  NodeClients() {
    this(List.of(), 0, false);
  }

  NodeClients(List<ClientView> clients, long total, boolean done) {
    this.clients = clients;
    this.total = total;
    this.done = done;
  }

  List<ClientView> clients() {
    return clients;
  }

  long total() {
    return total;
  }

  /** For a kick: the client was connected there and is disconnected now. */
  boolean done() {
    return done;
  }

  @Override
  public int getFactoryId() {
    return ClusterSerialization.FACTORY_ID;
  }

  @Override
  public int getClassId() {
    return ClusterSerialization.NODE_CLIENTS;
  }

  @Override
  public void writeData(ObjectDataOutput out) throws IOException {
    out.writeLong(total);
    out.writeBoolean(done);
    out.writeInt(clients.size());
    for (ClientView client : clients) {
      ClientWire.write(out, client);
    }
  }

  @Override
  public void readData(ObjectDataInput in) throws IOException {
    total = in.readLong();
    done = in.readBoolean();
    int count = in.readInt();
    List<ClientView> read = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      read.add(ClientWire.readClient(in));
    }
    clients = read;
  }
}
