// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import io.mqttee.connector.rar.inbound.AdapterActivationSpec;
import io.mqttee.protocol.topic.TopicFilters;
import jakarta.resource.spi.InvalidPropertyException;

/**
 * The activation properties of an application's message-driven bean ({@code
 * io.mqttee.api.MqttMessageListener}); the README's table documents them.
 */
public class ApplicationActivationSpec extends AdapterActivationSpec {

  static final String TOPIC_PLACEHOLDER = "{topic}";

  private String topicFilter;
  private Integer qos = 1;
  private String clientId;
  private Integer maxRedeliveries = 5;
  private String deadLetterTopic = "dead-letter/" + TOPIC_PLACEHOLDER;
  private String username;
  private Integer maxInFlight = 10;

  @Override
  public void validate() throws InvalidPropertyException {
    if (topicFilter == null || !TopicFilters.isValid(topicFilter)) {
      throw new InvalidPropertyException(
          "topicFilter is not a valid MQTT topic filter: " + topicFilter);
    }
    if (qos == null || qos < 0 || qos > 2) {
      throw new InvalidPropertyException("qos must be 0, 1 or 2, not " + qos);
    }
    if (maxRedeliveries == null || maxRedeliveries < 0) {
      throw new InvalidPropertyException("maxRedeliveries must be 0 or more: " + maxRedeliveries);
    }
    if (maxInFlight == null || maxInFlight < 1 || maxInFlight > 65_535) {
      throw new InvalidPropertyException("maxInFlight must be 1 to 65535: " + maxInFlight);
    }
    if (clientId != null && clientId.isBlank()) {
      clientId = null;
    }
  }

  /** The persistent session's client id, or null for a subscription that ends with the bean. */
  String persistentClientId() {
    return clientId;
  }

  /** Where a message goes after its last failed delivery, or null to drop it (logged). */
  String deadLetterTopicFor(String topic) {
    if (deadLetterTopic == null || deadLetterTopic.isBlank()) {
      return null;
    }
    return deadLetterTopic.replace(TOPIC_PLACEHOLDER, topic);
  }

  public String getTopicFilter() {
    return topicFilter;
  }

  public void setTopicFilter(String topicFilter) {
    this.topicFilter = topicFilter;
  }

  public Integer getQos() {
    return qos;
  }

  public void setQos(Integer qos) {
    this.qos = qos;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public Integer getMaxRedeliveries() {
    return maxRedeliveries;
  }

  public void setMaxRedeliveries(Integer maxRedeliveries) {
    this.maxRedeliveries = maxRedeliveries;
  }

  public String getDeadLetterTopic() {
    return deadLetterTopic;
  }

  public void setDeadLetterTopic(String deadLetterTopic) {
    this.deadLetterTopic = deadLetterTopic;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public Integer getMaxInFlight() {
    return maxInFlight;
  }

  public void setMaxInFlight(Integer maxInFlight) {
    this.maxInFlight = maxInFlight;
  }
}
