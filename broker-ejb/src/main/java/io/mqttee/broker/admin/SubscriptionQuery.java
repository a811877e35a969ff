// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.admin;

/**
 * Filters of a subscription listing; a null field does not filter.
 *
 * @param clientId exact client id
 * @param topicFilter exact filter (with its {@code $share/group/} prefix, if any)
 * @param qos exact maximum QoS
 */
public record SubscriptionQuery(String clientId, String topicFilter, Integer qos) {

  public static final SubscriptionQuery ALL = new SubscriptionQuery(null, null, null);

  public boolean matches(SubscriptionView subscription) {
    return (clientId == null || clientId.equals(subscription.clientId()))
        && (topicFilter == null || topicFilter.equals(subscription.topicFilter()))
        && (qos == null || qos == subscription.qos());
  }
}
