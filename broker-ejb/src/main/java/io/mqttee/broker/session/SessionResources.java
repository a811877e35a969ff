// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.session;

import io.mqttee.broker.store.MessageStore;
import io.mqttee.broker.sys.BrokerMetrics;

/** What every session shares: the store, the metrics and the per-session limits. */
public record SessionResources(
    MessageStore store, BrokerMetrics metrics, int maxInflightMessages, int maxQueuedMessages) {}
