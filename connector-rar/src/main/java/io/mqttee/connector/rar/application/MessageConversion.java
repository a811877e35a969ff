// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import io.mqttee.api.MqttMessage;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.MqttProperties.UserProperty;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.packet.QoS;
import java.util.ArrayList;
import java.util.List;

/** Between the broker's PUBLISH and the applications' {@link MqttMessage}. */
final class MessageConversion {

  private static final int PAYLOAD_FORMAT_INDICATOR = 0x01;
  private static final int MESSAGE_EXPIRY_INTERVAL = 0x02;
  private static final int CONTENT_TYPE = 0x03;
  private static final int RESPONSE_TOPIC = 0x08;
  private static final int CORRELATION_DATA = 0x09;
  private static final int USER_PROPERTY = 0x26;

  private MessageConversion() {}

  /** The message a listener receives; {@code deliveryCount} counts this delivery. */
  static MqttMessage toMessage(Publish publish, int deliveryCount) {
    MqttMessage.Builder b =
        MqttMessage.builder(publish.topic())
            .payload(publish.payload())
            .qos(publish.qos().value())
            .retain(publish.retain())
            .deliveryCount(deliveryCount);
    for (Property p : publish.properties().entries()) {
      switch (p.id()) {
        case PAYLOAD_FORMAT_INDICATOR -> b.utf8Payload(((Integer) p.value()) == 1);
        case MESSAGE_EXPIRY_INTERVAL ->
            b.messageExpirySeconds(Integer.toUnsignedLong((Integer) p.value()));
        case CONTENT_TYPE -> b.contentType((String) p.value());
        case RESPONSE_TOPIC -> b.responseTopic((String) p.value());
        case CORRELATION_DATA -> b.correlationData((byte[]) p.value());
        case USER_PROPERTY -> {
          UserProperty u = (UserProperty) p.value();
          b.userProperty(u.name(), u.value());
        }
        default -> {
          // subscription identifiers and topic aliases are the connection's, not the message's
        }
      }
    }
    return b.build();
  }

  /** The PUBLISH an application's message becomes, with its packet id (0 for QoS 0). */
  static Publish toPublish(MqttMessage message, int packetId) {
    return new Publish(
        message.topic(),
        QoS.of(message.qos()),
        message.retain(),
        false,
        packetId,
        message.payload(),
        properties(message));
  }

  private static MqttProperties properties(MqttMessage message) {
    List<Property> entries = new ArrayList<>();
    message
        .utf8Payload()
        .ifPresent(utf8 -> entries.add(new Property(PAYLOAD_FORMAT_INDICATOR, utf8 ? 1 : 0)));
    message
        .messageExpirySeconds()
        .ifPresent(s -> entries.add(new Property(MESSAGE_EXPIRY_INTERVAL, s.intValue())));
    message.contentType().ifPresent(t -> entries.add(new Property(CONTENT_TYPE, t)));
    message.responseTopic().ifPresent(t -> entries.add(new Property(RESPONSE_TOPIC, t)));
    message.correlationData().ifPresent(d -> entries.add(new Property(CORRELATION_DATA, d)));
    message
        .userProperties()
        .forEach(
            u -> entries.add(new Property(USER_PROPERTY, new UserProperty(u.name(), u.value()))));
    return entries.isEmpty() ? MqttProperties.EMPTY : new MqttProperties(entries);
  }
}
