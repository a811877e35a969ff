// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.cluster;

import io.mqttee.broker.session.SessionHandOver;
import io.mqttee.grid.hazelcast.nio.ObjectDataInput;
import io.mqttee.grid.hazelcast.nio.ObjectDataOutput;
import java.io.IOException;

/**
 * Run on the node that held a client id, for the node whose claim took it: that node closes its
 * connection and answers with the session it gave up.
 */
final class HandOverTask extends NodeTask<SessionTransfer> {
  static final String KEY = "mqttee.session-hand-over";

  private String clientId;
  private long claim;

  /** For the grid's deserialization. */
  HandOverTask() {}

  HandOverTask(String clientId, long claim) {
    this.clientId = clientId;
    this.claim = claim;
  }

  @Override
  public SessionTransfer call() {
    try {
      return new SessionTransfer(
          served(KEY, SessionHandOver.class).release(clientId, claim), false);
    } catch (SessionHandOver.SupersededClaim newerHere) {
      return new SessionTransfer(null, true);
    }
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
