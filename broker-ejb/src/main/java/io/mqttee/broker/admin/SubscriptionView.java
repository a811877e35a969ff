// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/**
 * One subscription.
 *
 * @param topicFilter as the client sent it, with the {@code $share/group/} prefix if any
 * @param identifier the MQTT 5 subscription identifier, 0 if none
 */
public record SubscriptionView(
    String clientId,
    String topicFilter,
    int qos,
    boolean noLocal,
    boolean retainAsPublished,
    int retainHandling,
    int identifier) {}
