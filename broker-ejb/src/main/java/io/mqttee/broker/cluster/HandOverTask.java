// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.session.SessionHandOver;
import io.mqttee.grid.hazelcast.core.HazelcastInstance;
import io.mqttee.grid.hazelcast.core.HazelcastInstanceAware;
import io.mqttee.grid.hazelcast.nio.ObjectDataInput;
import io.mqttee.grid.hazelcast.nio.ObjectDataOutput;
import io.mqttee.grid.hazelcast.nio.serialization.IdentifiedDataSerializable;
import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * Run on the node that held a client id, for the node whose claim took it: that node closes its
 * connection and answers with the session it gave up.
 */
final class HandOverTask
    implements Callable<SessionTransfer>, IdentifiedDataSerializable, HazelcastInstanceAware {
  static final String KEY = "mqttee.session-hand-over";

  private String clientId;
  private long claim;
  private transient HazelcastInstance grid;

  /** For the grid's deserialization. */
  HandOverTask() {}

  HandOverTask(String clientId, long claim) {
    this.clientId = clientId;
    this.claim = claim;
  }

  @Override
  public SessionTransfer call() {
    SessionHandOver handOver = (SessionHandOver) grid.getUserContext().get(KEY);
    if (handOver == null) {
      throw new IllegalStateException("this node's broker is not started yet");
    }
    return new SessionTransfer(handOver.release(clientId, claim));
  }

  @Override
  public void setHazelcastInstance(HazelcastInstance instance) {
    this.grid = instance;
  }

  @Override
  public int getFactoryId() {
    return ClusterSerialization.FACTORY_ID;
  }

  @Override
  public int getClassId() {
    return ClusterSerialization.HAND_OVER;
  }

  @Override
  public void writeData(ObjectDataOutput out) throws IOException {
    out.writeString(clientId);
    out.writeLong(claim);
  }

  @Override
  public void readData(ObjectDataInput in) throws IOException {
    clientId = in.readString();
    claim = in.readLong();
  }
}
