// SPDX-License-Identifier: Apache-2.0
package io.mqttee.broker.publish;

import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.Publish;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds the MQTT 5 Subscription Identifiers of the matching subscriptions to a delivered PUBLISH.
 */
public final class SubscriptionIdentifiers {
  /** Property 0x0B (MQTT 5 section 3.3.2.3.8). */
  public static final int SUBSCRIPTION_IDENTIFIER = 0x0B;

  private SubscriptionIdentifiers() {}

  /** The message with one Subscription Identifier per matching subscription (MQTT-3.3.4-3). */
  public static Publish attach(Publish message, int... identifiers) {
    if (identifiers.length == 0) {
      return message;
    }
    List<Property> properties = new ArrayList<>(message.properties().entries());
    properties.removeIf(p -> p.id() == SUBSCRIPTION_IDENTIFIER);
    for (int identifier : identifiers) {
      if (identifier != 0) {
        properties.add(new Property(SUBSCRIPTION_IDENTIFIER, identifier));
      }
    }
    return message.withProperties(new MqttProperties(properties));
  }
}
