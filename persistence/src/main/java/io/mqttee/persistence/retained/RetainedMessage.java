// SPDX-License-Identifier: Apache-2.0
package io.mqttee.persistence.retained;

import io.mqttee.persistence.ColumnSizes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The retained message of one topic (MQTT-3.3.1-5). */
@Entity
@Table(name = "mqttee_retained_message")
public class RetainedMessage {

  @Id
  @Column(name = "topic", length = ColumnSizes.TOPIC)
  private String topic;

  @Column(name = "qos", nullable = false)
  private int qos;

  @Column(name = "payload", nullable = false, length = ColumnSizes.BINARY)
  private byte[] payload;

  @Column(name = "properties", length = ColumnSizes.BINARY)
  private byte[] properties;

  @Column(name = "expires_at", nullable = false)
  private long expiresAtMillis;

  protected RetainedMessage() {}

  /**
   * {@code properties} may be null; {@code expiresAtMillis} is 0 for a message that never expires.
   */
  public RetainedMessage(
      String topic, int qos, byte[] payload, byte[] properties, long expiresAtMillis) {
    this.topic = topic;
    this.qos = qos;
    this.payload = payload;
    this.properties = properties;
    this.expiresAtMillis = expiresAtMillis;
  }

  public String getTopic() {
    return topic;
  }

  public int getQos() {
    return qos;
  }

  public byte[] getPayload() {
    return payload;
  }

  /** The serialized MQTT 5 properties, or null. */
  public byte[] getProperties() {
    return properties;
  }

  public long getExpiresAtMillis() {
    return expiresAtMillis;
  }
}
