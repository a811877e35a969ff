// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.admin.ClientQuery;
import io.mqttee.broker.admin.ClientView;
import io.mqttee.grid.hazelcast.nio.ObjectDataInput;
import io.mqttee.grid.hazelcast.nio.ObjectDataOutput;
import java.io.IOException;

/** Clients and client queries as nodes send them to each other for the administration. */
final class ClientWire {
  private ClientWire() {}

  static void write(ObjectDataOutput out, ClientView c) throws IOException {
    out.writeString(c.clientId());
    out.writeString(c.username());
    out.writeString(c.ipAddress());
    out.writeInt(c.port());
    out.writeString(c.protocol());
    out.writeInt(c.protocolVersion());
    out.writeString(c.transport());
    out.writeBoolean(c.connected());
    out.writeLong(c.connectedAtMillis());
    out.writeLong(c.disconnectedAtMillis());
    out.writeInt(c.keepAliveSeconds());
    out.writeBoolean(c.persistent());
    out.writeLong(c.expirySeconds());
    out.writeInt(c.subscriptions());
    out.writeInt(c.inflight());
    out.writeInt(c.queued());
    out.writeString(c.node());
  }

  static ClientView readClient(ObjectDataInput in) throws IOException {
    return new ClientView(
        in.readString(),
        in.readString(),
        in.readString(),
        in.readInt(),
        in.readString(),
        in.readInt(),
        in.readString(),
        in.readBoolean(),
        in.readLong(),
        in.readLong(),
        in.readInt(),
        in.readBoolean(),
        in.readLong(),
        in.readInt(),
        in.readInt(),
        in.readInt(),
        in.readString());
  }

  static void write(ObjectDataOutput out, ClientQuery q) throws IOException {
    out.writeString(q.clientIdContains());
    out.writeString(q.username());
    out.writeString(q.ipAddress());
    out.writeString(q.protocol());
    out.writeByte(q.connected() == null ? -1 : q.connected() ? 1 : 0);
  }

  static ClientQuery readQuery(ObjectDataInput in) throws IOException {
    String clientIdContains = in.readString();
    String username = in.readString();
    String ipAddress = in.readString();
    String protocol = in.readString();
    byte connected = in.readByte();
    return new ClientQuery(
        clientIdContains, username, ipAddress, protocol, connected < 0 ? null : connected == 1);
  }
}
