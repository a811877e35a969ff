// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.management;

import io.mqttee.broker.admin.InvalidInputException;
import io.mqttee.broker.admin.PublishRequest;
import io.mqttee.broker.connection.PropertyIds;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.MqttProperties.UserProperty;
import io.mqttee.protocol.packet.Publish;
import io.mqttee.protocol.topic.TopicNames;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks an administrator's message and turns it into the PUBLISH the broker sends. */
final class BrokerMessages {
  private static final long MAX_EXPIRY_SECONDS = 0xFFFF_FFFFL;
  private static final int MAX_STRING_BYTES = 65_535;

  private BrokerMessages() {}

  /**
   * @throws InvalidInputException naming what a client could not send either
   */
  static Publish toPublish(PublishRequest request) {
    String topic = request.topic();
    if (topic == null || !wellFormed(topic) || !TopicNames.isValid(topic)) {
      // MQTT-4.7.3-1, MQTT-3.3.2-2, MQTT-4.7.3-2 and the control characters mosquitto refuses
      throw new InvalidInputException(
          "not a valid topic name (empty, wildcards, control characters or ill-formed UTF-8): "
              + topic);
    }
    return new Publish(
        topic,
        ClientAdministration.qos(request.qos()),
        request.retain(),
        false,
        0,
        request.payload().clone(),
        properties(request));
  }

  private static MqttProperties properties(PublishRequest request) {
    List<Property> properties = new ArrayList<>();
    long expiry = request.messageExpirySeconds();
    if (expiry < 0 || expiry > MAX_EXPIRY_SECONDS) {
      throw new InvalidInputException("message expiry must be 0 to 4294967295 seconds");
    }
    if (expiry > 0) {
      // a four-byte integer on the wire, kept in an int as the decoder does
      properties.add(new Property(PropertyIds.MESSAGE_EXPIRY_INTERVAL, (int) expiry));
    }
    if (request.contentType() != null) {
      properties.add(
          new Property(PropertyIds.CONTENT_TYPE, checked("content type", request.contentType())));
    }
    for (Map.Entry<String, String> p : request.userProperties().entrySet()) {
      properties.add(
          new Property(
              PropertyIds.USER_PROPERTY,
              new UserProperty(
                  checked("user property name", p.getKey()),
                  checked("user property value", p.getValue()))));
    }
    return properties.isEmpty() ? MqttProperties.EMPTY : new MqttProperties(properties);
  }

  /** An MQTT UTF-8 string: well-formed, no U+0000, at most 65,535 bytes (MQTT 1.5.4). */
  private static String checked(String what, String value) {
    if (value == null
        || !wellFormed(value)
        || value.indexOf('\u0000') >= 0
        || value.getBytes(StandardCharsets.UTF_8).length > MAX_STRING_BYTES) {
      throw new InvalidInputException(what + " is not a valid MQTT string: " + value);
    }
    return value;
  }

  /** No unpaired surrogate: the string has a UTF-8 form (MQTT-1.5.4-1). */
  private static boolean wellFormed(String s) {
    return StandardCharsets.UTF_8.newEncoder().canEncode(s);
  }
}
