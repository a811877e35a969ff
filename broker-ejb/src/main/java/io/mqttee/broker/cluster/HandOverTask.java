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
  private String taker;

  /** For the grid's deserialization. */
  HandOverTask() {}

  /**
   * @param taker the id of the claiming node, which messages for the session are relayed to for a
   *     while; null when its CONNECT starts clean
   */
  HandOverTask(String clientId, long claim, String taker) {
    this.clientId = clientId;
    this.claim = claim;
    this.taker = taker;
  }

  @Override
  public SessionTransfer call() {
    try {
      return new SessionTransfer(
          served(KEY, SessionHandOver.class).release(clientId, claim, taker), false);
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
    out.writeString(taker);
  }

  @Override
  public void readData(ObjectDataInput in) throws IOException {
    clientId = in.readString();
    claim = in.readLong();
    taker = in.readString();
  }
}
