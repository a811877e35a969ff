// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.store.MessageStore;
import io.mqttee.broker.sys.BrokerMetrics;
import java.util.function.LongSupplier;

/** What every session shares: the store, the metrics, the per-session limits and the clock. */
public record SessionResources(
    MessageStore store,
    BrokerMetrics metrics,
    int maxInflightMessages,
    int maxQueuedMessages,
    LongSupplier clock) {

  /** With the system clock. */
  public SessionResources(
      MessageStore store, BrokerMetrics metrics, int maxInflightMessages, int maxQueuedMessages) {
    this(store, metrics, maxInflightMessages, maxQueuedMessages, System::currentTimeMillis);
  }
}
