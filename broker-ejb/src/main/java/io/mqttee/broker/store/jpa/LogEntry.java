// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

/** One entry of the write-behind log: a write, or an action waiting for the writes before it. */
public sealed interface LogEntry permits StoreOperation, LogEntry.DurableAction {

  /**
   * What to do once every operation appended before it is committed and on disk, and what to do
   * instead if that commit failed.
   *
   * @param number counts the actions appended to the log, from 1
   */
  record DurableAction(Runnable onDurable, Runnable onFailed, long number) implements LogEntry {

    public DurableAction(Runnable onDurable, Runnable onFailed) {
      this(onDurable, onFailed, 0);
    }
  }
}
