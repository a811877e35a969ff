// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store.jpa;

import io.mqttee.broker.store.jpa.LogEntry.DurableAction;
import java.util.ArrayList;
import java.util.List;

/** What the writer commits in one transaction, and the actions waiting for that commit. */
record StoreBatch(List<StoreOperation> operations, List<DurableAction> actions) {

  static final StoreBatch EMPTY = new StoreBatch(List.of(), List.of());

  static StoreBatch of(List<LogEntry> entries) {
    List<StoreOperation> operations = new ArrayList<>(entries.size());
    List<DurableAction> actions = new ArrayList<>();
    for (LogEntry e : entries) {
      if (e instanceof StoreOperation op) {
        operations.add(op);
      } else if (e instanceof DurableAction d) {
        actions.add(d);
      }
    }
    return new StoreBatch(operations, actions);
  }
}
