// SPDX-License-Identifier: Apache-2.0
package io.mqttee.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An MQTT application message: topic, payload, QoS, retain flag and the MQTT 5 properties an
 * application sees (content type, response topic, correlation data, payload format, message expiry
 * and user properties). Immutable; the payload is copied in and out. Build one with {@link
 * #builder(String)}.
 */
public final class MqttMessage {

  private final String topic;
  private final byte[] payload;
  private final int qos;
  private final boolean retain;
  private final String contentType;
  private final String responseTopic;
  private final byte[] correlationData;
  private final Boolean utf8Payload;
  private final Long messageExpirySeconds;
  private final List<UserProperty> userProperties;
  private final int deliveryCount;

  private MqttMessage(Builder b) {
    this.topic = b.topic;
    this.payload = b.payload.clone();
    this.qos = b.qos;
    this.retain = b.retain;
    this.contentType = b.contentType;
    this.responseTopic = b.responseTopic;
    this.correlationData = b.correlationData == null ? null : b.correlationData.clone();
    this.utf8Payload = b.utf8Payload;
    this.messageExpirySeconds = b.messageExpirySeconds;
    this.userProperties = List.copyOf(b.userProperties);
    this.deliveryCount = b.deliveryCount;
  }

  /** A builder for a message to {@code topic}: empty payload, QoS 0, not retained. */
  public static Builder builder(String topic) {
    return new Builder(topic);
  }

  /** A builder that starts as a copy of this message. */
  public Builder toBuilder() {
    Builder b =
        builder(topic)
            .payload(payload)
            .qos(qos)
            .retain(retain)
            .contentType(contentType)
            .responseTopic(responseTopic)
            .correlationData(correlationData)
            .utf8Payload(utf8Payload)
            .messageExpirySeconds(messageExpirySeconds)
            .deliveryCount(deliveryCount);
    userProperties.forEach(p -> b.userProperty(p.name(), p.value()));
    return b;
  }

  public String topic() {
    return topic;
  }

  public byte[] payload() {
    return payload.clone();
  }

  /** The payload decoded as UTF-8. */
  public String payloadAsString() {
    return new String(payload, StandardCharsets.UTF_8);
  }

  /** 0, 1 or 2. */
  public int qos() {
    return qos;
  }

  public boolean retain() {
    return retain;
  }

  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  public Optional<String> responseTopic() {
    return Optional.ofNullable(responseTopic);
  }

  public Optional<byte[]> correlationData() {
    return Optional.ofNullable(correlationData).map(byte[]::clone);
  }

  /** The payload format indicator: true for UTF-8 text, false for bytes, empty when not given. */
  public Optional<Boolean> utf8Payload() {
    return Optional.ofNullable(utf8Payload);
  }

  /** The message expiry interval in seconds, when the publisher gave one. */
  public Optional<Long> messageExpirySeconds() {
    return Optional.ofNullable(messageExpirySeconds);
  }

  /** The user properties in the order the publisher gave them. */
  public List<UserProperty> userProperties() {
    return userProperties;
  }

  /** The values of the user properties named {@code name}, in order. */
  public List<String> userProperty(String name) {
    List<String> values = new ArrayList<>();
    for (UserProperty p : userProperties) {
      if (p.name().equals(name)) {
        values.add(p.value());
      }
    }
    return values;
  }

  /**
   * For a received message, how many times it has been offered to the listener, counting this time:
   * 1 the first time, 2 after one rollback, and so on.
   */
  public int deliveryCount() {
    return deliveryCount;
  }

  @Override
  public String toString() {
    return "MqttMessage[topic="
        + topic
        + ", qos="
        + qos
        + ", retain="
        + retain
        + ", "
        + payload.length
        + " bytes]";
  }

  /** Builds an {@link MqttMessage}; not thread-safe. */
  public static final class Builder {
    private final String topic;
    private byte[] payload = new byte[0];
    private int qos;
    private boolean retain;
    private String contentType;
    private String responseTopic;
    private byte[] correlationData;
    private Boolean utf8Payload;
    private Long messageExpirySeconds;
    private final List<UserProperty> userProperties = new ArrayList<>();
    private int deliveryCount = 1;

    private Builder(String topic) {
      this.topic = Objects.requireNonNull(topic, "topic");
    }

    public Builder payload(byte[] payload) {
      this.payload = Objects.requireNonNull(payload, "payload").clone();
      return this;
    }

    /** The payload as UTF-8 text. */
    public Builder payload(String text) {
      return payload(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws IllegalArgumentException unless 0, 1 or 2
     */
    public Builder qos(int qos) {
      if (qos < 0 || qos > 2) {
        throw new IllegalArgumentException("QoS must be 0, 1 or 2, not " + qos);
      }
      this.qos = qos;
      return this;
    }

    public Builder retain(boolean retain) {
      this.retain = retain;
      return this;
    }

    public Builder contentType(String contentType) {
      this.contentType = contentType;
      return this;
    }

    public Builder responseTopic(String responseTopic) {
      this.responseTopic = responseTopic;
      return this;
    }

    public Builder correlationData(byte[] correlationData) {
      this.correlationData = correlationData == null ? null : correlationData.clone();
      return this;
    }

    public Builder utf8Payload(Boolean utf8Payload) {
      this.utf8Payload = utf8Payload;
      return this;
    }

    /**
     * @throws IllegalArgumentException outside 0 to 4 294 967 295 (MQTT's four-byte integer)
     */
    public Builder messageExpirySeconds(Long seconds) {
      if (seconds != null && (seconds < 0 || seconds > 0xFFFF_FFFFL)) {
        throw new IllegalArgumentException("message expiry out of range: " + seconds);
      }
      this.messageExpirySeconds = seconds;
      return this;
    }

    public Builder userProperty(String name, String value) {
      userProperties.add(new UserProperty(name, value));
      return this;
    }

    /** Set by the broker on received messages; applications leave it at 1. */
    public Builder deliveryCount(int deliveryCount) {
      if (deliveryCount < 1) {
        throw new IllegalArgumentException("delivery count starts at 1: " + deliveryCount);
      }
      this.deliveryCount = deliveryCount;
      return this;
    }

    public MqttMessage build() {
      return new MqttMessage(this);
    }
  }
}
