// SPDX-License-Identifier: Apache-2.0
package io.mqttee.protocol.packet;

/**
 * One topic filter of a SUBSCRIBE with its options. For MQTT 3.1.1 only {@code maxQos} is sent; the
 * other options take their MQTT 5 defaults (false, false, 0).
 */
public record TopicSubscription(
    String topicFilter,
    QoS maxQos,
    boolean noLocal,
    boolean retainAsPublished,
    int retainHandling) {

  public TopicSubscription(String topicFilter, QoS maxQos) {
    this(topicFilter, maxQos, false, false, 0);
  }
}
