// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.application;

import io.mqttee.protocol.packet.Connect;
import io.mqttee.protocol.packet.MqttProperties;
import io.mqttee.protocol.packet.MqttProperties.Property;
import io.mqttee.protocol.packet.ProtocolVersion;
import io.mqttee.protocol.packet.QoS;
import io.mqttee.protocol.packet.Subscribe;
import io.mqttee.protocol.packet.TopicSubscription;
import java.util.List;
import java.util.UUID;

/**
 * The MQTT 5 CONNECT and SUBSCRIBE of a bean's subscription. With a client id the session is
 * persistent (clean start off, session expiry "never"), so messages queue in the broker while the
 * application is undeployed; without one, the session ends with the activation.
 */
final class SubscriberConnect {

  private static final int SESSION_EXPIRY_INTERVAL = 0x11;
  private static final int RECEIVE_MAXIMUM = 0x21;
  private static final int NEVER_EXPIRES = 0xFFFF_FFFF;

  private final ApplicationActivationSpec spec;
  private final String clientId;
  private final boolean persistent;

  SubscriberConnect(ApplicationActivationSpec spec) {
    this.spec = spec;
    this.persistent = spec.persistentClientId() != null;
    this.clientId =
        persistent
            ? spec.persistentClientId()
            : "mqttee-mdb-" + UUID.randomUUID().toString().substring(0, 12);
  }

  Connect packet() {
    MqttProperties properties =
        new MqttProperties(
            List.of(
                new Property(SESSION_EXPIRY_INTERVAL, persistent ? NEVER_EXPIRES : 0),
                new Property(RECEIVE_MAXIMUM, spec.getMaxInFlight())));
    return new Connect(
        ProtocolVersion.MQTT_5,
        clientId,
        !persistent,
        0,
        blankToNull(spec.getUsername()),
        null,
        null,
        properties);
  }

  Subscribe subscribe() {
    return new Subscribe(
        1,
        List.of(new TopicSubscription(spec.getTopicFilter(), QoS.of(spec.getQos()))),
        MqttProperties.EMPTY);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
