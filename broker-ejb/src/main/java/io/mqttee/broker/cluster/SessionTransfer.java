// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.store.StoreSnapshot.SessionState;
import io.mqttee.broker.store.StoredMessage;
import io.mqttee.broker.store.StoredSession;
import io.mqttee.broker.store.StoredSubscription;
import io.mqttee.grid.hazelcast.nio.ObjectDataInput;
import io.mqttee.grid.hazelcast.nio.ObjectDataOutput;
import io.mqttee.grid.hazelcast.nio.serialization.IdentifiedDataSerializable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A persistent session one node gave up, on its way to the node that took it over; or none. */
final class SessionTransfer implements IdentifiedDataSerializable {
  private SessionState state;
  private boolean superseded;

  /** For the grid's deserialization. */
  SessionTransfer() {}

  /**
   * @param superseded the giving node's own claim of the client id is newer: it gave nothing up
   */
  SessionTransfer(SessionState state, boolean superseded) {
    this.state = state;
    this.superseded = superseded;
  }

  boolean superseded() {
    return superseded;
  }

  /** The session, null when the node held none to hand over. */
  SessionState state() {
    return state;
  }

  @Override
  public int getFactoryId() {
    return ClusterSerialization.FACTORY_ID;
  }

  @Override
  public int getClassId() {
    return ClusterSerialization.SESSION_TRANSFER;
  }

  @Override
  public void writeData(ObjectDataOutput out) throws IOException {
    out.writeBoolean(superseded);
    out.writeBoolean(state != null);
    if (state == null) {
      return;
    }
    StoredSession session = state.session();
    out.writeString(session.clientId());
    out.writeInt(session.protocolLevel());
    out.writeLong(session.expiryIntervalSeconds());
    out.writeLong(session.disconnectedAtMillis());
    out.writeInt(state.subscriptions().size());
    for (StoredSubscription s : state.subscriptions()) {
      out.writeString(s.topicFilter());
      out.writeString(s.shareGroup());
      out.writeInt(s.maxQos());
      out.writeBoolean(s.noLocal());
      out.writeBoolean(s.retainAsPublished());
      out.writeInt(s.retainHandling());
      out.writeInt(s.identifier());
    }
    out.writeInt(state.messages().size());
    for (StoredMessage m : state.messages()) {
      out.writeLong(m.sequence());
      PublishWire.write(out, m.message());
      out.writeInt(m.packetId());
      out.writeBoolean(m.received());
    }
    out.writeInt(state.awaitingRelease().size());
    for (int packetId : state.awaitingRelease()) {
      out.writeInt(packetId);
    }
  }

  @Override
  public void readData(ObjectDataInput in) throws IOException {
    superseded = in.readBoolean();
    if (!in.readBoolean()) {
      state = null;
      return;
    }
    StoredSession session =
        new StoredSession(in.readString(), in.readInt(), in.readLong(), in.readLong());
    int count = in.readInt();
    List<StoredSubscription> subscriptions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      subscriptions.add(
          new StoredSubscription(
              in.readString(),
              in.readString(),
              in.readInt(),
              in.readBoolean(),
              in.readBoolean(),
              in.readInt(),
              in.readInt()));
    }
    count = in.readInt();
    List<StoredMessage> messages = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      messages.add(
          new StoredMessage(in.readLong(), PublishWire.read(in), in.readInt(), in.readBoolean()));
    }
    count = in.readInt();
    List<Integer> awaitingRelease = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      awaitingRelease.add(in.readInt());
    }
    state = new SessionState(session, subscriptions, messages, awaitingRelease);
  }
}
