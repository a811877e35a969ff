// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/**
 * The resource the container enlists in a transacted delivery's transaction. It holds nothing
 * itself: it only learns whether the bean's transaction committed, so that the message is settled
 * with the broker after the commit, or offered again after a rollback.
 */
final class DeliveryOutcome implements XAResource {

  private volatile boolean committed;

  /** Before each delivery. */
  void reset() {
    committed = false;
  }

  boolean committed() {
    return committed;
  }

  @Override
  public void commit(Xid xid, boolean onePhase) {
    committed = true;
  }

  @Override
  public void rollback(Xid xid) {
    committed = false;
  }

  @Override
  public int prepare(Xid xid) {
    return XA_OK;
  }

  @Override
  public void start(Xid xid, int flags) {
    // nothing to associate: the message is settled after commit, outside the transaction
  }

  @Override
  public void end(Xid xid, int flags) {
    // see start
  }

  @Override
  public void forget(Xid xid) {
    // nothing is kept per transaction
  }

  @Override
  public Xid[] recover(int flag) {
    // Nothing to recover: an unsettled message is redelivered by the broker instead.
    return new Xid[0];
  }

  @Override
  public boolean isSameRM(XAResource other) throws XAException {
    return other == this;
  }

  @Override
  public int getTransactionTimeout() {
    return 0;
  }

  @Override
  public boolean setTransactionTimeout(int seconds) {
    return false;
  }
}
