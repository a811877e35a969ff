// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.store;

/** A subscription of a persistent session as stored; see the routing Subscription. */
public record StoredSubscription(
    String topicFilter,
    String shareGroup,
    int maxQos,
    boolean noLocal,
    boolean retainAsPublished,
    int retainHandling,
    int identifier) {}
