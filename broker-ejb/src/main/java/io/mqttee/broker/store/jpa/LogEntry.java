// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

/** One entry of the write-behind log: a write, or an action waiting for the writes before it. */
public sealed interface LogEntry permits StoreOperation, LogEntry.DurableAction {

  /** An action to run once every operation appended before it is committed. */
  record DurableAction(Runnable action) implements LogEntry {}
}
