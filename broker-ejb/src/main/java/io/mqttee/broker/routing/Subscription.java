// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.routing;

import io.mqttee.protocol.packet.QoS;

/**
 * One session's subscription to a topic filter. {@code shareGroup} is null for ordinary
 * subscriptions and the group name of {@code $share/{group}/{filter}}; {@code topicFilter} is then
 * the filter without the prefix. {@code identifier} is the MQTT 5 subscription identifier, 0 if
 * none.
 */
public record Subscription(
    String clientId,
    String topicFilter,
    String shareGroup,
    QoS maxQos,
    boolean noLocal,
    boolean retainAsPublished,
    int retainHandling,
    int identifier) {

  public Subscription(String clientId, String topicFilter, QoS maxQos) {
    this(clientId, topicFilter, null, maxQos, false, false, 0, 0);
  }
}
